"""A posting pasted without its line breaks keeps its section labels inside one run-on sentence ("... highly
appreciated Job benefits: Relocation support ..."): the perks and the employer's text after such a label ask
nothing, and the asks after a label such as "Your profile" are still read."""

from ai.local_engine import analyze

# Made up for these tests: one run-on line, as a job board's export writes it.
POSTING = (
    "Backend Developer (m/f/d) Your tasks Build and run our billing services in Rust and keep the PostgreSQL "
    "schema healthy Work with the product team on new payment features Review code of your colleagues and "
    "improve our deployment pipeline on Kubernetes Take part in the on-call rotation for the billing platform "
    "Your profile: Three years of backend development in Rust Good knowledge of PostgreSQL and Kubernetes "
    "Experience with gRPC is a plus English at a professional level Job benefits: Relocation support and "
    "help with visa and accommodation Monthly vouchers or a ticket for public transportation Sports groups "
    "such as football and yoga Company description: Our platform serves 4,000 cinemas with ticket pricing "
    "and audience analytics across Europe and we are growing fast in 12 countries .\n"
)

RESUME = """Ana Costa
Backend developer, Loopbyte, 2019-2025
- Built Python services and REST APIs
EDUCATION
BSc Computer Science, 2019
"""


def test_perks_and_the_employer_after_an_inline_label_are_not_listed_missing():
    missing = [k.lower() for k in analyze(resume_text=RESUME, job_description=POSTING)["missing_keywords"]]

    assert not [k for k in missing if "relocation" in k or "voucher" in k or "sports" in k or "ticket" in k]
    assert not [k for k in missing if "audience analytics" in k or "pricing" in k]
    for asked in ("postgresql", "kubernetes", "grpc"):
        assert asked in missing
