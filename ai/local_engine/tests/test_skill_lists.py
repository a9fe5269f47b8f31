"""A job board's list of key skills written in title case names skills, not companies or people: "Business
Analysis, BRD, User Stories, UAT, Gap Analysis, Visio". Every posting and resume here is made up."""

from ai.local_engine.tests.rows import requirement_rows

POSTING = """Business Analyst – Payments
Experience: 3 - 6 Yrs

Roles and Responsibilities
- Write user stories and maintain the backlog in JIRA
- Coordinate UAT with the business

Key Skills
Business Analysis, BRD, User Stories, UAT, JIRA, Confluence, SQL, Gap Analysis, Visio
"""
RESUME = """Rohan Mehta
Business Analyst, Larkspur Fintech, 2020 - present
- Wrote 200 user stories in JIRA and Confluence for a payments app
- Ran UAT with 12 business users
"""


def test_the_items_of_a_title_cased_skill_list_are_skills():
    rows = requirement_rows(resume=RESUME, posting=POSTING)

    assert rows["Gap Analysis"]["kind"] == "hard_skill"
    assert rows["Gap Analysis"]["status"] == "missing"
    assert rows["User Stories"]["status"] == "met"


WAREHOUSE = """Warehouse Lead – 2nd Shift
Midwest Freight Partners · Joliet, IL

What you need
- 2+ years of warehouse experience, including 1 year leading others
- Experience with a WMS (Manhattan, Blue Yonder or HighJump)

Walk-in interviews: Monday, Tuesday, Wednesday, Thursday, 9am to 3pm, 4100 Commerce Drive, Suite 5, Building B,
Joliet, IL 60431
"""


def test_a_line_of_as_many_commas_that_is_no_skill_list_keeps_its_names_out():
    rows = requirement_rows(resume=RESUME, posting=WAREHOUSE.replace("Building B,\n", "Building B, "))

    assert "WMS" in rows
    assert not {"Joliet", "Commerce Drive", "Building B"} & set(rows)


FINANCE = """Finance Officer
Northgate Housing Trust – Leeds

Requirements
- 3+ years in a finance role
- accounts payable, accounts receivable, payroll
- Experience with Sage 200 or Xero
"""
CLERK = """Amira Khan
Finance Assistant, Beacon Homes, 2019 - present
- Processed accounts payable for 300 suppliers a month in Sage 200
"""


def test_the_lower_case_items_of_a_list_of_practices_are_asked():
    rows = requirement_rows(resume=CLERK, posting=FINANCE)

    assert rows["accounts payable"]["status"] == "met"
    assert rows["accounts receivable"]["status"] == "missing"
    assert rows["payroll"]["status"] == "missing"
