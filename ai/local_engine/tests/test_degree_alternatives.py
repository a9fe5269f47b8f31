"""A degree offered as another way to what a line asks first ("Completed apprenticeship as a freight forwarding
clerk, or a degree in logistics") is met by that, and the education sub-score follows the degree's requirement.
Every posting and resume here is made up."""

from ai.local_engine import analyze

POSTING = (
    "Logistics Coordinator\nRequirements:\n- 2+ years coordinating freight\n"
    "- Completed apprenticeship as a freight forwarding clerk, or a degree in logistics or business\n"
)


def _resume(education: str) -> str:
    return (
        "Jonas Weber\n\nExperience\nLogistics Coordinator, Rhein Cargo (2019 - present)\n"
        f"- Coordinated 60 freight shipments a week across Europe\n\nEducation\n{education}\n"
    )


def _degree_row(result: dict) -> dict:
    (row,) = [r for r in result["details"]["requirements"] if r["kind"] == "degree"]
    return row


def test_what_the_line_asks_before_or_a_degree_meets_the_degree():
    result = analyze(
        resume_text=_resume("Apprenticeship as a freight forwarding clerk, IHK Cologne, 2019"),
        job_description=POSTING,
    )

    assert _degree_row(result)["status"] == "met"
    assert _degree_row(result)["via"] == "alternative"
    assert result["details"]["sub_scores"]["education"]["score"] > 0
    assert _degree_row(result)["name"] not in result["missing_keywords"]


def test_neither_leaves_the_degree_missing():
    result = analyze(resume_text=_resume("Abitur, Gymnasium Bonn, 2015"), job_description=POSTING)

    assert _degree_row(result)["status"] == "missing"
    assert result["details"]["sub_scores"]["education"]["score"] == 0


def test_a_degrees_field_is_not_read_past_the_next_item_of_a_run_on_list():
    posting = (
        "Litigation Paralegal\nRequirements: 3+ years of litigation paralegal experience, paralegal certificate or "
        "bachelor's degree, experience with e-filing in federal court, and strong proofreading skills.\n"
    )
    resume = (
        "Ana Ruiz\n\nExperience\nLitigation Paralegal, Vance LLP (2019 - present)\n- E-filed 200 motions in federal "
        "court\n\nEducation\nB.A. English, Ohio State University, 2018\n"
    )

    row = _degree_row(analyze(resume_text=resume, job_description=posting))

    assert row["name"] == "Bachelor's degree"
    assert row["status"] == "met"


def test_the_degree_line_under_education_is_the_evidence_not_a_roles_title():
    posting = "Lab Technician\nRequirements:\n- 2+ years in a lab\n- Bachelor's degree in chemistry\n"
    resume = (
        "Miguel Soto\n\nExperience\nUndergraduate Research Assistant\nDepartment of Chemistry, UC Davis, 2019 - 2021\n"
        "- Quantified trace metals in river sediments\n\nEducation\nB.S. Chemistry, University of California, Davis, 2021\n"
    )

    row = _degree_row(analyze(resume_text=resume, job_description=posting))

    assert row["status"] == "met"
    assert row["evidence"] == "B.S. Chemistry, University of California, Davis, 2021"
