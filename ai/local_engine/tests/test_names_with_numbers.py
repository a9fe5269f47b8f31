"""Names that end in a number ("ICD-10-CM", "Sage 50", "Studio 5000"), a credential list written with commas
and "or", and a duty that goes on to list its lowercase objects. Every posting and resume here is made up."""

from ai.local_engine import analyze
from ai.local_engine.requirements import read_requirements


def _requirements(posting: str) -> dict[str, tuple[str, ...]]:
    return {r.name: r.alternative_keys for r in read_requirements(text=posting).requirements}


def _requirement(analysis: dict, name: str) -> dict:
    found = [r for r in analysis["details"]["requirements"] if r["name"] == name]
    assert found, [r["name"] for r in analysis["details"]["requirements"]]
    return found[0]


def test_names_ending_in_a_number_are_requirements_met_by_their_other_names():
    posting = (
        "Coder\n\nDuties\n- Assign ICD-10-CM and CPT codes\n- Post receipts in Dynamics 365 Business Central\n"
        "- Program PLCs in Studio 5000\n"
    )
    resume = (
        "Kim Roy\nExperience\nCoder, Vale Clinic (2019 - 2024)\n- Coded 40 visits a day in ICD-10 and CPT\n"
        "- Posted receipts in Microsoft Dynamics NAV\n- Programmed Allen-Bradley PLCs in RSLogix 5000\n"
    )
    analysis = analyze(resume_text=resume, job_description=posting)

    for name in ("ICD-10-CM", "Dynamics 365 Business Central", "Studio 5000"):
        assert _requirement(analysis, name)["status"] == "met"


def test_a_credential_list_with_commas_and_or_is_one_requirement():
    names = _requirements("Coder\n\nWhat you need\n- CPC, CCS or CCA certification (required)\n")

    assert names == {"CPC certification": ("ccs certification", "cca certification")}


def test_a_duty_that_goes_on_to_list_its_objects_is_work_not_a_list():
    posting = "Payroll Administrator\n\nResponsibilities\n- Process payrolls in Sage 50 Payroll\n"
    resume = (
        "Kim Roy\nExperience\nPayroll Administrator, Vale Foods (2019 - 2024)\n"
        "- Run weekly and monthly payrolls for 450 staff in Sage 50 Payroll, processing starters, leavers, "
        "overtime and deductions\n"
    )
    sage = _requirement(analyze(resume_text=resume, job_description=posting), "Sage 50")

    assert (sage["status"], sage["context"]) == ("met", "experience")


def test_apple_frameworks_cam_products_and_the_gdt_standard_are_named_skills():
    posting = (
        "Machining Lead\n\nRequirements\n- Bonus: watchOS, HealthKit or Kotlin Multiplatform experience\n"
        "- Experience with Mastercam or Fusion 360 CAM\n- Understand GD&T\n"
    )
    resume = (
        "Kim Roy\nExperience\nEngineer, Vale Labs (2019 - 2024)\n- Built the Apple Watch app (watchOS)\n"
        "- Programmed 5-axis toolpaths in Mastercam\n- Toleranced drawings to ASME Y14.5-2018\n"
    )
    analysis = analyze(resume_text=resume, job_description=posting)

    assert not analysis["missing_keywords"], analysis["missing_keywords"]
    assert _requirement(analysis, "GD&T")["status"] == "met"
