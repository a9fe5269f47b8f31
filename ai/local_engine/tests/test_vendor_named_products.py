"""A vendor's name opening a product's name ("MS Project", "Google Analytics") is no skill of its own: the
product is not shown by another product of the same vendor. Every posting and resume here is made up."""

from ai.local_engine import analyze

_POSTING = """Project Coordinator
Requirements:
- Planning in MS Project
- Reporting with Excel
"""

_RESUME = """Lee Park
lee.park@example.com

EXPERIENCE
Data Clerk, Harbor Freight Co, 2019 - present
- Wrote weekly reports from MS SQL Server queries in Excel
"""


def _status(resume: str) -> str:
    result = analyze(resume_text=resume, job_description=_POSTING, semantic=False)
    rows = [r for r in result["details"]["requirements"] if "project" in r["name"].lower()]
    assert rows, result["details"]["requirements"]
    return rows[0]["status"]


def test_ms_project_listed_is_not_shown_by_ms_sql_server() -> None:
    assert _status(_RESUME + "\nSkills\nMS Project\n") == "partial"  # a bare list's credit


def test_ms_project_is_shown_by_its_own_name() -> None:
    assert _status(_RESUME + "- Kept the team's plan in MS Project\n") == "met"
