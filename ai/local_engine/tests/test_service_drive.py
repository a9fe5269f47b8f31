"""Selling is sales ("sell maintenance and repairs" shows the sales asked); a kind of software after a group
of products ("CDK or Reynolds & Reynolds DMS") is shown by any of them. Every posting and resume here is made
up."""

from ai.local_engine import analyze

POSTING = """Automotive Service Advisor
Requirements
- Experience with CDK or Reynolds & Reynolds DMS
- Strong sales and customer service skills
"""

RESUME = """Brandon Kim
Experience
Service Advisor, Rose City Honda, 2021 - present
- Present inspection findings and sell maintenance and repairs to 20 customers a day
- CDK Drive for repair orders, appointments and parts lookups
"""


def _status(resume: str) -> dict[str, str]:
    result = analyze(resume_text=resume, job_description=POSTING)
    return {r["name"]: r["status"] for r in result["details"]["requirements"]}


def test_selling_is_sales_and_a_product_of_the_group_shows_the_kind():
    status = _status(RESUME)

    assert status["sales"] == "met"
    assert status["DMS"] == "met"


def test_a_resume_that_neither_sells_nor_names_a_product_misses_both():
    resume = "Brandon Kim\nExperience\nPorter, Rose City Honda, 2021 - present\n- Washed and parked 40 cars a day\n"

    status = _status(resume)

    assert status["sales"] == "missing"
    assert status["DMS"] == "missing"
