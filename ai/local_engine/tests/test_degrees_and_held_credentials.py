"""Degrees written by their initials (M.A., MSW, MEd, MPH, LLB), a credential named with its year under
Qualifications, a trade's certification in lower case, and a thing kept in a state. Every posting and resume
here is made up."""

import pytest

from ai.local_engine import analyze
from ai.local_engine.degree_levels import degree_levels_of

THERAPIST_POSTING = """Outpatient Therapist
Qualifications:
- {degree}
- 2 years of clinical experience with adults
"""

THERAPIST = """Dana Ruiz
Therapist, Hill Country Mental Health, 2020 - present
- Provide individual therapy to a caseload of 35 adults
EDUCATION
{degree}
"""


def _degree(result: dict) -> dict:
    return next(r for r in result["details"]["requirements"] if r["kind"] == "degree")


@pytest.mark.parametrize(
    ("asked", "held"),
    [
        ("Master's degree in Counseling or a related field", "M.A. Clinical Mental Health Counseling, 2020"),
        ("Master's degree in Social Work", "MSW, Texas State University, 2020"),
        ("Master's degree in Counseling or Social Work", "MSW, Texas State University, 2020"),
        ("Master's degree in Education", "MEd Educational Leadership, 2019"),
        ("Master's degree in Public Health", "MPH, Emory University, 2018"),
        ("Master's degree in History", "MA History, University of Leeds, 2016"),
    ],
)
def test_a_degree_written_by_its_initials_meets_the_degree_and_field_asked(asked, held):
    result = analyze(
        resume_text=THERAPIST.format(degree=held), job_description=THERAPIST_POSTING.format(degree=asked)
    )

    degree = _degree(result)
    assert degree["status"] == "met"
    assert degree["credit"] == 1.0
    assert result["details"]["sub_scores"]["education"]["score"] == 100


@pytest.mark.parametrize(
    "text",
    [
        "Boston, MA 02110",
        "Cambridge, MA, USA",
        "Greater Boston, MA Area",
        "March 2021 - present",
        "Built agents on LLMs and enforced MFA",
        "ROS 2 nodes talking over DDS",
        "steel rated to 250 MPa",
    ],
)
def test_a_place_a_month_or_a_technology_written_like_a_degree_names_none(text):
    assert degree_levels_of(text=text) == []


HOUSING_POSTING = """Housing Officer
About you
- Experience of housing management in a social housing setting
- Level 3 Certificate in Housing or willing to work towards it
"""

HOUSING_OFFICER = """Leanne Walsh
Employment
Housing Officer, Trentside Housing Group, 2021 to present
- Manage a patch of 400 homes: sign-ups, settling-in visits and tenancy audits
Qualifications
CIH Level 3 Certificate in Housing (2020)
"""


def test_a_credential_named_with_its_year_under_qualifications_is_held_not_copied():
    result = analyze(resume_text=HOUSING_OFFICER, job_description=HOUSING_POSTING)

    certificate = next(
        r for r in result["details"]["requirements"] if r["name"].startswith("Level 3 Certificate")
    )
    assert certificate["status"] == "met"
    assert certificate["context"] != "copied"
    assert certificate["evidence"] == "CIH Level 3 Certificate in Housing (2020)"


def test_the_posting_pasted_as_a_resume_still_earns_nothing_for_its_credential_line():
    pasted = HOUSING_POSTING.replace("or willing to work towards it", "(2020)")

    result = analyze(resume_text=pasted, job_description=HOUSING_POSTING)

    assert result["match_score"] <= 35


PLUMBER_POSTING = """Service Plumber
Responsibilities:
- Repair leaks, clogs and water heaters in homes
- Keep your truck stocked and organized
Qualifications:
- Backflow assembly tester certification is a plus
"""

PLUMBER = """Derek Hollis
Service Plumber, Inland Rooter, 2019 - present
- Repair leaks, drain clogs and water heaters in 6 homes a day
"""


def test_a_trades_certification_in_lower_case_is_one_credential():
    result = analyze(resume_text=PLUMBER, job_description=PLUMBER_POSTING)

    names = {r["name"]: r for r in result["details"]["requirements"]}
    assert names["Backflow assembly tester certification"]["kind"] == "certification"
    assert names["Backflow assembly tester certification"]["importance"] == "preferred"
    assert "assembly" not in {name.lower() for name in names}


def test_a_thing_kept_in_a_state_asks_no_trait():
    result = analyze(resume_text=PLUMBER, job_description=PLUMBER_POSTING)

    soft = [r["name"] for r in result["details"]["requirements"] if r["kind"] == "soft_skill"]
    assert soft == []
    assert "Time management" not in result["missing_keywords"]


