"""A posting written in capitals: its capitals say nothing of which words are names, so everyday words are
not read as products ("LAW", "FILE", "PARTNER") and a duty is no address. Made-up text."""

from ai.local_engine import analyze

POSTING = """OFFICE MANAGER
GREENE & MALLORY LLP

DUTIES
- MANAGE ACCOUNTS PAYABLE AND MONTHLY BILLING IN QUICKBOOKS
- SUPERVISE TWO RECEPTIONISTS AND A FILE CLERK
- COORDINATE IT SUPPORT, VENDORS AND OFFICE SUPPLIES
- PLAN FIRM EVENTS AND MANAGE PARTNER CALENDARS

QUALIFICATIONS
- 5+ YEARS OF EXPERIENCE IN A LAW OFFICE
"""

RESUME = """Laura Bennett
Work History
Office Manager, Harbor Legal Group (2019 - 2024)
- Ran accounts payable and monthly client billing in QuickBooks Online for a 28-attorney firm
- Coordinated our managed IT provider, office vendors and supplies within a $60K budget
- Kept calendars for four partners and planned the firm's annual retreat
"""


def test_everyday_words_in_capitals_are_no_products_and_duties_no_address():
    analysis = analyze(resume_text=RESUME, job_description=POSTING)
    names = {r["name"].lower() for r in analysis["details"]["requirements"]}

    assert not names & {"law", "file", "partner"}, names


def test_a_duty_in_capitals_with_commas_is_no_address():
    from ai.local_engine.posting import read_posting
    from ai.local_engine.requirements import get_vocabulary

    posting = read_posting(text=POSTING, vocabulary=get_vocabulary())
    kinds = {s.text: kind for s, kind in zip(posting.sentences, posting.kinds, strict=True)}

    assert kinds["COORDINATE IT SUPPORT, VENDORS AND OFFICE SUPPLIES"] == "asks"
