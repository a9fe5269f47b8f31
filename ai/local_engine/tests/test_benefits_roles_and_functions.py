"""Postings for jobs that handle pay and benefits ("Benefits Coordinator", "Administer dental and vision
plans") and duty headings other postings do not use ("ESSENTIAL FUNCTIONS", "Key Accountabilities"). Every
posting and resume here is made up."""

from ai.local_engine import analyze

BENEFITS_POSTING = """Compensation & Benefits Coordinator
Harlow County Schools
Key Accountabilities
- Administer medical, dental and vision plans and the annual enrollment window
- Reconcile carrier invoices against the HRIS each month
Requirements
- Two years of HR experience
- Working knowledge of COBRA
"""

COORDINATOR = """Nadia Ferris
Benefits Coordinator, Westfield Borough Council, 2021 - present
- Reconcile carrier invoices against Workday each month and chase variances
- Run the annual enrollment window for 900 staff
- COBRA notices and continuation billing
"""


def _requirements(result: dict) -> dict[str, dict]:
    return {r["name"]: r for r in result["details"]["requirements"]}


def test_a_title_naming_benefits_does_not_turn_the_duties_into_perks():
    result = analyze(resume_text=COORDINATOR, job_description=BENEFITS_POSTING)

    names = _requirements(result)
    assert names["invoices"]["status"] == "met"
    assert names["COBRA"]["status"] == "met"


def test_a_duty_administering_health_plans_is_a_duty_not_a_perk():
    result = analyze(resume_text=COORDINATOR, job_description=BENEFITS_POSTING)

    duties = [r["name"].lower() for r in result["details"]["requirements"] if r["kind"] == "responsibility"]
    assert any("vision plans" in name for name in duties)


FUNCTIONS_POSTING = """Accounts Payable Clerk
ESSENTIAL FUNCTIONS
Match invoices to purchase orders and receiving records in Oracle.
Process vendor payments by ACH and check.
MINIMUM QUALIFICATIONS
One year of accounts payable experience.
"""

CLERK = """Rosa Lin
Accounts Payable Clerk, Tri-State Supply, 2022 - present
- Three-way match 400 invoices a week in Oracle and clear exceptions with buyers
- Pay suppliers by ACH and check on a weekly run
"""


def test_essential_functions_in_capitals_is_a_duties_heading_and_no_product():
    result = analyze(resume_text=CLERK, job_description=FUNCTIONS_POSTING)

    names = _requirements(result)
    assert not [name for name in names if "essential" in name.lower()]
    assert "ESSENTIAL" not in result["missing_keywords"]
    assert names["Oracle"]["status"] == "met"


def test_perks_under_a_benefits_heading_are_still_perks():
    posting = FUNCTIONS_POSTING + "Benefits\nMedical, dental and vision insurance from day one.\nPension.\n"

    result = analyze(resume_text=CLERK, job_description=posting)

    names = " ".join(_requirements(result)).lower()
    assert "dental" not in names and "pension" not in names
