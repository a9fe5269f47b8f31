"""A duty whose objects share their last words is one duty, named as the posting names it ("Perform water and
sewer calculations"), not a dangling "Perform water" beside "sewer calculations". Lists of skills and
objects that name things of their own stay apart. Every posting and resume here is made up."""

from ai.local_engine.tests.rows import requirement_names, requirement_rows

POSTING = """Site Engineer – Drainage (Permanent)
Northvale Water is hiring a site engineer for its growing capital programme.

Responsibilities
- Perform storm and foul drainage calculations for new estates
- Troubleshoot electrical, hydraulic and mechanical faults on pumping stations
- Greet visitors and issue permits to work
- Prepare weekly progress reports for the project manager

Requirements
- 3+ years in drainage or water engineering
- AutoCAD and Civil 3D
- Reading and math instruction for apprentices
"""
RESUME = """Ana Silva
Experience
Engineer, Ridge Consulting, 2019 - present
- Designed foul drainage networks for 3 estates
- Repaired hydraulic faults at pumping stations
"""


def _names() -> list[str]:
    return requirement_names(resume=RESUME, posting=POSTING)


def test_a_duty_over_shared_words_is_one_duty_named_whole():
    names = _names()

    assert "Perform storm and foul drainage calculations" in names
    assert "Troubleshoot electrical, hydraulic and mechanical faults" in names
    assert not {
        "Perform storm",
        "foul drainage calculations",
        "Troubleshoot electrical",
        "mechanical faults",
    } & set(names)


def test_things_of_their_own_stay_apart():
    names = _names()

    assert "AutoCAD" in names and "Civil 3D" in names
    assert "hydraulic" in names  # a known skill inside the duty is also read alone
    assert "Greet visitors" in names and "permits to work" in names  # a practice area, named as itself
    assert "math instruction" in names


def test_a_verb_whose_object_is_the_next_verbs_is_one_duty():
    posting = POSTING.replace(
        "- Greet visitors and issue permits to work\n",
        "- Greet visitors and issue permits to work\n"
        "- Configuring and supporting Cisco Catalyst switches and ISR routers, Meraki and FortiGate firewalls\n",
    )
    names = requirement_names(resume=RESUME, posting=posting)

    assert "Configuring and supporting Cisco Catalyst switches" in names
    assert "Configuring" not in names


def test_slashed_acronyms_are_a_skill_not_a_duty():
    posting = POSTING.replace(
        "- AutoCAD and Civil 3D\n", "- AutoCAD and Civil 3D\n- Strong TCP/IP and DNS knowledge\n"
    )
    rows = requirement_rows(resume=RESUME, posting=posting)

    assert rows["TCP/IP"]["kind"] == "hard_skill"
