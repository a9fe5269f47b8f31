"""What a posting marks as a plus: an adverb after a comma qualifies its own phrase, a bracket holding only the
cue qualifies the whole item. Every posting and resume here is made up."""

from ai.local_engine import analyze

RESUME = """Dana Ruiz
Store Associate
EXPERIENCE
Sales Associate, Northside Outfitters, 2019 - Present
- Served 80 customers a day and ran the fitting rooms
"""

POSTING = """Store Manager
What You Bring
- 3+ years of retail management experience, preferably in apparel, and strong Microsoft Excel
- Counterbalance forklift licence (desirable)
- Active Secret clearance
"""


def _importance(result: dict) -> dict[str, str]:
    return {item["name"].lower(): item["importance"] for item in result["details"]["requirements"]}


def test_an_adverb_after_a_comma_makes_only_its_phrase_a_plus():
    importance = _importance(analyze(resume_text=RESUME, job_description=POSTING))

    assert importance["retail management"] == "required"
    assert importance["microsoft excel"] == "required"


def test_a_bracket_with_only_the_cue_makes_the_whole_item_a_plus():
    importance = _importance(analyze(resume_text=RESUME, job_description=POSTING))

    assert importance["counterbalance forklift licence"] == "preferred"


def test_a_security_clearance_is_a_credential_gap():
    result = analyze(resume_text=RESUME, job_description=POSTING)

    credentials = [
        i["term"] for i in result["details"]["missing_keywords_detail"] if i["category"] == "certification"
    ]
    assert "Active Secret clearance" in credentials
