"""Registrations or clearances the job handles for others ("Manage student registrations", "Lodge bond
registrations") are duties, not credentials the applicant must hold; an acronym that spells a phrase's "and"
("IPAC") is that phrase. Every posting and resume here is made up."""

from ai.local_engine.tests.rows import requirement_rows

POSTING = """School Office Administrator
Requirements
- Manage student registrations and transfers in the student information system
- Current HCPC registration
- Active Secret clearance
"""
RESUME = """Dana Price
Experience
Office Administrator, Maple Ridge Secondary School, 2019 - present
- Registered 300 new students a year and processed their transfers
"""


def test_registrations_handled_for_others_are_no_credential():
    rows = requirement_rows(resume=RESUME, posting=POSTING)

    assert rows["Manage student registrations"]["kind"] == "responsibility"
    assert rows["Active Secret clearance"]["kind"] == "certification"


def test_an_acronym_spelling_its_and_is_the_phrase_it_spells():
    rows = requirement_rows(
        resume=RESUME,
        posting="Personal Support Worker\nRequirements\n- Follow infection prevention and control (IPAC) practices",
    )

    assert "IPAC" not in rows
