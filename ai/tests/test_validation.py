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


def test_a_keyword_is_grounded_on_word_boundaries_only() -> None:
    job = "We use Terraform, Node.js and CI/CD on Kubernetes."
    text = answer(missing_keywords=["terra", "Terraform", "NodeJS", "CI CD", "form", "Kube"])
    assert validate_analysis(text=text, job_description=job)["missing_keywords"] == [
        "Terraform",
        "NodeJS",
        "CI CD",
    ]


def test_unknown_details_keys_are_dropped_and_known_nested_values_kept() -> None:
    details = {
        "requirements": [{"term": "Python", "met": True, "weight": 0.5}],
        "score_breakdown": {"skills": {"score": 70, "weight": 0.6}},
        "language": "en",
        "html": "<div>" * 10,
    }
    kept = validate_analysis(text=answer(details=details), job_description=JOB)["details"]
    assert kept == {key: details[key] for key in ("requirements", "score_breakdown", "language")}


def test_100_kb_of_html_in_details_does_not_pass() -> None:
    html = "<div onclick='x()'>" + "<p>spam</p>" * 10_000 + "</div>"
    details = {
        "warnings": [html],
        "rewrites": [{"before": "<b>Ran</b> jobs", "after": "Ran <i>cron</i> jobs"}],
    }
    analysis = validate_analysis(text=answer(details=details), job_description=JOB, from_model=True)
    assert analysis["details"] == {"rewrites": [{"before": "Ran jobs", "after": "Ran cron jobs"}]}


def test_details_past_the_size_or_depth_bound_are_dropped() -> None:
    deep: Any = "x"
    for _ in range(10):
        deep = [deep]
    analysis = validate_analysis(
        text=answer(details={"warnings": deep, "rewrites": ["y" * 3000]}), job_description=JOB
    )
    assert "details" not in analysis
    big = {"warnings": ["z" * 1500] * 50}
    assert "details" not in validate_analysis(text=answer(details=big), job_description=JOB)
    small = validate_analysis(text=answer(details=big), job_description=JOB, details_max_bytes=1_000_000)
    assert small["details"] == big


def test_markup_is_stripped_from_model_text_fields_only() -> None:
    text = answer(reasoning="Good <script>alert(1)</script>fit.")
    assert (
        validate_analysis(text=text, job_description=JOB, from_model=True)["reasoning"] == "Good alert(1)fit."
    )
    assert (
        validate_analysis(text=text, job_description=JOB)["reasoning"] == "Good <script>alert(1)</script>fit."
    )


@pytest.mark.parametrize("field", ["sentence_to_improve", "recommended_improvement", "reasoning"])
def test_every_text_field_has_a_length_cap(field: str) -> None:
    with pytest.raises(InvalidModelOutput, match=field):
        validate_analysis(text=answer(**{field: "word " * 2_000}), job_description=JOB)


def test_deeply_nested_model_output_is_invalid_not_a_crash() -> None:
    with pytest.raises(InvalidModelOutput):
        validate_analysis(text="[" * 100_000, job_description=JOB)


def test_nul_and_lone_surrogates_in_model_text_are_cleaned() -> None:
    text = answer(reasoning="Good\u0000 fit \ud800.", details={"language": "e\u0000n"})
    analysis = validate_analysis(text=text, job_description=JOB)
    assert (analysis["reasoning"], analysis["details"]) == ("Good fit \ufffd.", {"language": "en"})
