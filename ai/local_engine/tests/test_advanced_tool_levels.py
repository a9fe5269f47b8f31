"""A tool asked at an advanced level ("Advanced Excel (pivot tables, VLOOKUP/XLOOKUP)") is listed as a gap
when the resume names the tool only ("Microsoft Excel, Word"): a recruiter screens for the level. A level said
beside the name, an example the posting gave, or features named after it show the level. Every posting and
resume here is made up."""

import pytest

from ai.local_engine import analyze

BUYER_POSTING = (
    "Purchasing Assistant\nRequirements:\n- 2+ years in purchasing or stock control\n"
    "- Advanced Excel (pivot tables, VLOOKUP/XLOOKUP)\n- Experience with SAP\n"
)
PLAIN_POSTING = BUYER_POSTING.replace("Advanced Excel", "Excel")


def _resume(skills: str) -> str:
    return (
        "Dana Whitlow\n\nExperience\nStock Controller, Ferncliff Foods (2019 - present)\n"
        "- Ran stock control and purchasing for two depots in SAP\n\n"
        f"Skills\n{skills}\n"
    )


def test_a_tool_named_only_is_listed_when_the_posting_asks_it_advanced():
    result = analyze(resume_text=_resume("Microsoft Excel, Word, Outlook"), job_description=BUYER_POSTING)

    assert "advanced Excel" in result["missing_keywords"]


@pytest.mark.parametrize(
    "skills",
    [
        "Advanced Excel, Word, Outlook",
        "Excel: pivot tables, SUMIFS, charts",
        "Excel (macros, VBA), Word",
        "Excel Power Query, Word",
        "Built VLOOKUP reconciliations in Excel",
    ],
)
def test_a_level_feature_or_example_named_shows_the_advanced_tool(skills):
    result = analyze(resume_text=_resume(skills), job_description=BUYER_POSTING)

    assert not [k for k in result["missing_keywords"] if "Excel" in k]


def test_a_tool_asked_without_a_level_is_met_by_its_name():
    result = analyze(resume_text=_resume("Microsoft Excel, Word, Outlook"), job_description=PLAIN_POSTING)

    assert not [k for k in result["missing_keywords"] if "Excel" in k]
