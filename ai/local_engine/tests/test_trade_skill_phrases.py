"""A duty that names a skill closed by a generic head noun ("loss prevention best practices") is a keyword a
resume can miss, read as the skill it closes; service given to people ("courteous service to students") is
customer service, asked and shown in those words. Every text here is made up."""

from ai.local_engine import analyze

STORE_POSTING = """Assistant Store Manager
What you'll do
- Open and close the store with the keyholder team
- Keep shrink low with loss prevention best practices
"""

OFFICE_ASSISTANT = """Jo Park
Office Assistant
EXPERIENCE
Office Assistant, Acme Dental, 2019 - 2024
- Answered phones and booked 60 appointments a week
"""

STORE_LEAD = """Jo Park
Assistant Store Manager
EXPERIENCE
Assistant Store Manager, Fresh Mart, 2019 - 2024
- Cut shrink 30% by running loss prevention audits and staff training
"""


def _missing(resume: str) -> list[str]:
    return analyze(resume_text=resume, job_description=STORE_POSTING)["missing_keywords"]


def test_a_skill_closed_by_best_practices_is_a_gap_for_a_resume_without_it():
    assert "loss prevention" in _missing(OFFICE_ASSISTANT)  # a practice area, named as itself


def test_a_resume_that_names_the_skill_meets_it():
    assert "loss prevention" not in _missing(STORE_LEAD)


FACILITIES_POSTING = """Facilities Technician
Duties
1. Perform preventive maintenance on HVAC equipment.
2. Provide courteous service to students, faculty and staff.
"""

TECHNICIAN = """Chris Novak
Maintenance Technician
EXPERIENCE
Maintenance Technician, Lakeside Apartments, 2016 - 2024
- Repaired 40 rooftop units a year{extra}
"""


def _missing_at_facilities(resume: str) -> list[str]:
    return analyze(resume_text=resume, job_description=FACILITIES_POSTING)["missing_keywords"]


def test_service_to_the_people_a_job_serves_is_customer_service():
    assert "Customer service" in _missing_at_facilities(TECHNICIAN.format(extra=""))


def test_a_resume_that_served_people_shows_customer_service():
    resume = TECHNICIAN.format(extra=" and provided friendly service to residents")

    assert "Customer service" not in _missing_at_facilities(resume)


MEP_POSTING = """MEP Site Engineer
Requirements
- Experience with HVAC systems and chilled water
"""
MEP_RESUME = """Rizwan Khan
KEY SKILLS
- HVAC execution: fan coil units, air handling units, ductwork, VRF systems, chillers
EXPERIENCE
Site Engineer, Emirates Star MEP, 2020 - Present
- Supervise the installation of HVAC and chilled water piping on 20+ floors at a time
"""


def test_a_work_line_naming_the_skill_before_its_generic_head_is_the_evidence_not_a_skills_line():
    result = analyze(resume_text=MEP_RESUME, job_description=MEP_POSTING)
    hvac = next(r for r in result["details"]["requirements"] if r["name"] == "HVAC systems")

    assert hvac["status"] == "met"
    assert hvac["evidence"].startswith("Supervise the installation of HVAC")
