"""Other names of a care setting and of a business analyst's documents: older adults are the elderly, a
functional specification is an FRD, SAP's fit-to-standard analysis is a gap analysis. Every posting and resume
here is made up."""

import pytest

from ai.local_engine import analyze


def _status(*, posting: str, line: str, asked: str) -> str:
    resume = f"Robin Kaur\n\nExperience\nConsultant, Northgate Services (2018 - 2024)\n- {line}\n"
    result = analyze(resume_text=resume, job_description=posting)
    (row,) = [r for r in result["details"]["requirements"] if r["name"].lower() == asked.lower()]
    return row["status"]


CARE = (
    "Occupational Therapist\nRequirements:\n- Registered occupational therapist\n"
    "- Experience with older adults would be an advantage\n"
)
ANALYST = "Business Analyst\nRequirements:\n- 3+ years as a business analyst\n- Business Analysis, FRD, Gap Analysis\n"


@pytest.mark.parametrize(
    ("posting", "asked", "line", "status"),
    [
        (CARE, "older adults", "Personal care and observations on elderly care wards", "met"),
        (CARE, "older adults", "Personal care and observations on children's wards", "missing"),
        (ANALYST, "FRD", "Wrote functional specifications for interfaces and reports", "met"),
        (ANALYST, "FRD", "Wrote release notes for interfaces and reports", "missing"),
        (ANALYST, "Gap Analysis", "Ran fit-to-standard workshops for the finance team", "met"),
    ],
)
def test_the_other_name_meets_the_requirement_and_a_look_alike_does_not(
    posting: str, asked: str, line: str, status: str
):
    assert _status(posting=posting, asked=asked, line=line) == status
