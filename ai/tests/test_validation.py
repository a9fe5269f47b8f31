import json
from typing import Any

import pytest

from ai.errors import InvalidModelOutput
from ai.validation import validate_analysis

JOB = "Senior engineer: Python, Kubernetes (k8s), CI/CD pipelines, REST APIs and PostgreSQL."


def answer(**overrides: Any) -> str:
    data = {
        "match_score": 61,
        "missing_keywords": ["Kubernetes"],
        "sentence_to_improve": "Worked on services.",
        "recommended_improvement": "Built Python services.",
        "reasoning": "Good Python, no Kubernetes.",
        **overrides,
    }
    return json.dumps(data)


def test_it_returns_the_five_fields_in_order() -> None:
    analysis = validate_analysis(text=answer(), job_description=JOB)
    assert analysis == {
        "match_score": 61,
        "missing_keywords": ["Kubernetes"],
        "sentence_to_improve": "Worked on services.",
        "recommended_improvement": "Built Python services.",
        "reasoning": "Good Python, no Kubernetes.",
    }


def test_it_keeps_details_and_drops_unknown_keys() -> None:
    analysis = validate_analysis(text=answer(details={"sub_scores": []}, extra="x"), job_description=JOB)
    assert analysis["details"] == {"sub_scores": []}
    assert "extra" not in analysis


def test_it_deduplicates_keywords_case_insensitively_keeping_the_first_spelling() -> None:
    text = answer(missing_keywords=["Kubernetes", "kubernetes ", "PostgreSQL", "KUBERNETES"])
    assert validate_analysis(text=text, job_description=JOB)["missing_keywords"] == [
        "Kubernetes",
        "PostgreSQL",
    ]


def test_it_drops_keywords_the_job_description_does_not_mention() -> None:
    text = answer(missing_keywords=["Terraform", "k8s", "CI/CD", "REST API", "Go", "ci cd pipeline"])
    kept = validate_analysis(text=text, job_description=JOB)["missing_keywords"]
    assert kept == ["k8s", "CI/CD", "REST API", "ci cd pipeline"]


def test_it_accepts_a_whole_float_score_as_an_int() -> None:
    assert validate_analysis(text=answer(match_score=80.0), job_description=JOB)["match_score"] == 80


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("not json", "not valid JSON"),
        ("[1, 2]", "not a JSON object"),
        (answer(match_score=101), "outside 0-100"),
        (answer(match_score=-1), "outside 0-100"),
        (answer(match_score="80"), "no numeric match_score"),
        (answer(match_score=True), "no numeric match_score"),
        (answer(match_score=72.5), "not a whole number"),
        (answer(missing_keywords="Kubernetes"), "not a list of strings"),
        (answer(missing_keywords=[1]), "not a list of strings"),
        (answer(reasoning="  "), "empty reasoning"),
        (answer(sentence_to_improve=None), "no text for sentence_to_improve"),
        (answer(details=[1]), "details is not an object"),
        ('{"match_score": 72, "missing_keywords": [', "not valid JSON"),
    ],
)
def test_it_rejects_unusable_output(text: str, reason: str) -> None:
    with pytest.raises(InvalidModelOutput, match=reason) as caught:
        validate_analysis(text=text, job_description=JOB)
    assert caught.value.code == "invalid_model_output"
