"""A one-word modifier joined by "and" to a modifier-and-noun shares the noun ("hand and power tools",
"title and judgment searches"): the posting's whole phrase is the requirement, not the last kind alone. Two
things listed ("planograms and seasonal sets"), two fields ("safety and food hygiene") and a line's verbs stay
apart. Every posting here is made up."""

from ai.local_engine.tests.rows import requirement_names

POSTING = """Maintenance Technician - Riverside Plant
Riverside Foods is hiring a maintenance technician for its night shift.

Requirements
- Working knowledge of hand and power tools.
- Experience with electrical and hydraulic systems on packing lines.
- Keep drawings and cleaning schedules up to date.
"""
RESUME = """Sam Ortega
Experience
Technician, Delta Mills, 2020 - present
- Kept the packing lines running with power tools
"""


def _names() -> list[str]:
    return requirement_names(resume=RESUME, posting=POSTING)


def test_a_modifier_before_and_shares_the_noun():
    names = _names()

    assert "hand and power tools" in names
    assert "power tools" not in names


def test_a_plural_before_and_is_a_thing_of_its_own():
    assert not any(name.startswith("drawings and") for name in _names())
