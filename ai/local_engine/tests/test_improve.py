"""The rewrite is worth taking: an achievement sentence, cleaned, strengthened only where it fits."""

from ai.local_engine import analyze
from ai.local_engine.improve import METRIC_HINT, rewrite_sentence, strengthen

JOB = "Backend Engineer\nRequirements\n- Experience with Python, Docker and Kafka\n- Build APIs for video captions"
RESUME = """Sam Lee
sam@example.com | +1 555 010 2000
Objective
Seeking a challenging role as a backend engineer where I can grow my skills in Python.
Experience
Software Engineer, Google (2019 - 2024)
- Worked on the YouTube Captions team.
- Responsible for building caption APIs in Python that
  served video pages.
- Migrated 40 services to Docker containers in 2022.
Skills
Python, Docker, Kafka
"""


def test_a_weak_opening_is_replaced_only_where_the_verb_fits_its_object():
    assert strengthen(sentence="Worked on the YouTube Captions team.") == (
        "Worked on the YouTube Captions team",
        False,
    )
    assert strengthen(sentence="Responsible for managing the budget.") == ("Managed the budget", True)
    assert strengthen(sentence="Helped the support team with refunds.") == (
        "Supported the support team with refunds",
        True,
    )


def test_the_chosen_sentence_is_an_achievement_with_its_line_breaks_cleaned():
    result = analyze(resume_text=RESUME, job_description=JOB)
    assert result["sentence_to_improve"] == (
        "Responsible for building caption APIs in Python that served video pages."
    )
    assert result["recommended_improvement"] == (
        f"Built caption APIs in Python that served video pages, {METRIC_HINT}."
    )
    assert "\n" not in result["sentence_to_improve"]


def test_objectives_headers_and_contact_lines_are_never_chosen_when_an_achievement_exists():
    rewrites = analyze(resume_text=RESUME, job_description=JOB)["details"]["rewrites"]
    assert 1 <= len(rewrites) <= 3
    for item in rewrites:
        assert item["section"] in {"experience", "projects"}
        assert not item["sentence"].startswith(("Seeking", "Sam Lee", "sam@example.com"))


def test_no_figure_is_asked_for_where_the_sentence_has_one_or_nothing_could_be_measured():
    assert rewrite_sentence(text="Migrated 40 services to Docker containers in 2022.", proven_terms=[]) == (
        "Migrated 40 services to Docker containers in 2022.",
        (),
    )
    rewrite, reasons = rewrite_sentence(
        text="Passionate about clean code and open source.", proven_terms=["Python"]
    )
    assert rewrite == "Passionate about clean code and open source."
    assert reasons == ()


def test_woven_skills_come_from_the_resume_in_its_own_spelling():
    rewrite, reasons = rewrite_sentence(
        text="Built the billing service for 3 teams.", proven_terms=["k8s", "Postgres"]
    )
    assert rewrite == "Built the billing service for 3 teams using k8s and Postgres."
    assert reasons == ("skills the resume shows elsewhere, named where they were used",)


def test_no_tool_is_woven_into_work_with_people_and_tools_go_before_a_result_clause():
    mentoring, _ = rewrite_sentence(
        text="Mentored 3 junior engineers and set code review standards.", proven_terms=["Go"]
    )
    migration, _ = rewrite_sentence(
        text="Led migration of the billing service to microservices, improving uptime to 99.99%.",
        proven_terms=["Go", "Kubernetes"],
    )

    assert "Go" not in mentoring
    assert migration == (
        "Led migration of the billing service to microservices using Go and Kubernetes, improving uptime to "
        "99.99%."
    )
