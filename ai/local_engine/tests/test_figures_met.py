"""A typing speed asked ("45+ WPM") is met by a resume stating one at least as fast, not by a slower one.
Every posting and resume here is made up."""

from ai.local_engine import analyze

POSTING = """Data Entry Clerk
Duties
- Scan, index and attach faxed records to the correct patient chart
Requirements
- Typing speed of 45+ WPM with high accuracy
- 1 year of data entry experience
"""


def _speed(resume: str) -> dict:
    result = analyze(resume_text=resume, job_description=POSTING)
    return next(r for r in result["details"]["requirements"] if "WPM" in r["name"])


def test_a_faster_typing_speed_meets_the_one_asked():
    resume = (
        "Rosa D\nExperience\nRecords Clerk, Green Country Medicine, 2022 - present\n"
        "- Indexed 300 faxed documents a day, typing at 62 WPM with 98% accuracy\n"
    )

    speed = _speed(resume)
    assert speed["status"] == "met"
    assert speed["context"] == "experience"


def test_a_slower_typing_speed_does_not():
    resume = (
        "Rosa D\nExperience\nRecords Clerk, Green Country Medicine, 2022 - present\n"
        "- Indexed 300 faxed documents a day, typing at 38 WPM with 98% accuracy\n"
    )

    assert _speed(resume)["status"] == "missing"
