"""The hire's own growth that a job offers ("We encourage professional growth and career development") is
no skill asked; growing others' careers is a duty. Every posting and resume here is made up."""

import pytest

from ai.local_engine.tests.rows import requirement_names

RESUME = "Ana Ruiz\n\nExperience\nParalegal, Vance LLP (2020 - present)\n- Drafted 30 discovery responses\n"


@pytest.mark.parametrize(
    ("line", "growth"),
    [
        (
            "We encourage professional growth and career development and offer a yearly training budget.",
            "career",
        ),
        ("This contributes to fast personal development and career evolution.", "personal development"),
        ("You can count on mentoring, career coaching and a learning budget.", "career coaching"),
    ],
)
def test_growth_the_job_offers_its_hire_is_not_asked(line, growth):
    posting = f"Data Engineer\nRequirements:\n- 3+ years of Python and Airflow\n\n{line}\n"

    names = [name.lower() for name in requirement_names(resume=RESUME, posting=posting)]

    assert not [name for name in names if growth in name]
    assert "airflow" in names


def test_career_development_the_job_runs_for_employees_is_a_duty():
    duty = "- Lead performance reviews, succession planning and career development for 300 employees"

    names = requirement_names(resume=RESUME, posting=f"HR Business Partner\nResponsibilities:\n{duty}\n")

    assert "career development" in names


def test_career_development_of_the_team_one_builds_is_a_duty():
    duty = (
        "- Build and grow a team of engineers and analysts through coaching, feedback and career development"
    )

    names = requirement_names(resume=RESUME, posting=f"Engineering Manager\nResponsibilities:\n{duty}\n")

    assert "career development" in names
