"""The OpenAI-compatible engine over the WebSocket, end to end through the real openai SDK and a fake server."""

import asyncio
import json
import time
from typing import Any

import pytest

from ai.openai_compat.fake_server import FakeOpenAI, Script, default_analysis, split_text
from api_services.tests.server_support import free_port
from apis.resumehistory.tests.ws_support import (  # noqa: F401  (fixtures)
    TERMINAL,
    _no_leftover_runs,
    analyze_frame,
    by_type,
    connect,
    connected,
    frames_until,
    row,
)

pytestmark = pytest.mark.django_db(transaction=True)

MODEL = "qwen2.5:3b"
UNAVAILABLE = "The AI model is unavailable right now. Please try again shortly."
CUT_OFF = "The AI model's answer was cut off."
NOT_JSON = "The AI model's answer is not valid JSON."

FAULTS = [
    (
        [Script(status=429)] * 3,
        "model_rate_limited",
        "The AI model is rate limited right now. Please try again shortly.",
    ),
    ([Script(status=503)] * 3, "model_unavailable", UNAVAILABLE),
    ([Script(status=401)], "model_rejected_request", "The AI model refused the request."),
    ([Script(cut_after=2)], "model_stream_interrupted", CUT_OFF),
    ([Script(stall_after=2)], "model_timeout", "The AI model took too long to answer."),
    ([Script(error_after=2, error_status=500)], "model_unavailable", UNAVAILABLE),
    ([Script(finish_reason=None)], "model_stream_interrupted", CUT_OFF),
    (
        [Script(finish_reason="content_filter")],
        "model_rejected_request",
        "The AI model refused to analyse this input.",
    ),
    (
        [Script(finish_reason="length")],
        "invalid_model_output",
        "The AI model's answer was longer than allowed and was cut off.",
    ),
    ([Script(chunks=['{"match_score": ', "7"])], "invalid_model_output", NOT_JSON),
    (
        [Script(chunks=["```json\n", '{"match_score": 70 "reasoning": "x"}', "\n```"])],
        "invalid_model_output",
        NOT_JSON,
    ),
    (
        [
            Script(
                chunks=[
                    '{"match_score": 140, "missing_keywords": [], "sentence_to_improve": "", ',
                    '"recommended_improvement": "", "reasoning": "x"}',
                ]
            )
        ],
        "invalid_model_output",
        "The AI model's match_score is outside 0-100.",
    ),
]


async def assert_failed(communicator: Any, code: str, message: str) -> None:
    """Assert the analysis just requested ends ``analysis.failed`` with ``code``, and its row too, result-less."""
    frames = await frames_until(communicator, TERMINAL)
    analysis_id = frames[0]["analysis_id"]
    assert frames[-1] == {
        "type": "analysis.failed",
        "status": "failed",
        "analysis_id": analysis_id,
        "code": code,
        "message": message,
    }
    stored = await row(analysis_id)
    assert (stored.status, stored.error_code, stored.error_message) == ("failed", code, message)
    assert (stored.engine, stored.model) == ("openai", MODEL)
    assert (stored.ai_analysis, stored.match_score) == (None, None)
    assert stored.finished_at is not None


async def test_the_connected_frame_names_the_engine_and_model(
    user: Any, openai_compatible: FakeOpenAI
) -> None:
    communicator = await connect(user=user)
    data = (await communicator.receive_json_from(timeout=5))["data"]
    assert (data["engine"], data["model"]) == ("openai", MODEL)
    await communicator.disconnect()


