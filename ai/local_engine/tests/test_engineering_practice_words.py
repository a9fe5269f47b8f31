"""A data engineer's ways of saying it: merge requests reviewed are code review, explainers written for
non-technical managers are communication. Every posting and resume here is made up."""

from ai.local_engine.tests.rows import requirement_rows

POSTING = """Analytics Engineer
What you'll do
• Work in Git with pull-request reviews, and keep CI/CD green
What you bring
• Excellent written and verbal communication
• dbt
"""
RESUME = """Wei Tan
Senior Data Engineer, Shoplane, 2021 - present
- Introduced dbt Core for the finance marts (120 models); every merge request reviewed by a second engineer
- Write one-page explainers for non-technical managers on how each metric is defined
"""


def test_merge_requests_reviewed_are_code_review_and_explainers_for_non_technical_readers_communication():
    rows = requirement_rows(resume=RESUME, posting=POSTING)

    review = next(row for name, row in rows.items() if "review" in name.lower())
    communication = next(row for name, row in rows.items() if "communication" in name.lower())
    assert review["status"] == "met"
    assert communication["status"] == "met"


def test_a_short_verb_and_its_ing_form_agree():
    posting = (
        "SAP FI/CO Consultant\nWhat you will bring\n"
        "• A solid understanding of financial processes: record to report, month-end close, IFRS reporting\n"
    )
    resume = (
        "Kate Bauer\nSAP FI/CO Consultant, Donau IT, 2017 - 2021\n"
        "• Record-to-report process design, month-end closing cockpit, foreign currency valuation\n"
    )
    rows = requirement_rows(resume=resume, posting=posting)

    assert rows["month-end close"]["status"] in ("met", "partial")


def test_what_a_named_tool_is_asked_for_is_shown_by_the_tool():
    posting = (
        "Business Analyst\nRoles and Responsibilities\n- Write SQL queries for data analysis and validation\n"
        "- Maintain the product backlog in JIRA\n"
    )
    with_sql = "Priya Rao\nBusiness Analyst, Acme Bank, 2019 - present\n- Wrote SQL queries in Oracle to validate UAT data\n"
    without = "Priya Rao\nBusiness Analyst, Acme Bank, 2019 - present\n- Ran requirement workshops with the lending team\n"

    assert requirement_rows(resume=with_sql, posting=posting)["data analysis"]["status"] != "missing"
    assert requirement_rows(resume=without, posting=posting)["data analysis"]["status"] == "missing"
