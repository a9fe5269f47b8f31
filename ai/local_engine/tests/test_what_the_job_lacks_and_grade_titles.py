"""What a posting says the job does not have or gives ("there is no cold calling", "Flexible start and finish
times", "hybrid options after probation") asks nothing; a grade's title names its function after the dash
("Senior Executive – Procurement"). Every posting and resume here is made up."""

from ai.local_engine import analyze
from ai.local_engine.tests.rows import requirement_names

ADVISER = """Mortgage Adviser
Requirements
- CeMAP or equivalent
- You will be working warm leads from our estate agency branches, so there is no cold calling
- Flexible start and finish times
- Office based with hybrid options after probation
"""
RESUME = """Tom Reid
Experience
Mortgage Adviser, Hillcrest Estates, 2020 - present
- Advised 25 clients a month on residential and buy-to-let mortgages
"""


def test_what_the_job_lacks_or_gives_is_no_requirement():
    names = {name.lower() for name in requirement_names(resume=RESUME, posting=ADVISER)}

    assert not {"cold calling", "finish times", "hybrid options"} & names


BUYER = """Senior Executive – Procurement (Electronic Components)
Voltara Motors, Pune
Requirements
- 3+ years buying electronic components for a manufacturer
- SAP MM purchase orders and vendor evaluation
"""
FIRMWARE = """Anil Kumar
Embedded Firmware Engineer
Experience
Firmware Engineer, Ampere Systems, 2020 - present
- Wrote CAN drivers in C for a battery management system on STM32
"""


def test_a_grades_title_keeps_the_function_after_its_dash():
    details = analyze(resume_text=FIRMWARE, job_description=BUYER)["details"]

    assert details["job_title"] == "Executive – Procurement"
    assert details["sub_scores"]["role"]["score"] < 50


def test_a_banks_grade_keeps_its_function_after_a_comma_and_a_shop_its_place_out():
    bank = analyze(
        resume_text=FIRMWARE,
        job_description="Assistant Vice President, Financial Crime Investigations\nRequirements\n- 5+ years in AML",
    )["details"]
    shop = analyze(
        resume_text=FIRMWARE, job_description="Assistant Manager – Leeds\nRequirements\n- 2+ years in retail"
    )["details"]

    assert bank["job_title"] == "Assistant Vice President, Financial Crime Investigations"
    assert shop["job_title"] == "Assistant Manager"
