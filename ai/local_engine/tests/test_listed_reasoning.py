"""The reasoning tells a bare list apart from shown work: "shows 0 of 3 ..., and lists 3 more", and asks to
show a listed skill at work only where it was used."""

from ai.local_engine import analyze

POSTING = "Data Engineer\nRequirements\n- Python\n- Apache Airflow\n- Snowflake\n"


def test_a_resume_that_only_lists_the_skills_is_not_said_to_show_them():
    resume = "Jo Bell\nExperience\nHotel Clerk, Inn Ltd, 2019 - present\n- Checked in guests\nSkills: Python, Apache Airflow, Snowflake\n"

    reasoning = analyze(resume_text=resume, job_description=POSTING)["reasoning"]

    assert (
        "The resume shows 0 of 3 skills and qualifications the job asks for, and lists 3 more." in reasoning
    )
    assert "appear only in a list; where you have used them, show them in an experience" in reasoning


def test_skills_shown_at_work_are_counted_as_shown():
    resume = (
        "Jo Bell\nExperience\nData Engineer, Acme, 2019 - present\n"
        "- Built Apache Airflow pipelines in Python that load Snowflake\n"
    )

    reasoning = analyze(resume_text=resume, job_description=POSTING)["reasoning"]

    assert "The resume shows 3 of 3 skills and qualifications the job asks for (e.g." in reasoning
    assert "lists" not in reasoning
