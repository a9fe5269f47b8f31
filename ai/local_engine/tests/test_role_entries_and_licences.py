"""A role's heading line over its dates is the role, and a licence in a title grades it."""

from ai.local_engine import analyze

# Made up for these tests.
IMAGING_POSTING = """Radiology Technologist

Requirements:
- Perform CT and MRI scans for outpatients
- 2+ years of experience
"""
IMAGING_RESUME = """Lee Park
Boise, ID | lee.park@example.com

EXPERIENCE
Radiology Technologist, Lakeview Imaging Center, Boise, ID
Jan 2020 - present
- Perform 20 CT and MRI scans a day for outpatients
"""
THERAPY_POSTING = """Registered Respiratory Therapist - Full Time

Requirements:
- Manage ventilators in the ICU
"""
THERAPY_RESUME = """Ana Cruz

EXPERIENCE
Respiratory Therapist, Mercy Hospital (2018 - 2024)
- Managed ventilators for 12 ICU beds
"""


def _role(analysis: dict) -> int:
    return analysis["details"]["sub_scores"]["role"]["score"]


def test_a_role_line_of_four_parts_over_its_dates_is_the_role_not_a_keyword_list():
    analysis = analyze(resume_text=IMAGING_RESUME, job_description=IMAGING_POSTING)

    assert _role(analysis) == 100


def test_the_same_line_without_dates_beside_it_outside_experience_is_still_a_list():
    resume = "Lee Park\n\nSKILLS\nRadiology Technologist, Lakeview Imaging Center, Boise, ID\n"

    assert _role(analyze(resume_text=resume, job_description=IMAGING_POSTING)) == 0


def test_a_licence_word_in_the_posting_title_grades_the_role_as_senior_does():
    analysis = analyze(resume_text=THERAPY_RESUME, job_description=THERAPY_POSTING)

    assert _role(analysis) == 100


def test_an_adviser_in_british_spelling_is_of_the_consultants_kind():
    posting = "Compliance Adviser\n\nRequirements:\n- Advise on AML rules\n"
    resume = "Ana Cruz\n\nEXPERIENCE\nCompliance Consultant, Bank Co (2018 - 2024)\n- Advised on AML rules\n"

    assert _role(analyze(resume_text=resume, job_description=posting)) == 100


def test_a_registration_heading_holds_credentials():
    posting = "Electrical Engineer\n\nRequirements:\n- PMP certification\n"
    resume = "Raj Patel\n\nEXPERIENCE\nEngineer, Volt Co (2018 - 2024)\n- Designed substations\n\nREGISTRATION\nPMP, PMI, 2020\n"

    found = analyze(resume_text=resume, job_description=posting)["details"]["requirements"]

    assert [(r["status"], r["credit"]) for r in found if "PMP" in r["name"]] == [("met", 0.85)]
