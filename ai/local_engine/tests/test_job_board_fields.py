"""A job board's own fields ("Experience:", "License/Certification:") open sections that ask, even after its
"Benefits:" list; the field's label names nothing itself, and an experience field's label ("HVAC: 2 years
(Preferred)") is asked. Every posting and resume here is made up."""

from ai.local_engine import analyze

POSTING = """Maintenance Technician
Full job description
Responsibilities:
- Complete work orders for plumbing and appliance repairs
Benefits:
- 401(k)
- Paid time off
Experience:
- HVAC: 2 years (Preferred)
License/Certification:
- EPA 608 Certification (Required)
- Driver's License (Required)
Work Location: In person
"""

RESUME = """Dee Carter
Experience
Maintenance Technician, Bluegrass Flats, 2021 - present
- Close 15 work orders a week: leaks, drains and HVAC no-cool calls
Certifications
EPA Section 608 Universal Certification
Valid Kentucky driver's license
"""


def _requirements(resume: str) -> dict[str, dict]:
    result = analyze(resume_text=resume, job_description=POSTING)
    return {r["name"]: r for r in result["details"]["requirements"]}


def test_fields_after_the_benefits_are_asked_and_met():
    requirements = _requirements(RESUME)

    assert requirements["EPA 608 Certification"]["importance"] == "required"
    assert requirements["EPA 608 Certification"]["status"] == "met"
    assert requirements["Driver's License"]["status"] == "met"
    assert requirements["HVAC"]["importance"] == "preferred"
    assert requirements["HVAC"]["status"] == "met"
    assert not any("License/Certification" in name or "License or" in name for name in requirements)


def test_fields_the_resume_lacks_are_missing():
    resume = "Dee Carter\nExperience\nPorter, Bluegrass Flats, 2021 - present\n- Grounds and trash\n"

    result = analyze(resume_text=resume, job_description=POSTING)

    assert {"HVAC", "EPA 608 Certification"} <= set(result["missing_keywords"])
