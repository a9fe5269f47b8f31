"""A line opening "At least ..." asks something of the candidate; only "At <Name> we ..." is about the employer.
Every posting and resume here is made up."""

from ai.local_engine import analyze
from ai.local_engine.employer_sentences import about_us

POSTING = """Accounts Assistant

At Brindle Foods we make oat snacks for supermarkets across the UK.

Requirements
- At least 2 years of experience negotiating with suppliers and resolving invoice disputes
- At least one year of experience leading a small team, with strong attention to detail
- Sage 200
"""

RESUME = """Sam Okafor
Accounts Assistant, Pellow Trading, 2022-2025
- Processed 400 supplier invoices a month and ran weekly payment runs
"""


def test_at_least_opens_an_ask_not_a_sentence_about_the_employer():
    assert not about_us(sentence="At least 2 years of accounts payable experience with Sage 200 and Excel")
    assert not about_us(sentence="at least one CIPD module, ideally Level 5")
    assert about_us(sentence="At Brindle Foods we make oat snacks for supermarkets across the UK.")


def test_the_skills_asked_on_at_least_lines_are_listed_missing():
    missing = analyze(resume_text=RESUME, job_description=POSTING)["missing_keywords"]

    assert {"Negotiation", "Leadership", "attention to detail"} <= set(missing)
