"""An Indian job board's "Desired Candidate Profile" heads what is asked, not what is preferred; and a kind
named before a bracket of examples is named from after the last bracket ("... (LOS / LMS) or payments (UPI)"
is no "LOS / LMS) or payments"). Every posting and resume here is made up."""

from ai.local_engine.tests.rows import requirement_names, requirement_rows

POSTING = """Business Analyst – Payments
Experience: 3 - 6 Yrs

Roles and Responsibilities
- Write user stories and maintain the backlog in JIRA

Desired Candidate Profile
- Hands-on with JIRA and Confluence
- Working knowledge of SQL
- Lending (LOS / LMS) or payments (UPI, NEFT/RTGS) experience is a must
- CBAP certification is a plus
"""
RESUME = """Rohan Mehta
Business Analyst, Larkspur Fintech, 2020 - present
- Wrote 200 user stories in JIRA and Confluence for a UPI payments app
- Queried transaction data in SQL
"""


def test_the_desired_candidate_profile_is_what_is_asked():
    rows = requirement_rows(resume=RESUME, posting=POSTING)

    assert rows["Confluence"]["importance"] == "required"
    assert rows["SQL"]["importance"] == "required"
    assert rows["CBAP certification"]["importance"] == "preferred"


def test_no_requirement_is_named_across_a_bracket():
    names = requirement_names(resume=RESUME, posting=POSTING)

    assert not [name for name in names if ")" in name and "(" not in name]
