"""What a posting's place, a product's features and a credential's stage do not give: a second place after
"Based at" beside a tool's name, payroll run elsewhere for "Xero skills including payroll", a firm's plural
designation or an exam stage for "Qualified Chartered Accountant". Every posting and resume here is made up."""

from ai.local_engine import analyze
from ai.local_engine.tests.rows import requirement_names, requirement_rows

MERCHANDISER = """Regional Visual Merchandiser
Karoo Home Stores Ltd | Based at Head Office, Bellville, with travel to stores
Requirements
- 3+ years of visual merchandising in retail
- MS Office and Canva
"""
XERO_BOOKKEEPER = """Bookkeeper
Requirements
- Advanced Xero skills including payroll and reporting
- 3+ years of bookkeeping
"""
MYOB_BOOKKEEPER = """Lerato Dlamini
Experience
Bookkeeper, Fynbos Accounting, 2019 - present
- Ran fortnightly payroll for 20 clients in MYOB AccountRight
"""
FINANCE = """Finance Manager
Requirements
- Qualified Chartered Accountant (CA) – mandatory
- 6+ years in corporate finance
"""


def test_a_second_place_after_based_at_is_no_requirement():
    names = requirement_names(resume="Priya\nVisual merchandiser with Canva", posting=MERCHANDISER)

    assert "Bellville" not in names
    assert "Canva" in " ".join(names)


def test_work_done_in_a_product_does_not_show_the_product():
    rows = requirement_rows(resume=MYOB_BOOKKEEPER, posting=XERO_BOOKKEEPER)

    assert rows["Xero"]["status"] == "missing"
    assert rows["payroll"]["status"] == "met"
    assert "Xero" in analyze(resume_text=MYOB_BOOKKEEPER, job_description=XERO_BOOKKEEPER)["missing_keywords"]


def test_parts_of_a_product_still_show_it():
    rows = requirement_rows(
        resume="Sam\nExperience\nCloud engineer, Acme, 2020 - present\n- Ran 40 EC2 instances behind a load balancer",
        posting="Cloud Engineer\nRequirements\n- AWS experience including EC2 and S3",
    )

    assert (rows["AWS"]["status"], rows["AWS"]["matched_as"]) == ("met", "EC2")


def test_a_firms_designation_is_not_the_persons():
    articled = """Arjun Rao
Experience
Audit Assistant | Mehta & Associates, Chartered Accountants, Pune | 2016 – 2019
- Audited 12 manufacturing clients
"""
    rows = requirement_rows(resume=articled, posting=FINANCE)

    assert rows["Chartered Accountant"]["status"] == "missing"


def test_an_exam_stage_is_not_the_qualification():
    stage = """Arjun Rao
Education
CA Intermediate (both groups cleared) – ICAI, 2016
Experience
Finance Executive, Sundaram Tools, 2019 – present
- Closed the monthly books for three plants
"""
    qualified = stage.replace("CA Intermediate (both groups cleared)", "Chartered Accountant (CA)")

    assert requirement_rows(resume=stage, posting=FINANCE)["Chartered Accountant"]["status"] == "partial"
    assert requirement_rows(resume=qualified, posting=FINANCE)["Chartered Accountant"]["status"] == "met"


def test_an_accreditation_is_a_credential_held_under_accreditations():
    posting = "Agronomist\nRequirements\n- Degree in agricultural science\n- Fertcare accreditation\n- 3+ years of agronomy\n"
    resume = """Tom Fraser
Experience
Agronomist, Riverina Rural Supplies, 2016 - present
- Wrote crop nutrition plans for 40 growers
ACCREDITATIONS
- Fertcare Accredited Adviser (C)
"""
    row = requirement_rows(resume=resume, posting=posting)["Fertcare accreditation"]

    assert (row["kind"], row["status"]) == ("certification", "met")


def test_a_bodys_qualification_is_met_by_its_diploma():
    posting = "Sub-Editor\nRequirements\n- NCTJ qualification or equivalent experience\n- Adobe InDesign\n"
    resume = """Cerys Morgan
Experience
Sub-editor, Valleys Echo, 2018 - present
- Subbed 40 pages a week in InDesign
Education
NCTJ Diploma in Journalism, Cardiff & Vale College, 2014
"""
    row = requirement_rows(resume=resume, posting=posting)["NCTJ qualification"]

    assert (row["kind"], row["status"]) == ("certification", "met")


def test_a_feature_named_after_including_does_not_show_the_product():
    posting = """Bookkeeper
Requirements
- Run fortnightly payroll in Xero, including Single Touch Payroll (STP Phase 2) reporting
- 3+ years of bookkeeping
"""
    assert requirement_rows(resume=MYOB_BOOKKEEPER, posting=posting)["Xero"]["status"] == "missing"


def test_a_duty_over_certificates_is_a_duty_and_a_credential_kept_is_a_credential():
    posting = """Quantity Surveyor
Responsibilities
- Prepare subcontractor and supplier payment certificates
- Manage guest registration for site visits
Requirements
- Maintain current First Aid certification
"""
    resume = """Ravi Nair
Experience
Quantity Surveyor, Gulf Towers LLC, 2015 - present
- Prepared interim payment applications and subcontractor payment certificates
"""
    details = analyze(resume_text=resume, job_description=posting)["details"]
    kinds = {
        r["name"]: r.get("kind", "tentative")
        for r in [*details["requirements"], *details["tentative_requirements"]]
    }

    duty = kinds["Prepare subcontractor and supplier payment certificates"]

    assert duty == "tentative"  # a duty, held back
    assert next(v for k, v in kinds.items() if "registration" in k) == "responsibility"
    assert next(v for k, v in kinds.items() if "First Aid" in k) == "certification"
