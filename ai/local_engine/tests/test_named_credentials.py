"""Credentials known by their body's letters are asked however a line ends: "ISTQB Foundation advantageous"
is the ISTQB Foundation, preferred; "IOSH Managing Safely (NEBOSH desirable)" asks IOSH and, less, NEBOSH;
"a TMS (Kyriba preferred)" still names an example of a kind. Every posting and resume here is made up."""

from ai.local_engine.tests.rows import requirement_rows

POSTING = """Test Analyst – Leeds
Requirements
- 2+ yrs manual testing of web apps; writing test cases in Jira
- ISTQB Foundation advantageous
- IOSH Managing Safely (NEBOSH desirable)
- Experience with a TMS (Kyriba preferred)
"""
RESUME = """Ayo Bello
Test Analyst, Calder Bank, 2021 - present
- Wrote 300 test cases in Jira and ran manual testing of the web banking app
- Reconciled payments in the bank's GTreasury TMS
Certifications: IOSH Managing Safely (2022)
"""


def test_a_credential_named_by_its_body_is_asked_without_the_cue_word():
    rows = requirement_rows(resume=RESUME, posting=POSTING)

    assert rows["ISTQB Foundation"]["kind"] == "certification"
    assert rows["ISTQB Foundation"]["importance"] == "preferred"
    assert rows["ISTQB Foundation"]["status"] == "missing"


def test_a_credential_wanted_less_in_brackets_is_its_own_requirement():
    rows = requirement_rows(resume=RESUME, posting=POSTING)

    assert rows["IOSH Managing Safely"]["status"] == "met"
    assert rows["NEBOSH"]["importance"] == "preferred"
    assert rows["NEBOSH"]["status"] == "missing"
    assert "Kyriba" not in rows


NURSE = """Licensed Practical Nurse
Requirements
- Current LPN license
- CPR certification (BLS) required
"""


def test_one_credential_in_a_bracket_after_a_kind_of_certification_is_the_kind_held():
    rows = requirement_rows(
        resume="Certifications\nBLS - American Heart Association, exp 2026", posting=NURSE
    )

    assert rows["CPR certification (BLS)"]["status"] == "met"


SUPERVISOR = """Food & Beverage Supervisor
Requirements
- Current NSW RSA and RCG competency cards
- 2+ years supervising a busy bar
"""


def test_each_card_of_a_pair_of_cards_is_asked():
    rows = requirement_rows(resume="Certificates\nRSA (NSW) competency card, 2022", posting=SUPERVISOR)

    assert rows["NSW RSA certification"]["status"] == "met"
    assert rows["RCG competency cards"]["status"] == "missing"
