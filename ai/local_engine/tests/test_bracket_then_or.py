"""A product offered in place of another whose parts a bracket lists is one requirement, either one:
"Microsoft 365 (Outlook, Word, Excel) or Google Workspace". Every posting and resume here is made up."""

from ai.local_engine import analyze

POSTING = """Executive Assistant
What you'll bring
• 4+ years supporting a senior executive
• Expert in Microsoft 365 (Outlook, Word, Excel, PowerPoint) or Google Workspace
• Experience with an expense tool such as Concur
"""
RESUME = """Mia Lund
Executive Assistant to the CFO, Norrland Freight, 2019 - present
- Managed the CFO's calendar in Outlook and built board decks in PowerPoint
- Filed monthly expense reports in Concur
"""


def test_the_other_product_after_a_bracket_and_or_is_an_alternative():
    result = analyze(resume_text=RESUME, job_description=POSTING)
    rows = {r["name"]: r for r in result["details"]["requirements"]}

    assert rows["Microsoft 365"]["status"] == "met"
    assert "Google Workspace" in rows["Microsoft 365"]["alternatives"]
    assert "Google Workspace" not in rows
    assert "Google Workspace" not in result["missing_keywords"]