async def test_the_preview_chunks_fields_and_final_frame_arrive_in_order(
    user: Any, openai_compatible: FakeOpenAI, settings: Any
) -> None:
    settings.ANALYSIS_PREVIEW = True
    communicator = await connected(user)
    await communicator.send_json_to(analyze_frame(request_id="req-o"))
    frames = await frames_until(communicator, TERMINAL)
    analysis_id = frames[0]["analysis_id"]
    assert frames[0] == {
        "type": "analysis.started",
        "analysis_id": analysis_id,
        "request_id": "req-o",
        "engine": "openai",
        "model": MODEL,
    }
    assert [frame["type"] for frame in frames[:4]] == [
        "analysis.started",
        "analysis.preview",
        "analysis.chunk",
        "analysis.field",
    ]
    assert (frames[1]["engine"], frames[1]["model"]) == ("local", "local-v2")
    chunks = by_type(frames, "analysis.chunk")
    assert [chunk["seq"] for chunk in chunks] == [1, 2, 3, 4, 5, 6]
    assert [field["field"] for field in by_type(frames, "analysis.field")][0] == "match_score"
    expected = default_analysis(openai_compatible.requests[0].user_text)
    assert json.loads("".join(chunk["delta"] for chunk in chunks)) == expected
    final = frames[-1]["ai_analysis"]
    assert (frames[-1]["type"], frames[-1]["status"], frames[-1]["analysis_id"]) == (
        "analysis.completed",
        "success",
        analysis_id,
    )
    # Grounded like Gemini: the model's fields, the engine's score and requirements in details.
    assert {key: value for key, value in final.items() if key != "details"} == expected
    assert final["match_score"] == frames[1]["ai_analysis"]["match_score"]
    assert final["details"]["score_source"] == "engine"
    assert "ENGINE_REQUIREMENTS" in openai_compatible.requests[0].user_text
    stored = await row(analysis_id)
    assert (stored.status, stored.engine, stored.model, stored.ai_analysis) == (
        "completed",
        "openai",
        MODEL,
        final,
    )
    assert (stored.input_tokens, stored.output_tokens) == (321, 87)
    assert openai_compatible.requests[0].body["model"] == MODEL
    await communicator.disconnect()


async def test_a_fenced_answer_with_trailing_commas_is_repaired_and_stored(
    user: Any, openai_compatible: FakeOpenAI
) -> None:
    answer = json.dumps(default_analysis(""), indent=1).replace('."\n}', '.",\n}')
    openai_compatible.enqueue(Script(chunks=split_text(f"```json\n{answer}\n```", 5)))
    communicator = await connected(user)
    await communicator.send_json_to(analyze_frame())
    frames = await frames_until(communicator, TERMINAL)
    assert frames[-1]["type"] == "analysis.completed"
    assert frames[-1]["ai_analysis"]["reasoning"] == default_analysis("")["reasoning"]
    assert (await row(frames[0]["analysis_id"])).ai_analysis == frames[-1]["ai_analysis"]
    await communicator.disconnect()


@pytest.mark.parametrize(
    ("scripts", "code", "message"),
    FAULTS,
    ids=[
        "429 after retries",
        "503 after retries",
        "401",
        "cut mid-stream",
        "stall mid-stream",
        "error event mid-stream",
        "no finish reason",
        "content filter",
        "length",
        "broken JSON",
        "unrepairable JSON",
        "score out of range",
    ],
)
async def test_a_fault_fails_the_analysis_with_its_code(
    user: Any, openai_compatible: FakeOpenAI, scripts: list[Script], code: str, message: str
) -> None:
    openai_compatible.enqueue(*scripts)
    communicator = await connected(user)
    await communicator.send_json_to(analyze_frame())
    await assert_failed(communicator, code, message)
    await communicator.disconnect()


async def test_a_refused_connection_fails_as_unavailable(
    user: Any, openai_compatible: FakeOpenAI, settings: Any
) -> None:
    settings.OPENAI_BASE_URL = f"http://127.0.0.1:{free_port()}/v1"
    communicator = await connected(user)
    await communicator.send_json_to(analyze_frame())
    await assert_failed(communicator, "model_unavailable", UNAVAILABLE)
    await communicator.disconnect()


async def test_cancel_stops_the_model_stream_within_a_second(
    user: Any, openai_compatible: FakeOpenAI
) -> None:
    openai_compatible.enqueue(Script(chunk_delay_s=5.0))
    communicator = await connected(user)
    await communicator.send_json_to(analyze_frame())
    analysis_id = (await frames_until(communicator, {"analysis.chunk"}))[0]["analysis_id"]
    cancelled_at = time.monotonic()
    await communicator.send_json_to({"action": "cancel", "analysis_id": analysis_id})
    assert (await frames_until(communicator, TERMINAL))[-1]["type"] == "analysis.cancelled"
    assert await asyncio.to_thread(
        openai_compatible.wait_for, lambda requests: requests[0].client_closed_at, timeout_s=2
    )
    assert openai_compatible.requests[0].client_closed_at - cancelled_at < 1.0
    stored = await row(analysis_id)
    assert (stored.status, stored.error_code, stored.ai_analysis) == ("cancelled", "cancelled", None)
    await communicator.disconnect()
