"""Model analyses run in an analysis worker process: the same frames, rows and codes as in the server."""

import asyncio
import os
import re
import signal
import time
from typing import Any

import pytest
from channels.db import database_sync_to_async

from ai.google_genai.fake_server import FakeGemini, Script
from apis.resumehistory import analysis_workers
from apis.resumehistory.models import ResumeHistory
from apis.resumehistory.tests.ws_support import (  # noqa: F401  (fixtures)
    RESUME,
    TERMINAL,
    _no_leftover_runs,
    analyze_frame,
    by_type,
    connected,
    frames_until,
    one_analysis_worker,
    row,
    wait_for_row,
)

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(name="worker")
def worker_fixture(analysis_worker: analysis_workers.WorkerPool) -> analysis_workers.WorkerPool:
    return analysis_worker


def worker_analyses(pool: analysis_workers.WorkerPool) -> int:
    """Return how many analyses the pool's workers have been handed so far."""
    return sum(worker.handed for worker in pool.workers)


async def analysed(user: Any, **overrides: Any) -> list[dict[str, Any]]:
    communicator = await connected(user)
    await communicator.send_json_to(analyze_frame(**overrides))
    frames = await frames_until(communicator, TERMINAL)
    await communicator.disconnect()
    return frames


async def streaming(user: Any, gemini: FakeGemini, script: Script) -> tuple[Any, int]:
    """Start an analysis the fake answers with ``script``; return the socket and the id once a chunk came."""
    gemini.enqueue(script)
    communicator = await connected(user)
    await communicator.send_json_to(analyze_frame())
    return communicator, (await frames_until(communicator, {"analysis.chunk"}))[0]["analysis_id"]


def without_ids(frames: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{key: value for key, value in frame.items() if key != "analysis_id"} for frame in frames]


async def test_a_worker_streams_the_same_frames_and_row_as_the_server_itself(
    user: Any, gemini: FakeGemini, worker: analysis_workers.WorkerPool
) -> None:
    in_worker = await analysed(user, request_id="r")
    assert worker_analyses(worker) == 1
    worker.shutdown()  # no worker: the server runs the same analysis itself
    in_server = await analysed(user, request_id="r")
    assert without_ids(in_worker) == without_ids(in_server)
    assert [chunk["seq"] for chunk in by_type(in_worker, "analysis.chunk")] == [1, 2, 3, 4, 5, 6]
    assert in_worker[-1]["type"] == "analysis.completed"
    stored = await row(in_worker[0]["analysis_id"])
    assert (stored.status, stored.ai_analysis, stored.input_tokens, stored.output_tokens) == (
        "completed",
        in_worker[-1]["ai_analysis"],
        321,
        87,
    )
    # the worker grounded the prompt in the local engine's reading, as the server does (delimiters aside)
    prompts = [re.sub(r"[0-9a-f]{16}", "<nonce>", request.user_text) for request in gemini.requests]
    assert "ENGINE_REQUIREMENTS" in prompts[0]
    assert prompts[0] == prompts[1]


async def test_a_worker_sends_the_local_preview_before_the_first_chunk(
    user: Any, gemini: FakeGemini, worker: analysis_workers.WorkerPool, settings: Any
) -> None:
    settings.ANALYSIS_PREVIEW = True
    frames = await analysed(user)
    kinds = [frame["type"] for frame in frames]
    assert kinds[:3] == ["analysis.started", "analysis.preview", "analysis.chunk"]
    assert frames[1]["engine"] == "local"


async def test_a_refused_start_reaches_neither_the_worker_nor_the_model(
    user: Any, gemini: FakeGemini, worker: analysis_workers.WorkerPool, settings: Any
) -> None:
    settings.MAX_CONCURRENT_ANALYSES_PER_USER = 1
    communicator, analysis_id = await streaming(user, gemini, Script(chunk_delay_s=5.0))
    await communicator.send_json_to(analyze_frame())
    assert (await frames_until(communicator, {"error"}))[-1]["code"] == "too_many_running"
    count = await database_sync_to_async(ResumeHistory.objects.count)()
    assert (count, len(gemini.requests)) == (1, 1)
    await communicator.send_json_to({"action": "cancel", "analysis_id": analysis_id})
    assert (await frames_until(communicator, TERMINAL))[-1]["type"] == "analysis.cancelled"
    await communicator.disconnect()
    assert (await row(analysis_id)).status == "cancelled"


