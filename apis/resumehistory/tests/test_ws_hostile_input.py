"""Deep nesting and odd characters: an error frame naming the problem, never a 1011 close or a stuck row."""

import json
from typing import Any

import pytest

from ai.google_genai.fake_server import FakeGemini, Script
from apis.resumehistory.tests.ws_support import (  # noqa: F401  (fixtures)
    JOB,
    RESUME,
    TERMINAL,
    _no_leftover_runs,
    analyze_frame,
    by_type,
    connected,
    engine_score,
    error,
    frames_until,
    row,
)

pytestmark = pytest.mark.django_db(transaction=True)


HOSTILE_FRAMES = [
    ("[" * 5000 + "]" * 5000, error("json_too_deep", "The JSON is nested deeper than 32 levels.")),
    (
        '{"action": "analyze", "x": ' + "{" * 100_000,
        error("json_too_deep", "The JSON is nested deeper than 32 levels."),
    ),
    (
        json.dumps({"action": "analyze", "resume_text": "Python\x00dev", "job_description": JOB}),
        error(
            "invalid_field",
            "resume_text contains a NUL character or an unpaired surrogate.",
            field="resume_text",
        ),
    ),
    (
        '{"action": "analyze", "resume_text": "ok text", "job_description": "Python \\ud800 dev"}',
        error(
            "invalid_field",
            "job_description contains a NUL character or an unpaired surrogate.",
            field="job_description",
        ),
    ),
    (
        '{"action": "subscribe", "analysis_id": 1, "request_id": "\\udfff"}',
        error(
            "invalid_field",
            "request_id contains a NUL character or an unpaired surrogate.",
            field="request_id",
        ),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    HOSTILE_FRAMES,
    ids=[
        "deep array",
        "deep unterminated object",
        "NUL in resume",
        "surrogate in job",
        "surrogate in request_id",
    ],
)
async def test_a_hostile_frame_gets_an_error_frame_and_the_socket_stays_usable(
    user: Any, local_engine: None, text: str, expected: dict[str, Any]
) -> None:
    communicator = await connected(user)
    await communicator.send_to(text_data=text)
    assert await communicator.receive_json_from(timeout=5) == expected
    await communicator.send_json_to(analyze_frame())
    frames = await frames_until(communicator, TERMINAL)
    assert frames[-1]["type"] == "analysis.completed"
    await communicator.disconnect()


async def test_a_valid_surrogate_pair_is_accepted(user: Any, local_engine: None) -> None:
    communicator = await connected(user)
    await communicator.send_to(
        text_data=json.dumps(
            {"action": "analyze", "resume_text": RESUME + " \U0001f600", "job_description": JOB}
        )
    )
    frames = await frames_until(communicator, TERMINAL)
    assert frames[-1]["type"] == "analysis.completed"
    await communicator.disconnect()


MODEL_ANSWER = (
    '{"match_score": 55, "missing_keywords": ["Kubernetes\\u0000"], "sentence_to_improve": "Built \\ud800APIs",'
    ' "recommended_improvement": "Built <b>REST</b> APIs\\u0000", "reasoning": "Python fits \\udc00 well."}'
)


async def test_nul_and_lone_surrogates_in_the_model_answer_are_cleaned_and_the_row_completes(
    user: Any, gemini: FakeGemini
) -> None:
    gemini.enqueue(Script(chunks=[MODEL_ANSWER[:60], MODEL_ANSWER[60:130], MODEL_ANSWER[130:]]))
    communicator = await connected(user)
    await communicator.send_json_to(analyze_frame())
    frames = await frames_until(communicator, TERMINAL)
    final = frames[-1]
    assert final["type"] == "analysis.completed"
    # The prose is the model's, cleaned; score and keywords are the local engine's (grounding).
    expected = {
        **{key: final["ai_analysis"][key] for key in ("match_score", "missing_keywords", "details")},
        "sentence_to_improve": "Built \ufffdAPIs",
        "recommended_improvement": "Built REST APIs",
        "reasoning": "Python fits \ufffd well.",
    }
    assert final["ai_analysis"] == expected
    assert final["ai_analysis"]["match_score"] == engine_score()
    fields = {frame["field"]: frame["value"] for frame in by_type(frames, "analysis.field")}
    assert fields["sentence_to_improve"] == "Built \ufffdAPIs"
    stored = await row(final["analysis_id"])
    assert (stored.status, stored.ai_analysis) == ("completed", expected)
    await communicator.disconnect()
