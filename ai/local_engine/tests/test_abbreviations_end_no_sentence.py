"""A full stop after a common abbreviation ("inv.", "Dist.", "approx."), after a name's initial or inside a
bracket open on its line ends no sentence when more text follows on the line. Every text here is made up."""

from ai.local_engine.tests.rows import requirement_rows
from ai.local_engine.text import split_sentences

GROCERY = """Assistant Store Manager
Requirements
- Experience with scheduling and inventory control
- Handle customer complaints
"""
SHORTHAND = """Dana K. Whitfield
Experience
Assistant Manager, Lakeside Foods, Oakdale, 2018 - present
- Scheduling & inv. mgmt for 4 depts w/ the Dist. Mgr; cut spoilage 15% through daily audits
- Answered approx. 90 shoppers a day at the service desk
"""


def test_a_bullet_with_an_abbreviation_stays_one_sentence_of_work():
    row = requirement_rows(resume=SHORTHAND, posting=GROCERY)["scheduling"]

    assert (row["status"], row["context"]) == ("met", "experience")
    assert row["evidence"].endswith("cut spoilage 15% through daily audits")


def test_an_initial_a_title_abbreviation_and_an_open_bracket_end_no_sentence():
    text = (
        "NOAH P. FERREIRA\nSr. Buyer (exp. 2026 renewal) at Ft. Collins; referee: Prof. L. Amadi\n"
        "Coded it in C. Cut costs 9%.\nA. A degree; AND B. Two years in sales"
    )

    assert [s.text for s in split_sentences(text=text)] == [
        "NOAH P. FERREIRA",
        "Sr. Buyer (exp. 2026 renewal) at Ft. Collins; referee: Prof. L. Amadi",
        "Coded it in C.",
        "Cut costs 9%.",
        "A.",
        "A degree;",
        "AND B.",
        "Two years in sales",
    ]
