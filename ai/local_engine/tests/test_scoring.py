"""The score is comparable across postings and cannot be gamed; what the engine cannot read, it says."""

import pytest

from ai.local_engine import analyze
from ai.local_engine.score import WEIGHTS
from ai.local_engine.tests.test_requirements import POSTING, RESUME

THIN_POSTING = "Software Engineer\nWe are hiring a software engineer. Python is a plus."

CHEF = """Marco Rossi
Head Chef

Summary
Chef with 12 years of experience in professional kitchens.

Experience
Head Chef, Trattoria Roma (2012 - 2024)
- Ran a kitchen of 14 cooks serving 300 covers a night.
- Designed seasonal menus and cut food waste by 20%.
"""

SOFTWARE_POSTING = """Backend Developer
Requirements
- 5+ years of experience in software development
- Experience with Python and PostgreSQL
"""


def test_the_weights_are_fixed_and_sum_to_one():
    result = analyze(resume_text=RESUME, job_description=POSTING)
    shown = result["details"]["sub_scores"]
    assert {name: part["weight"] for name, part in shown.items()} == WEIGHTS
    assert sum(WEIGHTS.values()) == pytest.approx(1.0)
    assert sum(part["points"] for part in shown.values()) == pytest.approx(result["match_score"], abs=1)


def test_each_requirement_shows_how_its_points_were_earned():
    requirements = analyze(resume_text=RESUME, job_description=POSTING)["details"]["requirements"]
    assert requirements
    for item in requirements:
        assert item["weight"] > 0
        assert item["status"] in {"met", "partial", "missing"}
        assert (item["evidence"] == "") == (item["status"] == "missing")


def test_a_thin_posting_is_not_easier_to_score_high_on():
    detailed = analyze(resume_text=RESUME, job_description=POSTING)["match_score"]
    thin = analyze(resume_text=RESUME, job_description=THIN_POSTING)["match_score"]
    assert thin < detailed


def test_stuffing_the_missing_keywords_as_a_bare_list_gains_little():
    before = analyze(resume_text=RESUME, job_description=POSTING)
    stuffed = RESUME + "\n" + ", ".join(before["missing_keywords"] + ["Kubernetes", "Terraform"])
    after = analyze(resume_text=stuffed, job_description=POSTING)
    assert after["match_score"] - before["match_score"] <= 10


def test_a_bare_keyword_list_without_experience_scores_low():
    names = "\n".join(
        r["name"] for r in analyze(resume_text="", job_description=POSTING)["details"]["requirements"]
    )
    assert analyze(resume_text=names, job_description=POSTING)["match_score"] <= 40


def test_the_posting_pasted_as_a_resume_earns_nothing_and_is_told_so():
    result = analyze(resume_text=POSTING, job_description=POSTING)
    assert result["match_score"] <= 35
    assert result["details"]["copied_from_job_description"] >= 0.5
    assert "repeats the job description" in result["reasoning"]


def test_years_count_only_roles_relevant_to_the_posting():
    details = analyze(resume_text=CHEF, job_description=SOFTWARE_POSTING)["details"]
    assert details["years_in_resume"] == 12
    assert details["relevant_years"] is None
    assert details["sub_scores"]["experience"]["score"] == 0


def test_relevant_years_come_from_the_roles_that_show_the_skills():
    details = analyze(resume_text=RESUME, job_description=POSTING)["details"]
    assert details["relevant_years"] == 7


def test_a_pair_the_engine_cannot_read_gets_a_warning_not_a_silent_score():
    job = (
        "Desarrollador backend\nBuscamos un desarrollador con experiencia en Python, Django y Kubernetes. "
        "Inglés fluido. Ofrecemos trabajo remoto y un equipo joven en nuestra oficina de Madrid."
    )
    resume = (
        "Experiencia\n- Desarrollé servicios en Python y Django para una empresa de logística en Sevilla."
    )
    result = analyze(resume_text=resume, job_description=job)
    assert result["details"]["language"] == {"resume": "es", "job_description": "es"}
    assert any("Spanish" in warning for warning in result["details"]["warnings"])
    assert result["reasoning"].startswith("This analysis is unreliable")
    names = [r["name"] for r in result["details"]["requirements"]]
    assert "Python" in " ".join(names) and "Kubernetes" in " ".join(names)
    assert not any(name.endswith("s fluido") for name in names)


def test_accented_words_stay_whole():
    job = "Requirements\n- Experience with Kafka\n- Based in our Zürich office"
    names = [r["name"] for r in analyze(resume_text="", job_description=job)["details"]["requirements"]]
    assert names == ["Kafka"]


def test_a_word_hyphenated_across_a_line_break_reads_as_one_word():
    joined = analyze(resume_text=RESUME, job_description=POSTING.replace("communication", "communi-\ncation"))
    assert joined == analyze(resume_text=RESUME, job_description=POSTING)


COO_POSTING = """Chief Operating Officer
Run day-to-day operations and lead the transformation of a media group.
You: 10+ years of leadership, including as a senior executive."""


def executive(*, title: str) -> str:
    return f"""Ann Lee
Experience
{title}
Northwind Media, 2012 - 2024
- Acquired two companies and tripled mobile revenue."""


def test_years_in_a_role_of_the_postings_kind_count_though_no_requirement_names_them():
    ceo = analyze(resume_text=executive(title="President & CEO"), job_description=COO_POSTING)["details"]
    chef = analyze(resume_text=executive(title="Head Chef"), job_description=COO_POSTING)["details"]
    assert (ceo["years_in_resume"], ceo["relevant_years"]) == (12, 12)
    assert (chef["years_in_resume"], chef["relevant_years"]) == (12, None)
    assert ceo["sub_scores"]["experience"]["score"] == 100 > chef["sub_scores"]["experience"]["score"]


def test_a_date_range_with_abbreviated_months_is_one_range():
    resume = "Experience\nDevOps Engineer Sep. 2016 - Mar. 2024\n- Ran Kubernetes clusters on AWS."
    details = analyze(resume_text=resume, job_description="DevOps Engineer\nKubernetes and AWS.")["details"]
    assert details["years_in_resume"] == 7.6  # September 2016 to March 2024


def test_years_are_not_relevant_to_a_posting_without_a_title_when_no_role_shows_its_skills():
    untitled = SOFTWARE_POSTING.replace("Backend Developer\n", "We are a fintech startup in Berlin.\n")
    details = analyze(resume_text=CHEF, job_description=untitled)["details"]
    assert details["job_title"] is None
    assert details["relevant_years"] is None
    assert details["sub_scores"]["experience"]["score"] == 0


def test_a_posting_with_neither_title_nor_skills_scores_experience_from_the_text():
    vague = "Hiring now! Friendly people wanted for all shifts. Apply in store."
    parts = analyze(resume_text=CHEF, job_description=vague)["details"]["sub_scores"]
    assert parts["experience"]["score"] == parts["text_similarity"]["score"] < 100


def test_the_last_achievement_of_a_relevant_job_does_not_make_the_job_below_it_relevant():
    resume = (
        "Experience\nData Engineer, Acme  2021 - 2023\nBuilt Airflow pipelines in Python.\n"
        "Barista, Beta Cafe  2015 - 2020\nServed coffee to commuters.\n"
    )
    details = analyze(resume_text=resume, job_description="Data Engineer\nPython and Airflow.")["details"]
    assert (details["years_in_resume"], details["relevant_years"]) == (7, 2)
