"""Safety, credit and entry-level postings: credentials known by their letters, the shop floor's short names
for methods, a degree a certificate may stand for, and "no ... experience required" with the kind named.
Every text here is made up."""

from ai.local_engine import analyze


def _requirements(result: dict) -> dict[str, dict]:
    return {r["name"]: r for r in result["details"]["requirements"]}


EHS_POSTING = """EHS Specialist
Key duties
- Lead incident investigations and root cause analysis
- Deliver hazard communication training
- Risk-rate new and existing loans and monitor covenant compliance
Requirements
- CSP or ASP a plus
"""

EHS_RESUME = """Marcus Bell, ASP
Experience
EHS Specialist, Palmetto Aero (2019 - present)
- Lead incident investigations using 5-Why and fishbone diagrams
- Teach HazCom classes to 450 employees a year
Certifications
Associate Safety Professional (ASP), BCSP (2023)
"""


def test_short_names_for_methods_show_the_method():
    names = _requirements(analyze(resume_text=EHS_RESUME, job_description=EHS_POSTING))

    assert names["root cause analysis"]["status"] == "met"
    assert names["hazard communication"]["status"] == "met"


def test_safety_credentials_known_by_their_letters_are_certifications_held():
    names = _requirements(analyze(resume_text=EHS_RESUME, job_description=EHS_POSTING))

    credential = names["CSP or ASP"]
    assert (credential["kind"], credential["status"]) == ("certification", "met")


def test_an_adjective_left_from_new_and_existing_is_no_requirement():
    names = _requirements(analyze(resume_text=EHS_RESUME, job_description=EHS_POSTING))

    assert "existing loans" not in names


AML_POSTING = """BSA/AML Compliance Analyst II
Duties
- Review Verafin alerts and file SARs with FinCEN
"""

AML_RESUME = """Nia Thompson
Experience
BSA/AML Analyst, Gulf Coast Credit Union (2019 - present)
- Review Verafin alerts and file SARs with FinCEN within deadlines for 40,000 members
"""


def test_compliance_in_a_title_is_no_vendors_product_missing():
    result = analyze(resume_text=AML_RESUME, job_description=AML_POSTING)

    assert "Compliance" not in _requirements(result)
    assert "Compliance" not in result["missing_keywords"]


ANALYST_POSTING = """Junior Data Analyst (Entry Level)
No professional analyst experience required - we will train you.
What we're looking for:
- A bachelor's degree or a data analytics certificate (Google, IBM or similar)
- Basic SQL and spreadsheet skills
"""

ANALYST_RESUME = """Bri Lopez
Certificates
Google Data Analytics Professional Certificate (Coursera), 2024
Projects
Clinic Wait Times
- Wrote SQL queries in BigQuery and summarised them with pivot tables in Excel
Experience
Front Desk Coordinator, Eastside Clinic (2019 - 2024)
- Answered questions from providers about schedules
Education
A.A. General Studies, Austin Community College, 2019
"""


def test_a_certificate_the_posting_accepts_instead_of_a_degree_meets_it():
    result = analyze(resume_text=ANALYST_RESUME, job_description=ANALYST_POSTING)

    degree = _requirements(result)["Bachelor's degree"]
    assert (degree["status"], degree["via"]) == ("met", "certificate")
    assert degree["evidence"] == "Google Data Analytics Professional Certificate (Coursera), 2024"
    assert result["details"]["sub_scores"]["education"]["score"] == 100


def test_no_experience_of_a_named_kind_required_asks_no_years():
    result = analyze(resume_text=ANALYST_RESUME, job_description=ANALYST_POSTING)

    assert result["details"]["sub_scores"]["experience"]["score"] == 100


def test_excel_work_shows_spreadsheet_skills():
    spreadsheet = _requirements(analyze(resume_text=ANALYST_RESUME, job_description=ANALYST_POSTING))[
        "spreadsheet"
    ]

    assert (spreadsheet["status"], spreadsheet["matched_as"]) == ("met", "Excel")
