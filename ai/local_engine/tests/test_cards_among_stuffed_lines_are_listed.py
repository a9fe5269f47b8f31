"""The posting's keywords stuffed one a line after a Certifications section are one list cut into lines: a
short name in capitals among them ("JIRA", "SQL") is an item of that list, not a credential held, as it
would be in a list of cards only ("BLS\\nACLS\\nPALS"). Every posting and resume here is made up."""

from ai.local_engine import analyze

_POSTING = """Business Analyst
Requirements:
- Experience in the BFSI domain
- Writing SQL queries
- Tracking work in JIRA
- Writing user stories and gap analysis
- Requirements elicitation and stakeholder management
- BLS certification
"""

_RESUME = """Ana Oliveira
ana@example.com

EXPERIENCE
Urban Planner, City of Campinas, 2018 - present
- Drafted zoning reports for the council
- Ran public consultations with residents

EDUCATION
BSc Urban Planning, University of Sao Paulo, 2017

CERTIFICATIONS
APICS CPIM Part 1 (2021)
"""


def _statuses(resume: str) -> dict[str, str]:
    result = analyze(resume_text=resume, job_description=_POSTING, semantic=False)
    return {r["name"]: r["status"] for r in result["details"]["requirements"]}


def test_capital_names_stuffed_one_a_line_after_certifications_are_only_listed() -> None:
    missing = analyze(resume_text=_RESUME, job_description=_POSTING, semantic=False)["missing_keywords"]
    assert {"SQL", "JIRA"} <= set(missing)
    statuses = _statuses(_RESUME + "\n".join(missing) + "\n")
    assert [name for name in missing if statuses.get(name) == "met"] == []


def test_cards_one_a_line_under_certifications_are_still_held() -> None:
    assert _statuses(_RESUME + "BLS\nACLS\nPALS\n")["BLS certification"] == "met"
