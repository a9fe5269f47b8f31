"""A business-intelligence tool is a data analytics tool: "a data analytics tool (ACL, IDEA, Alteryx or SQL)"
is met by Power BI or Tableau too, and not by a spreadsheet alone. Every posting and resume here is made up."""

import pytest

from ai.local_engine import analyze

POSTING = (
    "SOX Compliance Analyst\nRequirements:\n- 2+ years of SOX testing\n"
    "- Data skills: Excel at an advanced level; a data analytics tool (ACL, IDEA, Alteryx or SQL) is a plus\n"
)


def _analytics_row(line: str) -> dict:
    resume = f"Dana Reyes\n\nExperience\nProcurement Analyst, Norlake Foods (2018 - 2024)\n- {line}\n"
    result = analyze(resume_text=resume, job_description=POSTING)
    (row,) = [r for r in result["details"]["requirements"] if "analytics" in r["name"]]
    return row


@pytest.mark.parametrize(
    "line", ["Built spend analytics dashboards in Power BI", "Built spend dashboards in Tableau for buyers"]
)
def test_a_bi_tool_meets_a_data_analytics_tool(line: str):
    assert _analytics_row(line)["status"] in {"met", "partial"}


def test_a_spreadsheet_alone_does_not():
    assert _analytics_row("Built spend reports in Excel for buyers")["status"] == "missing"
