"""A model grounded in the engine's requirements may move one only by quoting the resume; the score stands."""

from ai.grounding import accepted_adjustments, apply_grounding, grounding_from_local
from ai.local_engine import analyze

JOB = "Backend Engineer\nRequirements\n- Experience with Python and Redis\n- Experience with Kafka\n"
RESUME = (
    "Experience\n- Built payment services in Python for 3 banks.\n"
    "- Ran the message bus (Apache Kafka) for the payments team.\n"
)
MODEL = {
    "match_score": 97,
    "missing_keywords": ["Redis", "Kubernetes"],
    "sentence_to_improve": "Built payment services in Python for 3 banks.",
    "recommended_improvement": "Built payment services in Python for 3 banks.",
    "reasoning": "Solid backend profile.",
}


def _grounding():
    return grounding_from_local(analysis=analyze(resume_text=RESUME, job_description=JOB))


def _id(grounding, name: str) -> str:
    return next(r["id"] for r in grounding.requirements if r["name"] == name)


def test_the_engines_score_and_missing_requirements_stand_without_moves():
    grounding = _grounding()
    result = apply_grounding(model=MODEL, raw={}, grounding=grounding, resume_text=RESUME, score_band=0)
    assert result["match_score"] == grounding.score != 97
    assert result["missing_keywords"] == list(grounding.missing_keywords)
    assert "Kubernetes" not in result["missing_keywords"]  # the model's own invention is not a gap
    assert result["reasoning"] == "Solid backend profile."
    assert result["details"]["score_source"] == "engine"


def test_a_move_with_a_verbatim_quote_naming_the_requirement_is_applied():
    grounding = _grounding()
    redis = _id(grounding, "Redis")
    assert "Redis" in grounding.missing_keywords
    resume = RESUME + "- Cached sessions in Redis clusters.\n"
    raw = {"adjustments": [{"id": redis, "to": "matched", "quote": "Cached sessions in Redis clusters"}]}
    result = apply_grounding(model=MODEL, raw=raw, grounding=grounding, resume_text=resume, score_band=0)
    assert "Redis" not in result["missing_keywords"]
    assert result["details"]["model_adjustments"] == [
        {"id": redis, "name": "Redis", "to": "matched", "quote": "Cached sessions in Redis clusters"}
    ]


def test_moves_without_resume_evidence_are_dropped():
    grounding = _grounding()
    redis = _id(grounding, "Redis")
    raw = [
        {"id": redis, "to": "matched", "quote": "Expert in Redis and caching"},  # not in the resume
        {"id": redis, "to": "matched", "quote": "Built payment services in Python"},  # does not name Redis
        {"id": "r99", "to": "missing", "quote": "Built payment services in Python"},  # no such requirement
        {"id": redis, "to": "sideways", "quote": "Built payment services in Python"},
    ]
    assert accepted_adjustments(raw=raw, grounding=grounding, resume_text=RESUME) == []


def test_names_are_matched_on_word_boundaries():
    grounding = _grounding()
    redis = _id(grounding, "Redis")
    resume = RESUME + "- Maintained the Redisson client wrappers.\n"
    raw = [{"id": redis, "to": "matched", "quote": "Maintained the Redisson client wrappers"}]
    assert accepted_adjustments(raw=raw, grounding=grounding, resume_text=resume) == []


def test_a_score_band_lets_the_model_move_the_score_that_far_only():
    grounding = _grounding()
    result = apply_grounding(model=MODEL, raw={}, grounding=grounding, resume_text=RESUME, score_band=5)
    assert result["match_score"] == min(100, grounding.score + 5)
    assert result["details"]["score_source"] == "model within ±5 of the engine"
