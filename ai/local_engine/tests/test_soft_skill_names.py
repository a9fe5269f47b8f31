"""A soft skill goes by the name the posting asks it under: being organised is organisational skills, and
prioritising is prioritisation (shown as time management is). Every posting and resume here is made up."""

from ai.local_engine.tests.rows import requirement_rows

POSTING = """Office Coordinator
Requirements
- Strong attention to detail and an organised approach to work
- Ability to prioritise competing demands
- Microsoft Excel
"""


def test_organised_is_organisational_skills_and_prioritising_is_prioritisation():
    resume = (
        "Jo Park\nOffice Coordinator, Acme, 2020 - present\n- Organised 30 board meetings a year\n"
        "- Prioritised requests from six managers every morning\n"
    )
    rows = requirement_rows(resume=resume, posting=POSTING)

    assert rows["Organisational skills"]["status"] == "met"
    assert rows["Prioritisation"]["status"] == "met"


def test_multitasking_is_a_soft_skill_asked_beside_organisation():
    posting = "Event Coordinator\nWhat you bring\n- Strong organisational and multitasking skills\n- Canva\n"
    rows = requirement_rows(
        resume="Amina Otieno\nEvent Coordinator, 2021 - present\n- Multitasking across 5 events a week\n",
        posting=posting,
    )

    multitasking = next(row for name, row in rows.items() if "multitask" in name.lower())
    assert multitasking["kind"] == "soft_skill"
    assert multitasking["status"] == "met"
