"""A line that asks experience of a field and nothing else asks that field, however plain its word:
"• Manufacturing experience", "• Banking or fintech domain experience". Every posting and resume here is made
up."""

from ai.local_engine import analyze
from ai.local_engine.tests.rows import requirement_rows

POSTING = """Payroll Specialist
Cedar Ridge Foods, Fargo, ND

Responsibilities
• Run the biweekly payroll for 400 employees in ADP Workforce Now
• Reconcile payroll accounts and prepare quarterly tax filings

Requirements
• 2+ years of multi-state payroll experience
• Advanced Excel skills

Preferred
• Manufacturing experience
• Banking or fintech domain experience
• Some commercial or freelance bookkeeping experience
"""
RESUME = """Lee Park
Payroll Specialist, Prairie Credit Union, 2021 - present
- Ran the biweekly payroll for 250 staff in ADP Workforce Now across 3 states
- Reconciled payroll accounts in Excel and prepared quarterly 941 filings
- Handled payroll audits for a regional banking group's 12 branches
"""


def _rows() -> dict[str, dict]:
    details = analyze(resume_text=RESUME, job_description=POSTING)["details"]
    return {r["name"]: r for r in details["requirements"]}


def test_a_field_a_line_asks_experience_of_is_a_requirement():
    rows = _rows()

    assert rows["Manufacturing"]["kind"] == "hard_skill"
    assert rows["Manufacturing"]["status"] == "missing"
    assert rows["Manufacturing"]["importance"] == "preferred"


def test_either_field_named_on_the_line_is_one_requirement_met_by_either():
    rows = _rows()

    assert rows["Banking or fintech domain"]["status"] == "met"


def test_a_lone_adjective_of_a_field_is_no_requirement():
    assert "commercial" not in {name.lower() for name in _rows()}


def test_a_name_before_knowledge_and_a_slashed_field_before_experience_are_asked():
    posting = (
        POSTING + "• Tariff, import or Incoterms knowledge\n• Lean / continuous improvement experience\n"
    )
    rows = requirement_rows(resume=RESUME, posting=posting)

    assert rows["Incoterms"]["kind"] == "hard_skill"
    assert rows["Lean / continuous improvement"]["status"] == "missing"
