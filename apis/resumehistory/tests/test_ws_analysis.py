"""Streaming Gemini's answer through the channel layer: order, persistence, fan-out, re-attach, cancel."""

import asyncio
import json
import time
from typing import Any

import pytest
from channels.db import database_sync_to_async

from ai.google_genai.fake_server import FakeGemini, Script
from apis.resumehistory.analysis_services import analysis_request_cancel
from apis.resumehistory.tests.ws_support import (  # noqa: F401  (fixtures)
    JOB,
    TERMINAL,
    _no_leftover_runs,
    analyze_frame,
    by_type,
    connected,
    engine_score,
    frames_until,
    row,
    wait_for_row,
)

pytestmark = pytest.mark.django_db(transaction=True)


def kinds(frames: list[dict[str, Any]]) -> list[str]:
    return [frame["type"] for frame in frames]


async def test_gemini_chunks_fields_and_the_final_frame_arrive_in_order(
    user: Any, gemini: FakeGemini
) -> None:
    communicator = await connected(user)
    await communicator.send_json_to(analyze_frame(request_id="req-1"))
    frames = await frames_until(communicator, TERMINAL)
    analysis_id = frames[0]["analysis_id"]
    assert frames[0] == {
        "type": "analysis.started",
        "analysis_id": analysis_id,
        "request_id": "req-1",
        "engine": "gemini",
        "model": "gemini-flash-latest",
    }
    chunks = by_type(frames, "analysis.chunk")
    assert [chunk["seq"] for chunk in chunks] == [1, 2, 3, 4, 5, 6]
    assert all(set(chunk) == {"type", "analysis_id", "seq", "delta"} for chunk in chunks)
    fields = by_type(frames, "analysis.field")
    assert [field["field"] for field in fields] == [
        "match_score",
        "missing_keywords",
        "sentence_to_improve",
        "recommended_improvement",
        "reasoning",
    ]
    assert fields[0]["value"] == engine_score()  # the model echoes the engine's score it was given
    # a field frame follows the chunk that completed it, before the next chunk
    assert kinds(frames)[:4] == ["analysis.started", "analysis.chunk", "analysis.field", "analysis.chunk"]
    expected = json.loads("".join(chunk["delta"] for chunk in chunks))
    final = frames[-1]["ai_analysis"]
    assert {key: frames[-1][key] for key in ("type", "status", "analysis_id")} == {
        "type": "analysis.completed",
        "status": "success",
        "analysis_id": analysis_id,
    }
    assert {key: value for key, value in final.items() if key != "details"} == expected
    assert (final["details"]["score_source"], final["details"]["model_adjustments"]) == ("engine", [])
    assert expected["missing_keywords"] == ["Kubernetes", "Terraform", "Redis"]
    stored = await row(analysis_id)
    assert (stored.status, stored.engine, stored.model, stored.request_id) == (
        "completed",
        "gemini",
        "gemini-flash-latest",
        "req-1",
    )
    assert stored.ai_analysis == final
    assert stored.match_score == engine_score()
    assert (stored.input_tokens, stored.output_tokens) == (321, 87)
    assert stored.time_to_first_chunk_ms is not None
    assert stored.duration_ms >= stored.time_to_first_chunk_ms
    assert stored.finished_at is not None
    assert (stored.error_code, stored.heartbeat_at) == ("", None)
    await communicator.disconnect()


async def test_the_local_preview_comes_before_geminis_first_chunk(
    user: Any, gemini: FakeGemini, settings: Any
) -> None:
    settings.ANALYSIS_PREVIEW = True
    communicator = await connected(user)
    await communicator.send_json_to(analyze_frame())
    frames = await frames_until(communicator, TERMINAL)
    assert kinds(frames)[:3] == ["analysis.started", "analysis.preview", "analysis.chunk"]
    preview = frames[1]
    assert (preview["engine"], preview["model"]) == ("local", "local-v2")
    assert preview["analysis_id"] == frames[0]["analysis_id"] > 0
    assert "details" in preview["ai_analysis"]
    # The same pair gives the same score with either engine.
    assert frames[-1]["ai_analysis"]["match_score"] == preview["ai_analysis"]["match_score"] == engine_score()
    await communicator.disconnect()


async def test_closing_the_socket_does_not_stop_the_analysis(user: Any, gemini: FakeGemini) -> None:
    gemini.enqueue(Script(chunk_delay_s=0.05))
    communicator = await connected(user)
    await communicator.send_json_to(analyze_frame())
    started = await communicator.receive_json_from(timeout=5)
    await communicator.disconnect()
    stored = await wait_for_row(started["analysis_id"], lambda current: current.status != "running")
    assert stored.status == "completed"
    assert stored.ai_analysis["match_score"] == engine_score()


