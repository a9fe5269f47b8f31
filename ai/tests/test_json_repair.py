import json

import pytest

from ai.errors import InvalidModelOutput
from ai.json_repair import repair_json
from ai.validation import validate_analysis

JOB = "We need Python and Kubernetes."
ANSWER = {
    "match_score": 61,
    "missing_keywords": ["Kubernetes"],
    "sentence_to_improve": "Worked on services, mostly.",
    "recommended_improvement": "Built Python services.",
    "reasoning": "Good Python, no Kubernetes.",
}
VALID = json.dumps(ANSWER, indent=2)
SPACED_COMMA = VALID.replace('"Kubernetes"]', '"Kubernetes" , \n ]')


@pytest.mark.parametrize(
    "broken",
    [
        f"```json\n{VALID}\n```",
        f"```\n{VALID}\n```\n",
        f"Here is the analysis:\n{VALID}\nHope this helps!",
        VALID.replace('"Kubernetes"]', '"Kubernetes",]').replace('no Kubernetes."', 'no Kubernetes.",'),
        "```json\n" + SPACED_COMMA + "\n```",
    ],
    ids=["json fence", "bare fence", "prose around", "trailing commas", "fence and comma"],
)
def test_a_fenced_or_comma_trailed_answer_is_repaired(broken: str) -> None:
    assert validate_analysis(text=broken, job_description=JOB) == ANSWER


def test_commas_inside_strings_are_kept() -> None:
    text = '{"a": "x,}", "b": "say \\",]\\"",}'
    assert json.loads(repair_json(text) or "") == {"a": "x,}", "b": 'say ",]"'}


@pytest.mark.parametrize(
    "broken",
    [
        '{"match_score": 61, "missing_keywords": ["Kube',
        "match_score: 61",
        '{"match_score": 61 "reasoning": "x"}',
    ],
    ids=["cut off", "no object", "missing comma"],
)
def test_what_cannot_be_repaired_deterministically_fails_clearly(broken: str) -> None:
    with pytest.raises(InvalidModelOutput, match="^The AI model's answer is not valid JSON.$"):
        validate_analysis(text=broken, job_description=JOB)


def test_valid_json_is_left_alone() -> None:
    assert repair_json(json.dumps(ANSWER)) is None
