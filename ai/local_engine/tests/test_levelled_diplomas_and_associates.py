"""A UK care manager's "Level 5 Diploma in Leadership for Health and Social Care" is a credential of its own
level, not a bachelor's degree; a law firm's "an associate in a busy group" is a colleague, not an associate
degree. Every posting and resume here is made up."""

from ai.local_engine import analyze
from ai.local_engine.degree_levels import degree_levels_of

POSTING = """Registered Manager - Residential Care Home (40 beds)
Key responsibilities
- Lead the home day to day as the CQC registered manager
- Manage a team of 50 carers, seniors and domestic staff
- Handle complaints and safeguarding referrals
Requirements
- Level 5 Diploma in Leadership for Health and Social Care (or willing to work towards)
- At least 2 years' experience as a registered manager or deputy manager
"""

RESUME = """Joan Reilly
Career
Registered Manager - Elm Lodge Care Home, Leeds - 2021 to present
- CQC registered manager for a 38-bed residential home; rated Good
- Lead 48 carers, seniors and domestic staff
- Investigate complaints and make safeguarding referrals
Qualifications
Level 5 Diploma in Leadership for Health and Social Care (Adults' Residential Management), 2019
"""


def _requirements(result: dict) -> dict[str, dict]:
    return {r["name"]: r for r in result["details"]["requirements"]}


def test_a_levelled_diploma_is_a_credential_not_a_degree():
    result = analyze(resume_text=RESUME, job_description=POSTING)

    names = _requirements(result)
    assert not [name for name in names if "Bachelor" in name]
    diploma = names["Level 5 Diploma in Leadership for Health and Social Care"]
    assert diploma["kind"] == "certification"
    assert diploma["status"] == "met"
    assert result["details"]["sub_scores"]["education"]["score"] != 0


def test_an_associate_in_a_group_is_a_colleague_but_an_associate_in_a_field_is_a_degree():
    assert degree_levels_of(text="Support two partners and an associate in a busy litigation group.") == []
    assert degree_levels_of(text="Associate in Applied Science in Paralegal Studies") == [1]


def test_word_capitalised_is_microsoft_word():
    posting = """Legal Secretary - Litigation
Responsibilities:
- Prepare, format and proofread pleadings, motions and briefs
- E-file documents in federal court and track deadlines
Qualifications:
- 3+ years as a litigation legal secretary
- Advanced Microsoft Word (styles, tables of contents and tables of authorities)
"""
    secretary = """Dana Cole
Legal Secretary, Litigation - Fox & Marsh LLP, 2019 to present
- Draft, format and proofread pleadings and briefs, with tables of contents and authorities in Word
- E-file in CM/ECF and calendar deadlines
"""

    result = analyze(resume_text=secretary, job_description=posting)

    word = _requirements(result)["Microsoft Word"]
    assert word["status"] == "met"
    assert word["evidence"].startswith("Draft, format and proofread")
