"""A duty that names a skill closed by a generic head noun ("loss prevention best practices") is a keyword a
resume can miss, read as the skill it closes. Every text here is made up."""

from ai.local_engine import analyze

STORE_POSTING = """Assistant Store Manager
What you'll do
- Open and close the store with the keyholder team
- Keep shrink low with loss prevention best practices
"""

OFFICE_ASSISTANT = """Jo Park
Office Assistant
EXPERIENCE
Office Assistant, Acme Dental, 2019 - 2024
- Answered phones and booked 60 appointments a week
"""

STORE_LEAD = """Jo Park
Assistant Store Manager
EXPERIENCE
Assistant Store Manager, Fresh Mart, 2019 - 2024
- Cut shrink 30% by running loss prevention audits and staff training
"""


def _missing(resume: str) -> list[str]:
    return analyze(resume_text=resume, job_description=STORE_POSTING)["missing_keywords"]


def test_a_skill_closed_by_best_practices_is_a_gap_for_a_resume_without_it():
    assert "loss prevention best practices" in _missing(OFFICE_ASSISTANT)


def test_a_resume_that_names_the_skill_meets_it():
    assert "loss prevention best practices" not in _missing(STORE_LEAD)
