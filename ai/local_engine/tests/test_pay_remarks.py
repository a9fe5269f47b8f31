"""A bracket remarking on the pay for what a line asks does not make the line a perk: "Bilingual
English/Spanish (pay incentive of $1.00/hour after testing)" asks Spanish. A line of pay stays pay. Every
posting and resume here is made up."""

from ai.local_engine.tests.rows import requirement_rows

POSTING = """911 Dispatcher
Minimum qualifications
- High school diploma or GED
- Two years of experience in a 911 center
Preferred
- Bilingual English/Spanish (pay incentive of $1.00/hour after testing)
- Shift differential ($2.00/hour for nights)
"""
RESUME = """Dana Ruiz
Dispatcher, Lakeview 911 Center, 2021 - present
- Answered 911 calls and dispatched police, fire and EMS units
Languages: English, Spanish (native)
"""


def test_a_pay_remark_in_brackets_leaves_the_ask():
    rows = requirement_rows(resume=RESUME, posting=POSTING)

    assert rows["Spanish"]["kind"] == "language"
    assert rows["Spanish"]["importance"] == "preferred"
    assert rows["Spanish"]["status"] == "met"
    assert not [name for name in rows if "differential" in name.lower()]


def test_a_sentence_of_pay_after_a_full_stop_is_its_own_and_leaves_the_ask_before_it():
    posting = (
        "RVT wanted - Burlington, ON\nStrong anaesthesia and lab skills needed; ezyVet experience an asset. "
        "$26-$31/hr + CE allowance, uniforms, pet care discount. Email resume to jobs@example.com\n"
    )
    resume = "Kim Lo, RVT\n- Booked 40 appointments a day and kept records in ezyVet\n"
    rows = requirement_rows(resume=resume, posting=posting)

    assert rows["ezyVet"]["importance"] == "preferred"
    assert rows["ezyVet"]["status"] == "met"


def test_a_sum_beside_a_currency_code_is_pay():
    posting = (
        "Java Developer\n\n"
        "B2B: 18 000 – 24 000 PLN net + VAT / month\n"
        "Employment contract: CHF 95,000 gross per year\n\n"
        "Must have\n- Java and Spring Boot\n- PHP 8 or Python\n"
    )
    rows = requirement_rows(resume="Java developer since 2018.", posting=posting)

    assert not [name for name in rows if {"PLN", "CHF", "VAT", "net", "gross"} & set(name.split())]
    assert "Java" in rows
    assert any("PHP" in name for name in rows)
