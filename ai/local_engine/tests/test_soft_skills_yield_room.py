"""A soft skill ("communication", "time management") takes none of the room a long posting's named gaps need:
a listed duty or tentative requirement is not held back for it, and past the room shown it goes last. Every
posting and resume here is made up."""

from ai.local_engine import analyze

TOOLS = """- Advanced Excel, PowerPoint and Outlook
- Experience with Salesforce, HubSpot and Zendesk
- SharePoint and Slack
- Tableau and Power BI
- Workday and Concur
- Google Analytics and Mailchimp
- QuickBooks or Xero for expenses
"""

RESUME = """Jo Rivera
Line Cook
EXPERIENCE
Line Cook, Harbor Grill, 2019 - Present
- Prepared 200 covers a night on the grill station
- Trained two new cooks on knife skills
"""


def _missing(*, asks: str, nice: str) -> list[str]:
    posting = f"Executive Assistant\nWhat you'll bring\n{TOOLS}{asks}Nice to have\n{nice}"
    return analyze(resume_text=RESUME, job_description=posting)["missing_keywords"]


def test_soft_skills_leave_room_for_a_listed_gap():
    missing = _missing(
        asks="- Excellent communication skills, attention to detail and time management\n",
        nice="- Board portal experience (Diligent or BoardEffect)\n",
    )

    assert "time management" in missing
    assert "Board portal" in missing


def test_named_gaps_still_fill_the_room_before_a_listed_gap():
    missing = _missing(
        asks="- Java, Ruby and Go\n",
        nice="- Board portal experience (Diligent or BoardEffect)\n",
    )

    assert "Ruby" in missing
    assert "Board portal" not in missing


def test_past_the_room_shown_a_credential_asked_goes_before_soft_skills():
    missing = _missing(
        asks="- SQL, Python, SAP and Oracle\n- Excellent communication skills, attention to detail and time management\n",
        nice="- PMP certification is a plus\n",
    )

    assert len(missing) == 20
    assert "PMP certification" in missing
    assert missing[-1] == "attention to detail"


def test_within_the_room_shown_soft_skills_keep_their_place():
    missing = _missing(
        asks="- Excellent communication skills, attention to detail and time management\n",
        nice="- PMP certification is a plus\n",
    )

    assert missing.index("time management") < missing.index("PMP certification")
