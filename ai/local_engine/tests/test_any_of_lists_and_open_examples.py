"""Alternatives a posting offers in words: a list introduced as a choice ("any combination of the following
fields: ...") is one requirement met by any item, and an example named before "or another" kind ("financial
services or another regulated industry") meets the ask too. Every posting and resume here is made up."""

from ai.local_engine import analyze

POSTING = """Procurement Analyst
Requirements:
- At least 12 credit hours in any combination of the following fields: accounting, economics, law, statistics,
marketing, or supply chain management.
- Experience in financial services or another regulated industry.
"""
RESUME = """Sam Kerr
Procurement Analyst, Harbor Bank, 2019 - present
- Prepared accounting reconciliations for 40 vendor accounts
- Built monthly spend reports in Excel for a financial services client
Education
B.S. Accounting, Lakeside University, 2019
"""


def _rows(result: dict) -> dict:
    return {r["name"]: r for r in result["details"]["requirements"]}


def test_a_list_offered_as_any_of_the_following_is_met_by_one_item():
    result = analyze(resume_text=RESUME, job_description=POSTING.replace("statistics,\n", "statistics, "))
    missing = result["missing_keywords"]

    assert "statistics" not in missing
    assert "supply chain management" not in missing
    listed = [r for r in result["details"]["requirements"] if "supply chain management" in r["name"]]
    assert [r["status"] for r in listed] == ["met"]


def test_an_example_before_or_another_kind_meets_the_ask():
    result = analyze(resume_text=RESUME, job_description=POSTING)
    row = _rows(result)["another regulated industry"]

    assert row["status"] == "met"
    assert "financial services" in row["alternatives"]
    assert "another regulated industry" not in result["missing_keywords"]
