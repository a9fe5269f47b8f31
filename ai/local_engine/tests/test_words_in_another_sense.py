"""Words a posting uses in another sense: a job title's field word is no product ("Mortgage Case Manager" asks
no tool "Case"), a British Standard no degree ("BS 7671"), a currency's code no software ("CAD $400K"), a
conviction the hire must not have no skill ("no DR, IN or DD convictions")."""

import pytest

from ai.local_engine import analyze

RESUME = "Jo Bloggs\nExperience\nClerk, Acme Ltd, 2019 - 2024\n- Filed and indexed client records\n"


def _posting(title: str) -> str:
    return (
        f"{title}\n\nWe are hiring a {title} to join our busy team.\n\nRequirements\n"
        f"- 2 years' experience as a {title}\n- Excellent communication\n- Microsoft Outlook\n"
    )


@pytest.mark.parametrize(
    ("title", "word"),
    [
        ("Mortgage Case Manager", "Case"),
        ("Senior Tax Manager", "Tax"),
        ("Dental Nurse", "Dental"),
        ("Training Coordinator", "Training"),
        ("Automation Engineer", "Automation"),
    ],
)
def test_a_field_word_before_a_role_is_no_tool(title, word):
    result = analyze(resume_text=RESUME, job_description=_posting(title))

    names = [r["name"] for r in result["details"]["requirements"]]
    assert word not in names
    assert word not in result["missing_keywords"]
    assert "Microsoft Outlook" in names


@pytest.mark.parametrize(
    ("title", "tool"), [("Go Engineer", "Go"), ("Epic Analyst", "Epic"), ("Spark Engineer", "Spark")]
)
def test_a_named_kind_of_software_before_a_role_is_still_asked(title, tool):
    result = analyze(resume_text=RESUME, job_description=_posting(title))

    assert tool in [r["name"] for r in result["details"]["requirements"]]


@pytest.mark.parametrize("standard", ["BS 7671", "BS 5266-1", "BS EN 1090"])
def test_a_british_standard_is_no_bachelors_degree(standard):
    posting = (
        "Electrician\nRequirements\n- NVQ Level 3 in Electrotechnical Services\n"
        f"- Install and test to {standard}\n- Full UK driving licence\n"
    )

    result = analyze(resume_text=RESUME, job_description=posting)

    kinds = [r["kind"] for r in result["details"]["requirements"]]
    assert "degree" not in kinds
    assert not any("Bachelor" in term for term in result["missing_keywords"])


@pytest.mark.parametrize(
    "line", ["- Manage a program budget of roughly CAD $400K", "- Salary: $105,000 CAD plus benefits"]
)
def test_a_currency_code_beside_an_amount_is_no_skill(line):
    posting = "Marketing Manager\nRequirements\n- Microsoft Outlook\n" + line + "\n"

    result = analyze(resume_text=RESUME, job_description=posting)

    assert "CAD" not in [r["name"] for r in result["details"]["requirements"]]
    assert "CAD" not in result["missing_keywords"]


def test_cad_as_design_software_is_still_asked():
    posting = "Draughtsperson\nRequirements\n- Microsoft Outlook\n- CAD drafting experience\n"

    result = analyze(resume_text=RESUME, job_description=posting)

    assert "CAD" in [r["name"] for r in result["details"]["requirements"]]


@pytest.mark.parametrize(
    "line",
    [
        "- No more than 6 points on your licence; no DR, IN or DD convictions in the last 5 years",
        "- No DD convictions",
    ],
)
def test_a_conviction_the_hire_must_not_have_is_no_requirement(line):
    posting = "HGV Driver\nRequirements\n- Microsoft Outlook\n" + line + "\n"

    result = analyze(resume_text=RESUME, job_description=posting)

    names = " ".join(r["name"] for r in result["details"]["requirements"])
    assert "convictions" not in names
    assert not any("DD" in term for term in result["missing_keywords"])
