"""A title the resume says the writer wants ("looking to step into a procurement manager role") is sought, not
held: it earns no role credit."""

import pytest

from ai.local_engine import analyze

POSTING = "Procurement Manager\n\nRequirements\n- 5+ years' experience in procurement\n- SAP Ariba\n"
RESUME = (
    "Alex Kim\nSummary\n{summary}\nExperience\nSenior Buyer, Autoparts Ltd, 2018 - present\n"
    "- Negotiated supplier contracts worth 20M a year\n- Ran sourcing events in SAP Ariba\n"
)


def _role(summary: str) -> int:
    result = analyze(resume_text=RESUME.format(summary=summary), job_description=POSTING)
    return result["details"]["sub_scores"]["role"]["score"]


@pytest.mark.parametrize(
    "wish",
    [
        ", looking to take the next step into a procurement manager role.",
        ", seeking a Procurement Manager position.",
        " aspiring to become a procurement manager.",
    ],
)
def test_a_sought_title_earns_no_role_credit(wish):
    held = "Senior Buyer with 8 years in automotive sourcing"

    assert _role(held + wish) == _role(held + ".") < 100


def test_a_held_title_in_the_summary_still_counts():
    assert _role("Procurement Manager with 8 years in automotive sourcing.") == 100