def test_a_credential_asked_as_one_of_two_is_met_by_the_other():
    posting = (
        "Dental Nurse\nDesirable:\n- Radiography or impressions certificate\n"
        "- Professional Engineer (PE) license or EIT preferred\n"
    )
    resume = (
        "Chloe Barker\nDental Nurse, Southmead Dental Care, 2020 - present\n- Chairside assisting for four dentists\n"
        "Qualifications\nNEBDN Certificate in Dental Radiography (2022)\nEngineer in Training (EIT), 2019\n"
    )

    result = analyze(resume_text=resume, job_description=posting)

    names = {r["name"]: r for r in result["details"]["requirements"] if r["kind"] == "certification"}
    assert names["Radiography or impressions certificate"]["status"] == "met"
    assert names["Professional Engineer (PE) license"]["status"] == "met"
    assert names["Professional Engineer (PE) license"]["evidence"] == "Engineer in Training (EIT), 2019"


SITE_POSTING = "Site Operative\nEssential:\n- Harbourline Pass or CSCS card\n"
SITE_OPERATIVE = """Dev Nair
Operative, Kestrel Build, 2019 - present
- Set out groundworks
Certifications
Harbourline Pass (2021)
"""


def test_a_credential_named_whole_before_or_is_the_other_credential():
    requirements = analyze(resume_text=SITE_OPERATIVE, job_description=SITE_POSTING)["details"][
        "requirements"
    ]
    (card,) = [r for r in requirements if "CSCS card" in r["name"]]

    assert "Harbourline Pass" in card["alternatives"] and card["status"] == "met"  # not "Pass card"


def test_a_licence_named_with_an_ampersand_and_a_bracket_is_one_credential():
    posting = (
        "Insurance Agent\nYou have:\n- Active Texas Property & Casualty (General Lines) license — required\n"
    )
    resume = "Carlos Mendoza\nAgent, Hill Country Insurance, 2021 - present\n- Quote auto and home policies\n"

    result = analyze(resume_text=resume, job_description=posting)

    assert "Texas Property & Casualty (General Lines) license" in result["missing_keywords"]


def test_names_in_a_bracket_after_a_kinds_experience_are_its_examples():
    posting = "Insurance Agent\nYou have:\n- CRM experience (HubSpot or AgencyZoom preferred)\n"
    resume = (
        "Carlos Mendoza\nAgent, Hill Country Insurance, 2021 - present\n- Track every lead in AgencyZoom\n"
    )

    result = analyze(resume_text=resume, job_description=posting)

    crm = next(r for r in result["details"]["requirements"] if r["name"] == "CRM")
    assert crm["status"] == "met"
    assert "AgencyZoom" in crm["alternatives"]


CARPENTER_POSTING = """Commercial Carpenter - Journeyman
Duties
- Frame metal stud walls and soffits
Requirements
- 5+ years commercial carpentry experience
- MIG welding a plus
"""

CARPENTER = """Tyler Brooks
Work History
Journeyman Carpenter, Summit Interiors, Denver, CO (2018 - 2025)
- Framed walls, bulkheads and soffits in steel studs from plans on retail fit-outs
"""


def test_a_trades_title_shows_its_work_and_its_years_count_for_the_trade_in_a_setting():
    result = analyze(resume_text=CARPENTER, job_description=CARPENTER_POSTING)

    carpentry = next(r for r in result["details"]["requirements"] if r["name"] == "commercial carpentry")
    assert carpentry["status"] != "missing"
    assert carpentry["evidence"].startswith("Journeyman Carpenter")
    assert result["details"]["relevant_years"] == 7.0
    assert result["details"]["sub_scores"]["experience"]["score"] == 100


def test_a_narrower_practice_of_the_trade_is_not_shown_by_the_title():
    posting = CARPENTER_POSTING.replace("MIG welding a plus", "MIG welding")
    resume = CARPENTER.replace("Journeyman Carpenter", "Welder")

    result = analyze(resume_text=resume, job_description=posting)

    welding = next(r for r in result["details"]["requirements"] if "welding" in r["name"].lower())
    assert welding["status"] == "missing"


_ANALYST_POSTING = """Research Analyst
Requirements
- Experience with SQL and SAS
- BLS
"""
_ANALYST = """Kai Moreno
Experience
Research assistant, Fenwick Institute, 2021 - 2023
- Cleaned survey data for three studies
Education
MSc Epidemiology, University of Bristol, 2021
{line}
"""


def _by_name(result: dict) -> dict[str, dict]:
    return {r["name"]: r for r in result["details"]["requirements"]}


def test_a_product_named_by_letters_on_a_course_line_is_listed_not_held():
    result = analyze(resume_text=_ANALYST.format(line="Modules: SQL, SAS"), job_description=_ANALYST_POSTING)

    rows = _by_name(result)
    assert (rows["SQL"]["status"], rows["SQL"]["context"]) == ("partial", "list")
    assert (rows["SAS"]["status"], rows["SAS"]["context"]) == ("partial", "list")


def test_a_credential_known_by_its_letters_is_held_on_a_course_line():
    result = analyze(resume_text=_ANALYST.format(line="BLS, 2022"), job_description=_ANALYST_POSTING)

    assert _by_name(result)["BLS"]["status"] == "met"
