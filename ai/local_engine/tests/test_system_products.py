"""A product named before the kind of system it is ("Toast POS", "Opera PMS") is that product, met by its own
name ("split checks on Toast") or by the system's kind. Every posting and resume here is made up."""

from ai.local_engine.tests.rows import requirement_rows

POSTING = """Front Desk Agent
Requirements
- Experience with Opera PMS
- Toast POS experience preferred
"""


def test_a_systems_product_is_met_by_its_own_name():
    rows = requirement_rows(
        resume="Jo Kim\nFront Desk Agent, Harbour Hotel, 2020 - present\n- Checked in 80 guests a day on Opera",
        posting=POSTING,
    )

    assert rows["Opera PMS"]["status"] == "met"
    assert rows["Toast POS"]["status"] == "missing"
