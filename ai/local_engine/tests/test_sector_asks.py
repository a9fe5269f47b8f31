"""A sector asked ("another life sciences company", "a general insurer", "a scale-up or SaaS business") is
shown by an employer the resume places in it or in a narrower sector; a resume that only names the sector's
words in passing ("claims to insurance companies", "bank reconciliations") does not show it. Every posting and
resume here is made up."""

from ai.local_engine import analyze

POSTING = """Office Coordinator

Requirements
- Three years supporting a busy office team
- Experience in biotech, pharma or another life sciences company
- Delivered projects in financial services or another regulated industry
- Two years of claims experience with a general insurer or reinsurer.
- Nice to have: experience in a scale-up or SaaS business; reporting in Excel or Looker.
"""

IN_THE_SECTORS = """Priya Lane
Office coordinator

Experience
Office Coordinator, Tallowfield Orthopedics (a surgical implant and medical device company), 2020 - present
- Ran the front office, ordered supplies and kept reports in Excel
Claims Assistant, Westmoor General Insurance Ltd, 2017 - 2020
- Logged motor claims and chased repair quotes for a team of eight
Office Junior, Copperleaf (a payroll software scale-up), 2015 - 2017
- Booked meeting rooms and greeted visitors
"""

OUTSIDE_THEM = """Priya Lane
Office coordinator

Experience
Office Coordinator, Tallowfield Family Dental, 2020 - present
- Ran the front office, ordered supplies and kept reports in Excel
- Sent claims to insurance companies and checked patients' cover
- Bank reconciliations each month; helped scale up the front desk from two to four staff
Office Junior, Copperleaf Garden Centre, 2015 - 2017
- Booked meeting rooms and greeted visitors
"""

SECTOR_ASKS = (
    "biotech, pharma or another life sciences company",
    "another regulated industry",
    "general insurer or reinsurer",
    "SaaS",
)


def _rows(result: dict) -> dict:
    return {r["name"]: r for r in result["details"]["requirements"]}


def test_an_employer_in_a_narrower_sector_meets_the_sector_asked():
    result = analyze(resume_text=IN_THE_SECTORS, job_description=POSTING)
    rows = _rows(result)

    for name in SECTOR_ASKS:
        assert rows[name]["status"] == "met", name
        assert name not in result["missing_keywords"]


def test_sector_words_said_in_passing_do_not_meet_it():
    result = analyze(resume_text=OUTSIDE_THEM, job_description=POSTING)
    rows = _rows(result)

    for name in SECTOR_ASKS:
        assert rows[name]["status"] == "missing", name
        assert name in result["missing_keywords"]


BRACKETED_FIELDS = """Business Analyst

Desired Candidate Profile
- 4+ years of experience as a Business Analyst
- Lending (LOS / LMS) or payments (UPI, NEFT/RTGS) experience is a must
- Hands-on with JIRA and Confluence
"""


def test_a_field_whose_bracket_of_examples_is_asked_is_met_by_an_employer_in_it():
    resume = """Asha Rao

Experience
Business Analyst, Kestrel Payments (a card payments platform), 2019 - present
- Wrote user stories in JIRA and kept the Confluence space
"""
    result = analyze(resume_text=resume, job_description=BRACKETED_FIELDS)

    assert _rows(result)["LOS or LMS"]["status"] == "met"
    assert "LOS or LMS" not in result["missing_keywords"]


def test_the_fields_words_in_another_trades_work_do_not_meet_it():
    resume = """Asha Rao

Experience
Business Analyst, Kestrel Foods, 2019 - present
- Wrote user stories in JIRA and kept the Confluence space
- Reconciled supplier payments every month
"""
    result = analyze(resume_text=resume, job_description=BRACKETED_FIELDS)

    assert _rows(result)["LOS or LMS"]["status"] == "missing"
