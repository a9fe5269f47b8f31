"""A name spelled out with its letters and followed by examples ("customer relationship management (CRM)
software such as Salesforce or HubSpot") is one requirement, met by any example; made-up text throughout."""

import pytest

from ai.local_engine import analyze


@pytest.mark.parametrize(
    ("line", "shown", "name"),
    [
        (
            "- Experience with customer relationship management (CRM) software such as Salesforce or HubSpot",
            "- Logged 40 calls a day in HubSpot",
            "customer relationship management",
        ),
        (
            "- Experience with electronic health record (EHR) systems, e.g. Epic or Cerner",
            "- Charted 30 visits a day in Cerner",
            "electronic health record",
        ),
    ],
)
def test_a_spelled_out_name_with_examples_is_one_requirement_met_by_an_example(
    line: str, shown: str, name: str
):
    posting = f"Coordinator\n\nRequirements\n{line}\n- Forklift operation\n"
    resume = f"Sam Reid\n\nExperience\nCoordinator, Acme Ltd, 2019 - 2024\n{shown}\n"
    result = analyze(resume_text=resume, job_description=posting)
    rows = [r for r in result["details"]["requirements"] if r["name"] != "Forklift operation"]
    assert [(r["name"], r["status"]) for r in rows] == [(name, "met")]
    lacking = analyze(resume_text=resume.replace(shown, "- Filed 30 records a day"), job_description=posting)
    assert [t for t in lacking["missing_keywords"] if t != "Forklift operation"] == [name]


def test_a_hyphened_name_is_spelled_out_by_each_of_its_parts():
    posting = "Inspector\n\nRequirements\n- Knowledge of non-destructive testing (NDT) methods\n- Forklift operation\n"
    resume = (
        "Sam Reid\n\nExperience\nInspector, Acme Ltd, 2019 - 2024\n- Ran NDT inspections on 40 welds a week\n"
    )
    rows = analyze(resume_text=resume, job_description=posting)["details"]["requirements"]
    assert [(r["name"], r["status"]) for r in rows if r["name"] != "Forklift operation"] == [
        ("non-destructive testing", "met")
    ]
