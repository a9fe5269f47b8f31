"""A resume may describe a duty in the posting's own words: with a word of its own it is written, not pasted;
pasted word for word, or nearly, it earns nothing. Every text here is made up."""

from ai.local_engine import analyze

POSTING = """Structural Engineer
What you'll do
- Coordinate with architects and MEP engineers in Revit
- Review shop drawings and RFIs
"""


def _revit(resume: str) -> dict:
    result = analyze(resume_text=resume, job_description=POSTING)
    return next(r for r in result["details"]["requirements"] if r["name"] == "Revit")


def test_the_postings_duty_with_a_word_of_the_writers_own_is_written_not_copied():
    resume = (
        "Aisha Rahman\nExperience\nProject Engineer, Triangle Structural (2021 - present)\n"
        "- Coordinate framing with architects and MEP engineers in Revit.\n"
    )

    revit = _revit(resume)

    assert (revit["status"], revit["context"]) == ("met", "experience")


def test_the_postings_duty_pasted_as_it_is_earns_nothing():
    resume = (
        "Aisha Rahman\nExperience\nProject Engineer, Triangle Structural (2021 - present)\n"
        "- Coordinate with architects and MEP engineers in Revit.\n"
    )

    revit = _revit(resume)

    assert (revit["context"], revit["credit"]) == ("copied", 0.0)
