"""The words-only reading a model's prompt is built from shows what the full words-only analysis would."""

import json

import pytest

from ai.base import AnalysisInput
from ai.google_genai.prompt import build_user_message, read_user_message
from ai.grounded import grounded_input, quick_grounding
from ai.local_engine import analyze
from ai.validation import validate_analysis

PAIRS = [
    (
        "Experience\n- Built payment services in Python for 3 banks.\n"
        "- Ran the message bus (Apache Kafka) for the payments team.\n",
        "Backend Engineer\nRequirements\n- Experience with Python and Redis\n- Experience with Kafka\n"
        "- Bachelor's degree in Computer Science\nNice to have: Terraform, AWS\n",
    ),
    (
        "Registered nurse, 6 years on a surgical ward. Fluent in Spanish.\n"
        "Skills: patient care, wound care, EPIC charting",
        "Charge Nurse (nights)\nWe need a registered nurse with 5+ years of acute care experience, "
        "BLS and ACLS certification, and strong communication skills. Bilingual English/Spanish preferred.\n"
        "Apply at jobs@hospital.example.org",
    ),
    ("Line cook at a bistro for 12 years.", "Python developer with Django, Kubernetes and Terraform."),
]


def _from_full_words_only_analysis(analysis_input: AnalysisInput):
    analysis = analyze(
        resume_text=analysis_input.resume_text,
        job_description=analysis_input.job_description,
        semantic=False,
    )
    validated = validate_analysis(
        text=json.dumps(analysis), job_description=analysis_input.job_description, details_max_bytes=65536
    )
    return grounded_input(analysis_input=analysis_input, local=validated).grounding


@pytest.mark.parametrize(("resume", "job"), PAIRS)
def test_it_grounds_the_prompt_as_the_full_words_only_analysis_would(resume, job):
    analysis_input = AnalysisInput(resume_text=resume, job_description=job)
    quick = quick_grounding(analysis_input=analysis_input, details_max_bytes=65536).grounding
    full = _from_full_words_only_analysis(analysis_input)
    assert quick.requirements  # every pair asks for something
    assert quick.prompt_block() == full.prompt_block()
    assert (quick.score, quick.missing_keywords, quick.requirements) == (
        full.score,
        full.missing_keywords,
        full.requirements,
    )


def test_the_prompt_carries_the_requirements_block():
    resume, job = PAIRS[0]
    grounded = quick_grounding(
        analysis_input=AnalysisInput(resume_text=resume, job_description=job), details_max_bytes=65536
    )
    message = build_user_message(
        resume_text=resume, job_description=job, requirements=grounded.grounding.prompt_block()
    )
    block = json.loads(read_user_message(message)["engine_requirements"])
    assert {r["name"] for r in block["requirements"]} >= {"Python", "Redis", "Kafka"}
    assert "Redis" in block["missing_keywords"]


def test_a_failing_reading_leaves_the_prompt_ungrounded(monkeypatch):
    def broken(**_: object) -> dict:
        raise RuntimeError("boom")

    monkeypatch.setattr("ai.grounded.grounding_facts", broken)
    analysis_input = AnalysisInput(resume_text="Python developer", job_description="Python developer")
    assert quick_grounding(analysis_input=analysis_input, details_max_bytes=65536) is analysis_input
