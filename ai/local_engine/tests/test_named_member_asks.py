"""A phrase that names one thing before its category's words ("Bash scripting", "Oracle database") asks for
that thing, not any member of the category: Node.js shows no Bash, while "Oracle" still shows the Oracle
database, and a plain category ("scripting") is met by any of its members. Every posting and resume here is
made up."""

from ai.local_engine.tests.rows import requirement_rows

RESUME = """Tomas Reyes
Experience
Platform Engineer, Northwind Freight, 2019 - present
- Implemented 14 API services in Node.js on AWS Lambda
- Tuned Oracle queries behind the billing reports, cutting run time by 40%
"""


def test_a_named_scripting_language_is_not_met_by_another_one():
    rows = requirement_rows(resume=RESUME, posting="Platform Engineer\nRequirements:\n- Bash scripting\n")

    assert rows["Bash scripting"]["status"] == "missing"


def test_the_named_thing_or_a_plain_category_is_met():
    rows = requirement_rows(
        resume=RESUME, posting="Platform Engineer\nRequirements:\n- Oracle database\n- Scripting\n"
    )

    assert rows["Oracle database"]["status"] == "met"
    assert rows["Scripting"]["status"] == "met"
