"""A listed gap whose own last noun names a credential ("... commission", "... qualification") is screened for
before the duties, as one named by the noun after it is. Every posting and resume here is made up."""

from ai.local_engine import analyze

POSTING = """Facilities Caretaker
What you'll do
- Look after room bookings, visitor passes, parking permits, key registers and locker allocations
- Keep records of boiler readings, legionella checks and fire drills
- Check gutters, drain covers, roof lights and play equipment
What you'll bring
- 2+ years as a caretaker or handyperson
Nice to have
- Pesticide applicator commission
"""

RESUME = """Sam Ortega
Caretaker
EXPERIENCE
Caretaker, Brookfield Primary School, 2018 - Present
- Opened and locked the site every day and kept the halls clean
"""


def test_a_credential_named_by_its_own_noun_is_listed_before_the_duties():
    missing = analyze(resume_text=RESUME, job_description=POSTING)["missing_keywords"]

    assert "Pesticide applicator commission" in missing
    assert missing.index("Pesticide applicator commission") < missing.index("visitor passes")
