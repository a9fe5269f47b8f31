"""A posting's title is its role: every role noun in a row ("Family Nurse Practitioner", not "Family
Nurse"), a practitioner's specialty as a setting, the setting or stack after a dash or in brackets ("–
Urgent Care", "(SIEM / Detection)") no field the resume's title must name, and security the field of a
cybersecurity title. Every posting and resume here is made up."""

from ai.local_engine import analyze

NP_POSTING = """Family Nurse Practitioner – Urgent Care
Summit Ridge Urgent Care | Boise, ID
Qualifications
- Current Idaho APRN license
- 2+ years of urgent care experience as an NP
"""

SECURITY_POSTING = """Cybersecurity Engineer (SIEM / Detection)
You have:
- 4+ years in security engineering
- Strong SPL or KQL skills
"""


def _role(resume: str, posting: str) -> int:
    return analyze(resume_text=resume, job_description=posting)["details"]["sub_scores"]["role"]["score"]


def test_a_nurse_practitioner_is_the_family_nurse_practitioner_role():
    resume = (
        "Jess Moreno\nExperience\nNurse Practitioner — St. Luke's Clinic, Boise, ID — 2021–present\n"
        "- See 30 patients a shift\n"
    )

    assert _role(resume, NP_POSTING) == 100


def test_a_registered_nurse_is_not_the_nurse_practitioner_role():
    resume = "Jess Moreno\nExperience\nRegistered Nurse — St. Luke's, Boise — 2016–2021\n- Triage in the ED\n"

    assert _role(resume, NP_POSTING) < 100


def test_a_security_engineer_is_the_cybersecurity_engineer_role_and_a_software_engineer_is_not():
    security = "Andre W\nExperience\nSecurity Engineer, Huntington, 2021 - present\n- Tuned Splunk searches\n"
    software = "Andre W\nExperience\nSoftware Engineer, Huntington, 2021 - present\n- Built web apps\n"

    assert _role(security, SECURITY_POSTING) == 100
    assert _role(software, SECURITY_POSTING) < 50


BROKER_POSTING = """Freight Broker / Logistics Account Executive
Ironline Logistics – Chicago, IL
What we're looking for:
- 1-3 years in freight brokerage or B2B sales
"""


def test_either_of_two_titles_joined_by_a_slash_is_the_role():
    executive = "Ty Grant\nExperience\nLogistics Account Executive, Arrive Freight, 2023 - present\n- Won 22 shippers\n"
    nurse = "Ty Grant\nExperience\nRegistered Nurse, Mercy, 2023 - present\n- Cared for 5 patients\n"

    result = analyze(resume_text=executive, job_description=BROKER_POSTING)

    assert result["details"]["job_title"] == "Freight Broker / Logistics Account Executive"
    assert result["details"]["sub_scores"]["role"]["score"] == 100
    assert _role(nurse, BROKER_POSTING) < 50


def test_a_title_of_two_words_is_met_by_them_written_as_one():
    details = analyze(
        resume_text="Liam Walsh\nCabinetmaker - Westline Kitchens, 2019 - present\n- Built and fitted 120 kitchens",
        job_description="Cabinet Maker\nCoastline Joinery\nRequirements\n- 3+ years building kitchens and wardrobes",
    )["details"]

    assert details["sub_scores"]["role"]["score"] == 100


def test_the_titles_of_people_worked_with_are_not_the_writers():
    details = analyze(
        resume_text="Ana Ruiz\nCommunity Health Worker, Sandia Clinic, 2019 - present\n- Huddle daily with the RN "
        "care manager, behavioral health consultant and providers on high-risk patients",
        job_description="Behavioral Health Care Manager\nMesa Verde Health\nRequirements\n- LCSW license\n"
        "- 2+ years of care management",
    )["details"]

    assert details["sub_scores"]["role"]["score"] == 0