async def test_cancel_stops_the_workers_model_stream(
    user: Any, gemini: FakeGemini, worker: analysis_workers.WorkerPool
) -> None:
    communicator, analysis_id = await streaming(user, gemini, Script(chunk_delay_s=5.0))
    cancelled_at = time.monotonic()
    await communicator.send_json_to({"action": "cancel", "analysis_id": analysis_id})
    assert (await frames_until(communicator, TERMINAL))[-1]["type"] == "analysis.cancelled"
    await communicator.disconnect()
    assert (await row(analysis_id)).status == "cancelled"
    closed = await asyncio.to_thread(
        gemini.wait_for, lambda requests: requests[0].client_closed_at, timeout_s=2
    )
    assert closed  # the worker hung up on the model
    assert gemini.requests[0].client_closed_at - cancelled_at < 1.0


async def test_a_model_error_in_the_worker_keeps_its_code(
    user: Any, gemini: FakeGemini, worker: analysis_workers.WorkerPool, settings: Any
) -> None:
    settings.GEMINI_MAX_RETRIES = 0
    gemini.enqueue(Script(status=429))
    frames = await analysed(user)
    assert (frames[-1]["type"], frames[-1]["code"]) == ("analysis.failed", "model_rate_limited")
    stored = await row(frames[0]["analysis_id"])
    assert (stored.status, stored.error_code) == ("failed", "model_rate_limited")


async def test_the_workers_log_lines_name_the_request_and_the_analysis_but_not_the_texts(
    capfd: pytest.CaptureFixture[str], user: Any, gemini: FakeGemini, settings: Any
) -> None:
    settings.GEMINI_MAX_RETRIES = 0
    gemini.enqueue(Script(status=429))
    async with one_analysis_worker():  # started here, so that its stderr is the one captured
        frames = await analysed(user, request_id="req-worker-log", resume_text=RESUME + " Quokka-7731")
        # the worker logs before it replies
        err = capfd.readouterr().err
    assert frames[-1]["code"] == "model_rate_limited"
    [line] = [line for line in err.splitlines() if "ai.analysis_worker" in line]
    assert f"req=req-worker-log analysis={frames[0]['analysis_id']}]" in line
    assert line.endswith("analysis failed in the worker: model_rate_limited")
    assert "Quokka-7731" not in err


async def test_a_worker_that_dies_mid_analysis_fails_it_and_is_replaced(
    user: Any, gemini: FakeGemini, worker: analysis_workers.WorkerPool
) -> None:
    communicator, analysis_id = await streaming(user, gemini, Script(chunk_count=40, chunk_delay_s=0.2))
    dead = worker.workers[0]
    os.kill(dead.process.pid, signal.SIGKILL)
    frames = await frames_until(communicator, TERMINAL)
    assert (frames[-1]["type"], frames[-1]["code"]) == ("analysis.failed", "internal_error")
    assert [chunk["seq"] for chunk in by_type(frames, "analysis.chunk")] == list(
        range(2, len(by_type(frames, "analysis.chunk")) + 2)
    )
    stored = await wait_for_row(analysis_id, lambda current: current.status != "running")
    assert (stored.status, stored.error_code) == ("failed", "internal_error")
    await asyncio.to_thread(worker.wait_ready, 30.0)
    assert worker.workers and worker.workers[0] is not dead
    await communicator.send_json_to(analyze_frame())
    assert (await frames_until(communicator, TERMINAL))[-1]["type"] == "analysis.completed"
    await communicator.disconnect()
    assert worker_analyses(worker) == 1  # the replacement took the next one
