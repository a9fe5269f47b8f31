"""What the employer is, does or sells, said in a sentence about it ("Our platform standardises identity
checks and data management for banks", "we are a leader in investment banking and asset management"), is no
requirement however much a skill it names; what its people work with ("We use Kafka", "Our stack consists
of React") still is."""

from ai.local_engine import analyze
from ai.local_engine.employer_sentences import employer_business

# Made up for these tests.
POSTING = """Backend Engineer

Company description: We're a payments start-up serving 3,000 merchants with fraud detection and asset management.
Our identity platform standardises customer onboarding, data management and relationship management for banks.
In 9 offices worldwide our team of 800 technologists designs everything from machine learning to blockchain.
We use Kafka and Terraform every day.
Our stack consists of Go and PostgreSQL.
We are looking to grow our team with an engineer who wants to learn Rust.

Requirements
- 3+ years of SQL
- Experience with Docker
"""

RESUME = """Sam Lee
Backend developer, Orbit Ltd, 2020-2025
- Wrote Python services and SQL reports
EDUCATION
BSc Computer Science, 2020
"""


def test_a_sentence_about_what_the_employer_does_is_told_apart_from_what_its_people_use():
    assert employer_business(sentence="Our platform standardises onboarding and data management for banks.")
    assert employer_business(sentence="Our bank is a leader in investment banking and asset management.")
    assert not employer_business(sentence="We use Kafka and Terraform every day.")
    assert not employer_business(sentence="Our stack consists of Go and PostgreSQL.")
    assert not employer_business(sentence="We do daily standups via Google Meet.")
    assert not employer_business(sentence="We seek a researcher with a record in eDNA analysis.")
    assert not employer_business(sentence="We hire a Python developer who knows Django and Kubernetes.")
    assert not employer_business(sentence="We want someone who has run Kafka in production.")
    assert not employer_business(sentence="We are looking to grow our team with an engineer who knows Rust.")
    # the team the hire joins says what the job's own work is
    assert not employer_business(sentence="Our finance team handles month-end close and accounts payable.")
    assert employer_business(
        sentence="Our team of 800 technologists builds everything from AI to blockchain."
    )


def test_what_the_employer_does_or_sells_is_not_listed_missing():
    missing = [k.lower() for k in analyze(resume_text=RESUME, job_description=POSTING)["missing_keywords"]]

    for sold in ("fraud detection", "asset management", "data management", "relationship management"):
        assert sold not in missing
    assert "machine learning" not in missing and "blockchain" not in missing
    for used in ("kafka", "terraform", "go", "postgresql", "rust", "docker"):
        assert used in missing


def test_the_employer_hiring_someone_who_knows_a_skill_asks_it():
    posting = "We hire a Python developer who knows Django, Kubernetes and Terraform. Redis is a plus."
    resume = "Backend developer. Built REST APIs in Python and Django. Worked on services with PostgreSQL."

    result = analyze(resume_text=resume, job_description=posting)

    assert {"Kubernetes", "Terraform"} <= set(result["missing_keywords"])
