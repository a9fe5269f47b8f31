"""The parts of a duty a posting lists after a colon ("Run the annual audit program: planning, fieldwork and
reporting") are shown by a resume that shows the duty: its head met, or, for a lone word, most of the parts
beside it. A resume that shows neither still lacks them. Every posting and resume here is made up."""

from ai.local_engine import analyze

POSTING = """Operations Coordinator

What you'll do
- Coordinate the annual ISO 9001 program: risk assessment and scoping, internal audits and status reporting
- Run full-cycle onboarding for new hires: sourcing, scheduling, induction planning and equipment requests
- Track supplier invoices in Xero

What you bring
- Two years in an operations role
"""

SHOWS_THE_DUTIES = """Marta Quill
Operations Coordinator

Experience
Operations Coordinator, Fenwick Tools, 2020 - present
- Ran our ISO 9001 certification cycle each year and kept the quality manual current
- Sourced candidates for warehouse roles, planned their induction planning days and raised equipment requests
- Tracked supplier invoices in Xero
"""

SHOWS_NEITHER = """Marta Quill
Operations Coordinator

Experience
Operations Coordinator, Fenwick Tools, 2020 - present
- Kept the quality manual current and booked meeting rooms
- Raised equipment requests for new starters
- Tracked supplier invoices in Xero
"""


def _status(result: dict, name: str) -> str:
    return next(r["status"] for r in result["details"]["requirements"] if r["name"] == name)


def test_parts_of_a_duty_whose_head_the_resume_meets_are_met():
    result = analyze(resume_text=SHOWS_THE_DUTIES, job_description=POSTING)
    for part in ("scoping", "status reporting"):
        assert _status(result, part) == "met"
        assert part not in result["missing_keywords"]


def test_a_lone_word_part_is_met_when_most_parts_beside_it_are():
    result = analyze(resume_text=SHOWS_THE_DUTIES, job_description=POSTING)
    assert _status(result, "scheduling") == "met"
    assert "scheduling" not in result["missing_keywords"]


def test_parts_stay_gaps_when_the_resume_shows_neither_head_nor_most_parts():
    result = analyze(resume_text=SHOWS_NEITHER, job_description=POSTING)
    assert "scoping" in result["missing_keywords"]
    assert "scheduling" in result["missing_keywords"]
