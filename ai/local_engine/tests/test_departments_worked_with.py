"""A department named in capitals after "with" is worked with, not asked ("ABM programs for our top accounts with
Sales", "Work with Customer Service and carrier partners")."""

import pytest

from ai.local_engine import analyze

RESUME = (
    "Jo Bell\nExperience\nCoordinator, Acme Ltd, 2019 - present\n- Ran weekly shipping reports in Excel\n"
)


@pytest.mark.parametrize(
    ("line", "department"),
    [
        ("- Build and run ABM programs for our top 300 accounts with Sales", "Sales"),
        ("- Work with Customer Service and carrier partners to resolve shipping issues", "Customer Service"),
    ],
)
def test_a_department_worked_with_is_no_requirement(line, department):
    posting = "Operations Coordinator\nResponsibilities\n" + line + "\nRequirements\n- Microsoft Excel\n"

    result = analyze(resume_text=RESUME, job_description=posting)

    names = [r["name"].lower() for r in result["details"]["requirements"]]
    assert department.lower() not in names


def test_sales_experience_is_still_asked():
    posting = "Account Executive\nRequirements\n- 3+ years of experience in Sales\n- Microsoft Excel\n"

    result = analyze(resume_text=RESUME, job_description=posting)

    assert any("sales" in r["name"].lower() for r in result["details"]["requirements"])
