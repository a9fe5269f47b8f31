"""A line of items between bars starts sentences of its own even when its first item is in lower case
("front desk | night audit"): it is a list, not the end of the line above. Every posting and resume here is
made up."""

from ai.local_engine import analyze
from ai.local_engine.text import split_sentences

_POSTING = """Hotel Front Desk Supervisor
Requirements:
- Two years on a hotel front desk
- Night audit and cash handling
"""

_RESUME = """Kim Ortega
kim.ortega@example.com

Experience
Warehouse Picker, Fastline Logistics, 2021 - present
Picked and packed 300 orders a shift"""


def test_a_lower_case_bar_line_is_not_glued_to_the_line_above() -> None:
    texts = [s.text for s in split_sentences(text="Picked orders\nfront desk | night audit")]
    assert texts == ["Picked orders", "front desk", "night audit"]


def test_keywords_stuffed_between_bars_after_the_last_line_are_only_listed() -> None:
    stuffed = _RESUME + "\nfront desk | night audit | cash handling\n"
    result = analyze(resume_text=stuffed, job_description=_POSTING, semantic=False)
    assert [r["name"] for r in result["details"]["requirements"] if r["status"] == "met"] == []