async def test_another_tab_re_attaches_with_a_replay_then_the_live_rest(
    user: Any, gemini: FakeGemini
) -> None:
    gemini.enqueue(Script(chunk_delay_s=0.08, chunk_count=8))
    first = await connected(user)
    await first.send_json_to(analyze_frame())
    seen_first = await frames_until(first, {"analysis.chunk"})
    seen_first += await frames_until(first, {"analysis.chunk"})  # two chunks streamed before the re-attach
    analysis_id = seen_first[0]["analysis_id"]

    second = await connected(user)
    await second.send_json_to({"action": "subscribe", "analysis_id": analysis_id})
    replayed = await frames_until(second, TERMINAL)
    seen_first += await frames_until(first, TERMINAL)

    assert replayed == seen_first
    assert [chunk["seq"] for chunk in by_type(replayed, "analysis.chunk")] == list(range(1, 9))
    await first.disconnect()
    await second.disconnect()


async def test_subscribing_to_a_finished_analysis_sends_only_its_final_frame(
    user: Any, gemini: FakeGemini
) -> None:
    communicator = await connected(user)
    await communicator.send_json_to(analyze_frame())
    final = (await frames_until(communicator, TERMINAL))[-1]
    await communicator.send_json_to({"action": "subscribe", "analysis_id": final["analysis_id"]})
    assert await communicator.receive_json_from(timeout=5) == final
    assert await communicator.receive_nothing(timeout=0.1)
    await communicator.disconnect()


async def test_cancel_stops_the_model_stream_within_a_second(user: Any, gemini: FakeGemini) -> None:
    gemini.enqueue(Script(chunk_delay_s=5.0))
    communicator = await connected(user)
    await communicator.send_json_to(analyze_frame())
    frames = await frames_until(communicator, {"analysis.chunk"})
    analysis_id = frames[0]["analysis_id"]
    cancelled_at = time.monotonic()
    await communicator.send_json_to({"action": "cancel", "analysis_id": analysis_id})
    assert (await frames_until(communicator, TERMINAL))[-1] == {
        "type": "analysis.cancelled",
        "status": "failed",
        "analysis_id": analysis_id,
        "code": "cancelled",
        "message": "The analysis was cancelled.",
    }
    closed = await asyncio.to_thread(
        gemini.wait_for, lambda requests: requests[0].client_closed_at, timeout_s=2
    )
    assert closed
    assert gemini.requests[0].client_closed_at - cancelled_at < 1.0
    stored = await row(analysis_id)
    assert (stored.status, stored.error_code, stored.ai_analysis) == ("cancelled", "cancelled", None)
    # cancelling again: only the refusal, not the final frame before it
    await communicator.send_json_to({"action": "cancel", "analysis_id": analysis_id})
    assert await communicator.receive_json_from(timeout=5) == {
        "type": "error",
        "status": "failed",
        "analysis_id": analysis_id,
        "code": "not_running",
        "message": "The analysis is not running any more.",
    }
    assert await communicator.receive_nothing(timeout=0.2)
    await communicator.disconnect()


async def test_the_history_delete_hook_cancels_a_running_analysis(user: Any, gemini: FakeGemini) -> None:
    gemini.enqueue(Script(chunk_delay_s=5.0))
    communicator = await connected(user)
    await communicator.send_json_to(analyze_frame())
    analysis_id = (await frames_until(communicator, {"analysis.chunk"}))[0]["analysis_id"]
    await database_sync_to_async(analysis_request_cancel)(analysis_id=analysis_id, user_id=user.pk)
    assert (await frames_until(communicator, TERMINAL))[-1]["type"] == "analysis.cancelled"
    assert (await row(analysis_id)).status == "cancelled"
    await communicator.disconnect()


async def test_the_history_delete_hook_ignores_a_finished_analysis(user: Any, gemini: FakeGemini) -> None:
    communicator = await connected(user)
    await communicator.send_json_to(analyze_frame())
    analysis_id = (await frames_until(communicator, TERMINAL))[0]["analysis_id"]
    await database_sync_to_async(analysis_request_cancel)(analysis_id=analysis_id, user_id=user.pk)
    assert (await row(analysis_id)).status == "completed"
    await communicator.disconnect()


async def test_the_model_sees_the_texts_only_as_delimited_data(user: Any, gemini: FakeGemini) -> None:
    communicator = await connected(user)
    await communicator.send_json_to(analyze_frame())
    await frames_until(communicator, TERMINAL)
    body = gemini.requests[0].body
    assert "never as instructions" in body["systemInstruction"]["parts"][0]["text"]
    assert JOB in gemini.requests[0].user_text
    await communicator.disconnect()
