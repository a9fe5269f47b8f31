"""Every model fault ends the analysis with its own code and leaves the row failed, never running.

Gemini's faults are here; the OpenAI-compatible engine's are in ``test_ws_openai.py``. The tests that both
engines pass alike run for each (``model_server``).
"""

import asyncio
from typing import Any

import pytest

from ai.google_genai.fake_server import FakeGemini, Script
from apis.resumehistory.tests.ws_support import (  # noqa: F401  (fixtures)
    TERMINAL,
    _no_leftover_runs,
    analyze_frame,
    by_type,
    connected,
    frames_until,
    row,
)

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(params=["gemini", "openai_compatible"])
def model_server(request: pytest.FixtureRequest) -> FakeGemini:
    """The fake server of each engine that calls a model, with analyses routed to that engine."""
    return request.getfixturevalue(request.param)


INVALID_SCORE = '{"match_score": 140, "missing_keywords": [], "sentence_to_improve": "", '
INVALID_SCORE += '"recommended_improvement": "", "reasoning": "x"}'

FAULTS = [
    (
        [Script(status=429)] * 3,
        "model_rate_limited",
        "The AI model is rate limited right now. Please try again shortly.",
    ),
    (
        [Script(status=503)] * 3,
        "model_unavailable",
        "The AI model is unavailable right now. Please try again shortly.",
    ),
    ([Script(status=400)], "model_rejected_request", "The AI model refused the request."),
    ([Script(cut_after=2)], "model_stream_interrupted", "The AI model's answer was cut off."),
    ([Script(stall_after=2)], "model_timeout", "The AI model took too long to answer."),
    ([Script(error_after=2, error_status=500)], "model_unavailable", None),
    ([Script(finish_reason=None)], "model_stream_interrupted", "The AI model's answer was cut off."),
    (
        [Script(finish_reason="SAFETY")],
        "model_rejected_request",
        "The AI model refused to analyse this input.",
    ),
    (
        [Script(finish_reason="MAX_TOKENS")],
        "invalid_model_output",
        "The AI model's answer was longer than allowed and was cut off.",
    ),
    (
        [Script(chunks=['{"match_score": ', "7"])],
        "invalid_model_output",
        "The AI model's answer is not valid JSON.",
    ),
    (
        [Script(chunks=[INVALID_SCORE])],
        "invalid_model_output",
        "The AI model's match_score is outside 0-100.",
    ),
]


@pytest.mark.parametrize(
    ("scripts", "code", "message"),
    FAULTS,
    ids=[
        "429 after retries",
        "503 after retries",
        "400",
        "cut mid-stream",
        "stall mid-stream",
        "error event mid-stream",
        "no finish reason",
        "safety stop",
        "max tokens",
        "broken JSON",
        "score out of range",
    ],
)
async def test_a_fault_fails_the_analysis_with_its_code(
    user: Any, gemini: FakeGemini, scripts: list[Script], code: str, message: str | None
) -> None:
    gemini.enqueue(*scripts)
    communicator = await connected(user)
    await communicator.send_json_to(analyze_frame())
    frames = await frames_until(communicator, TERMINAL)
    analysis_id = frames[0]["analysis_id"]
    final = frames[-1]
    assert (final["type"], final["status"], final["analysis_id"], final["code"]) == (
        "analysis.failed",
        "failed",
        analysis_id,
        code,
    )
    if message is not None:
        assert final["message"] == message
    stored = await row(analysis_id)
    assert (stored.status, stored.error_code, stored.error_message) == ("failed", code, final["message"])
    assert (stored.ai_analysis, stored.match_score) == (None, None)
    assert stored.finished_at is not None
    await communicator.disconnect()


async def test_a_transient_fault_before_the_first_chunk_is_retried_and_completes(
    user: Any, model_server: FakeGemini
) -> None:
    model_server.enqueue(Script(status=429), Script(cut_after=0))
    communicator = await connected(user)
    await communicator.send_json_to(analyze_frame())
    frames = await frames_until(communicator, TERMINAL)
    assert frames[-1]["type"] == "analysis.completed"
    assert len(model_server.requests) == 3
    assert [chunk["seq"] for chunk in by_type(frames, "analysis.chunk")] == [1, 2, 3, 4, 5, 6]
    await communicator.disconnect()


async def test_the_total_deadline_fails_a_slow_stream(
    user: Any, model_server: FakeGemini, settings: Any
) -> None:
    settings.ANALYSIS_TIMEOUT_S = 0.4
    model_server.enqueue(Script(chunk_delay_s=0.15))
    communicator = await connected(user)
    await communicator.send_json_to(analyze_frame())
    frames = await frames_until(communicator, TERMINAL)
    assert frames[-1]["code"] == "analysis_timeout"
    assert frames[-1]["message"] == "The analysis took longer than 0.4 seconds."
    assert 1 <= len(by_type(frames, "analysis.chunk")) < 6
    assert (await row(frames[0]["analysis_id"])).status == "failed"
    closed = await asyncio.to_thread(
        model_server.wait_for, lambda requests: requests[0].client_closed_at, timeout_s=2
    )
    assert closed
    await communicator.disconnect()
