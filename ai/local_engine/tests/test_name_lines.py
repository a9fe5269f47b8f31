"""The employer's name a posting gives ("with Acme, ...", "Acme is hiring") ends at its line: a product on
the last line of a list is no part of the name of whatever heading comes next ("Familiarity with Workday" then
"What we offer"). Every posting and resume here is made up."""

from ai.local_engine.tests.rows import requirement_rows

POSTING = """Office Manager
Brightwell Dental - Leeds

What you'll bring
• 3+ years running a busy front office
• Expert in Excel and Outlook
• Familiarity with Workday

What we offer
• 25 days' holiday
"""
RESUME = """Priya Shah
Office Manager, Kirkgate Opticians, 2020 - present
- Ran the front office for 6 clinicians, booking 120 patients a week in Outlook
- Kept payroll and holiday records in Workday and Excel
"""


def test_a_product_before_the_next_heading_is_still_asked():
    rows = requirement_rows(resume=RESUME, posting=POSTING)

    assert rows["Workday"]["status"] == "met"
    assert rows["Workday"]["kind"] == "tool"
