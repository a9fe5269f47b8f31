"""A bracket of a product's editions ("dbt (Core or Cloud)", "Jira (Cloud or Data Center)") asks the product in
any edition: "Cloud" there is no skill of its own, and a resume's cloud work does not show the product. A
bracket of the product's parts ("AWS (EC2, S3)") is read as before. Every posting and resume here is made
up."""

from ai.local_engine import analyze
from ai.local_engine.tests.rows import requirement_rows

POSTING = (
    "Analytics Engineer\n\nRequirements\n- Hands-on dbt (Core or Cloud) in production\n"
    "- Strong SQL\n- Experience with Airflow\n"
)
CLOUD_RESUME = (
    "Lee Tan\n\nExperience\nData Engineer, Acme (2019 - present)\n"
    "- Ran 140 Airflow DAGs on Google Cloud feeding BigQuery, all in SQL\n"
)


def test_an_edition_in_the_bracket_is_no_requirement_and_does_not_show_the_product():
    result = analyze(resume_text=CLOUD_RESUME, job_description=POSTING)
    rows = {r["name"]: r for r in result["details"]["requirements"]}

    assert "Cloud" not in rows
    assert rows["dbt"]["status"] == "missing"
    assert "dbt" in result["missing_keywords"]


def test_the_parts_of_a_product_in_its_bracket_are_still_asked():
    rows = requirement_rows(
        resume=CLOUD_RESUME, posting="Cloud Engineer\n\nRequirements\n- AWS (EC2, S3)\n- Strong SQL\n"
    )

    assert "EC2" in rows
