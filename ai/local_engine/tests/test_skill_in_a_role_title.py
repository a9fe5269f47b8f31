"""A skill a role's own title names ("Senior Android Engineer, Cashwell, 2021 - present") is shown by the work
of that role, not by a bare list. Every posting and resume here is made up."""

from ai.local_engine import analyze

POSTING = """Senior Salesforce Administrator
- Maintain flows, validation rules and page layouts
- Build reports and dashboards for sales leaders
- 4+ years of Salesforce administration
"""

RESUME = """Jo Park
Experience
Salesforce Administrator, Brightline Health, 2020 - present
- Maintain 120 flows and validation rules and redesign page layouts for 300 users
- Build reports and dashboards for the sales leadership team
Salesforce Developer
Northwind Apps, 2018 - 2020
- Apex triggers and Lightning components
Skills
Excel, Jira
"""


def _salesforce(result: dict) -> dict:
    return next(r for r in result["details"]["requirements"] if r["name"].lower().startswith("salesforce"))


def test_a_skill_named_in_a_dated_role_title_counts_as_work():
    result = analyze(resume_text=RESUME, job_description=POSTING)

    salesforce = _salesforce(result)
    assert salesforce["status"] == "met"
    assert salesforce["context"] == "experience"


def test_a_short_title_line_over_its_dates_is_the_roles_title():
    resume = RESUME.replace(
        "Salesforce Administrator, Brightline Health, 2020 - present", "Operations Analyst"
    )

    result = analyze(resume_text=resume, job_description=POSTING)

    salesforce = _salesforce(result)
    assert salesforce["evidence"] == "Salesforce Developer"
    assert salesforce["context"] == "experience"


def test_a_title_in_pipes_with_its_dates_two_pieces_on_is_the_roles_title():
    resume = RESUME.replace(
        "Salesforce Administrator, Brightline Health, 2020 - present",
        "Salesforce Administrator | Brightline Health – Boston | 2020 – Present",
    ).replace(
        "Salesforce Developer\nNorthwind Apps, 2018 - 2020", "Operations Analyst\nNorthwind Apps, 2018 - 2020"
    )

    result = analyze(resume_text=resume, job_description=POSTING)

    salesforce = _salesforce(result)
    assert salesforce["evidence"] == "Salesforce Administrator"
    assert salesforce["context"] == "experience"


def test_a_title_then_its_employer_and_place_over_its_dates_is_the_roles_title():
    resume = RESUME.replace(
        "Salesforce Administrator, Brightline Health, 2020 - present", "Operations Analyst, 2020 - present"
    ).replace(
        "Salesforce Developer\nNorthwind Apps, 2018 - 2020",
        "Salesforce Developer II — Northwind Apps Ltd, Boston, MA\n2018 – 2020",
    )

    result = analyze(resume_text=resume, job_description=POSTING)

    salesforce = _salesforce(result)
    assert salesforce["evidence"] == "Salesforce Developer II — Northwind Apps Ltd, Boston, MA"
    assert salesforce["context"] == "experience"


def test_a_long_line_over_dates_without_a_short_title_first_stays_a_list():
    resume = RESUME.replace(
        "Salesforce Administrator, Brightline Health, 2020 - present", "Operations Analyst, 2020 - present"
    ).replace(
        "Salesforce Developer\nNorthwind Apps, 2018 - 2020",
        "Salesforce Apex Lightning Visualforce SOQL Flows Heroku Tableau\n2018 – 2020",
    )

    result = analyze(resume_text=resume, job_description=POSTING)

    salesforce = _salesforce(result)
    assert salesforce["context"] != "experience"


def test_a_title_in_pipes_with_its_dates_three_pieces_on_is_the_roles_title():
    resume = RESUME.replace(
        "Salesforce Administrator, Brightline Health, 2020 - present",
        "Salesforce Administrator | Brightline Health | Boston, MA | Jan 2020 – Present",
    ).replace(
        "Salesforce Developer\nNorthwind Apps, 2018 - 2020", "Operations Analyst\nNorthwind Apps, 2018 - 2020"
    )

    result = analyze(resume_text=resume, job_description=POSTING)

    salesforce = _salesforce(result)
    assert salesforce["evidence"] == "Salesforce Administrator"
    assert salesforce["context"] == "experience"
