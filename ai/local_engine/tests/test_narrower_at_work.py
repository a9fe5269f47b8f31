"""A thing named only in a skills list but shown at work by a narrower one ("Python" under Skills, "Built
Django services" in a job) is shown at work; Salesforce's clouds are its products, not sales or a cloud. Every
posting and resume here is made up."""

from ai.local_engine import analyze

POSTING = """Backend Developer
Requirements
- 3+ years of Python
- SQL and Git
"""

RESUME = """Sam Lee
Experience
Backend Developer, Ledgerly, 2020 - present
- Built Django services for invoice billing used by 4,000 firms
Skills
Python, SQL, Excel, Git, Jira
"""


def _requirement(result: dict, name: str) -> dict:
    return next(r for r in result["details"]["requirements"] if r["name"].lower() == name)


def test_a_name_listed_under_skills_is_shown_at_work_by_a_narrower_thing():
    python = _requirement(analyze(resume_text=RESUME, job_description=POSTING), "python")

    assert python["status"] == "met"
    assert python["via"] == "narrower"
    assert python["context"] == "experience"
    assert python["credit"] == 0.9


def test_a_name_listed_under_skills_with_nothing_narrower_at_work_earns_list_credit():
    resume = RESUME.replace("Built Django services", "Answered phone calls")

    python = _requirement(analyze(resume_text=resume, job_description=POSTING), "python")

    assert python["context"] == "list"
    assert python["credit"] == 0.4


SALESFORCE_POSTING = """Salesforce Administrator
- Own the configuration of our Sales Cloud and Service Cloud orgs (350 users)
- 2+ years of Salesforce administration
"""


def test_salesforce_clouds_are_products_not_sales_or_a_cloud():
    resume = (
        "Kim Ode\nExperience\nCRM Analyst, Nutmeg Mutual, 2021 - present\n"
        "- Administer Sales Cloud and Service Cloud for 280 agents\n"
    )

    result = analyze(resume_text=resume, job_description=SALESFORCE_POSTING)

    names = {r["name"].lower(): r for r in result["details"]["requirements"]}
    assert "sales" not in names and "cloud" not in names
    assert names["sales cloud"]["status"] == "met"
    assert names["salesforce"]["via"] == "narrower"
    assert names["salesforce"]["context"] == "experience"
