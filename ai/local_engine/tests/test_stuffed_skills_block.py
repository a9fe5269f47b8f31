"""The posting's keywords stuffed one a line at a resume's end (a "Skills" block) count only as a bare list:
a degree the posting asks, written back among them in its words, is no degree held. Every posting and resume
here is made up."""

from ai.local_engine import analyze

_POSTING = """Event Coordinator
Requirements:
- Diploma or degree in Event Management, Hospitality or Tourism
- Experience preparing run sheets and floor plans
- Manage RSVPs in Eventbrite
- Design event collateral in Canva
"""

_RESUME = """Dana Okafor
dana.okafor@example.com

EXPERIENCE
Warehouse Associate, Keel Freight, 2021 - present
- Loaded and counted stock for 40 stores a week

EDUCATION
High School Diploma, Westmoor High School, 2019
"""


def _degree_status(*, resume: str) -> str:
    result = analyze(resume_text=resume, job_description=_POSTING, semantic=False)
    return next(r["status"] for r in result["details"]["requirements"] if r["kind"] == "degree")


def test_a_degree_asked_written_back_among_stuffed_lines_is_not_held() -> None:
    stuffed = _RESUME + (
        "Skills\nrun sheets\nfloor plans\nRSVPs\nEventbrite\n"
        "Diploma or degree in Event Management, Hospitality, Tourism\nCanva\nevent collateral\n"
    )

    assert _degree_status(resume=stuffed) == "missing"


def test_a_degree_held_under_education_with_its_school_and_year_still_counts() -> None:
    held = _RESUME + "Diploma in Event Management, Harbourside College, 2023\n"

    assert _degree_status(resume=held) == "met"
