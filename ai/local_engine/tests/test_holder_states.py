"""A holder's state is shown by the holder's noun ("Australian citizenship" by "Australian citizen",
"membership" by "member"). Every posting and resume here is made up."""

from ai.local_engine import analyze
from ai.local_engine.text import stem

POSTING = """Project Officer (APS 5)
Key duties
- Coordinate project reporting for the program
Eligibility: Australian citizenship; ability to obtain a Baseline security clearance.
"""


def test_citizenship_is_shown_by_a_citizen():
    resume = (
        "Sam Nguyen\nExperience\nProject Officer, Department of Health, 2020 - present\n"
        "- Coordinated monthly project reporting\nSecurity clearance: Baseline (current). Australian citizen.\n"
    )

    result = analyze(resume_text=resume, job_description=POSTING)

    assert not any("citizenship" in name.lower() for name in result["missing_keywords"])


def test_the_holders_noun_and_its_state_share_a_stem():
    assert stem("citizenship") == stem("citizen")
    assert stem("membership") == stem("member")
    assert stem("ship") == "ship"
