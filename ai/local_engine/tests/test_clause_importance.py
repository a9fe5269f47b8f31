"""What each clause of a run-on sentence asks: a paragraph pasted without bullets names required and preferred
things in one sentence, and each keeps its own cue ("X is required and Y is preferred, ... must have Z ...; W
is a plus, as is V"); "data-led" asks no leadership. Every posting and resume here is made up."""

from ai.local_engine.tests.rows import requirement_rows

RUN_ON = """Shift Supervisor
WHAT YOU NEED
A high school diploma is required and an associate degree in logistics is preferred, along with three years of \
supervisory experience, and candidates must have working knowledge of Microsoft Excel and Outlook for reporting; \
Lean Six Sigma Yellow Belt is a plus, as is the ability to speak Spanish.
"""
DENTAL = """Dental Assistant
Requirements
- Arizona Dental Radiography Certificate (required) and Coronal Polishing certificate (preferred)
- Experience with Dentrix and insurance claims is desirable
"""
NEWSROOM = """Data Reporter
You need: a portfolio of data-led stories and solid statistics.
"""


def test_each_clause_of_a_run_on_sentence_keeps_its_own_cue():
    rows = requirement_rows(resume="Jo\nSupervisor", posting=RUN_ON)
    importance = {name: row["importance"] for name, row in rows.items()}

    assert importance["Microsoft Excel"] == "required"
    assert importance["Spanish"] == "preferred"
    assert next(v for k, v in importance.items() if "Yellow Belt" in k) == "preferred"


def test_a_bracketed_cue_and_a_cue_after_and_go_with_their_clause():
    rows = requirement_rows(resume="Jo\nAssistant", posting=DENTAL)

    assert next(r for k, r in rows.items() if "Radiography" in k)["importance"] == "required"
    assert rows["Dentrix"]["importance"] == "preferred"


def test_data_led_asks_no_leadership():
    assert "Leadership" not in requirement_rows(resume="Jo\nReporter", posting=NEWSROOM)


def test_bilingualism_asks_each_language():
    posting = "Operations Coordinator\nRequirements\n- 3+ years in logistics\n- Bilingualism (English and French) is an asset\n"
    rows = requirement_rows(resume="Jo\nFluent English", posting=posting)

    assert rows["English"]["status"] == "met"
    assert rows["French"]["status"] == "missing"
