"""What a duration of experience is asked in is asked: "2+ yrs manual testing of web apps" asks manual testing,
named without the figure. Every posting and resume here is made up."""

from ai.local_engine.tests.rows import requirement_names, requirement_rows

POSTING = """Manual QA Tester – Cape Town
2+ yrs manual testing of web & mobile apps; writing test cases, Jira, regression.
Email CV to talent@example.com
"""
RESUME = """Thandi Mokoena
QA Tester, Karoo Apps, 2022 - present
- Ran manual testing of 4 banking apps each sprint and logged defects in Jira
"""


def _names() -> list[str]:
    return requirement_names(resume=RESUME, posting=POSTING)


def test_the_work_a_duration_is_asked_in_is_a_requirement_named_without_the_figure():
    rows = requirement_rows(resume=RESUME, posting=POSTING)

    assert rows["manual testing"]["status"] == "met"
    assert not [name for name in _names() if "yrs" in name]
