"""A known tool written in lower case as a coined word ("dbt", "npm") is asked like a capitalised one, and
extract-load tools (Fivetran, Airbyte) show ELT work; "pm" of "5 pm" is no tool. Every posting and resume here
is made up."""

from ai.local_engine import analyze

POSTING = """Analytics Engineer
What you'll do
- Own our dbt models on Snowflake, from staging to marts
- Build and maintain ELT pipelines with Fivetran and Airflow
- Join the team standup at 5 pm on Fridays
"""

RESUME = """Maya Chen
Experience
Analytics Engineer, Paystream, 2022 - present
- Rebuilt the company's dbt project (400 models) on Snowflake
- Loaded 30 sources with Fivetran and scheduled jobs in Airflow
"""


def test_a_coined_lower_case_tool_is_asked_and_a_loader_shows_elt():
    result = analyze(resume_text=RESUME, job_description=POSTING)

    requirements = {r["name"]: r for r in result["details"]["requirements"]}
    assert requirements["dbt"]["status"] == "met"
    assert requirements["ELT"]["status"] == "met"
    assert "pm" not in {name.lower() for name in requirements}


def test_a_coined_tool_the_resume_lacks_is_missing():
    resume = RESUME.replace("the company's dbt project (400 models)", "400 SQL views")

    result = analyze(resume_text=resume, job_description=POSTING)

    assert "dbt" in result["missing_keywords"]
