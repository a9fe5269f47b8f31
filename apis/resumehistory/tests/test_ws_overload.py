"""Under load pending deltas are merged into fewer chunk frames; nothing is lost and ``seq`` has no gap."""

import asyncio
import json
import time
from collections.abc import AsyncIterator
from typing import Any

import pytest

from ai.google_genai.fake_server import FakeGemini, Script
from ai.json_stream import JsonFieldStream
from apis.resumehistory.analysis_workers import WorkerPool
from apis.resumehistory.tests.ws_support import (  # noqa: F401  (fixtures)
    TERMINAL,
    _no_leftover_runs,
    analyze_frame,
    by_type,
    connected,
    frames_until,
    one_analysis_worker,
    row,
)

pytestmark = pytest.mark.django_db(transaction=True)

FIELDS = ["match_score", "missing_keywords", "sentence_to_improve", "recommended_improvement", "reasoning"]


async def analysed(user: Any) -> list[dict[str, Any]]:
    communicator = await connected(user)
    await communicator.send_json_to(analyze_frame())
    frames = await frames_until(communicator, TERMINAL)
    await communicator.disconnect()
    return frames


def assert_whole_stream(frames: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Assert chunks numbered 1..n, each field after the chunk that completed it, the answer complete."""
    assert frames[0]["type"] == "analysis.started"
    assert frames[-1]["type"] == "analysis.completed"
    chunks = by_type(frames, "analysis.chunk")
    assert [chunk["seq"] for chunk in chunks] == list(range(1, len(chunks) + 1))
    text = ""
    for frame in frames:
        if frame["type"] == "analysis.chunk":
            text += frame["delta"]
        elif frame["type"] == "analysis.field":
            completed = [name for name, _ in JsonFieldStream().feed(text)]
            assert frame["field"] in completed  # never ahead of the text that completes it
    assert [field["field"] for field in by_type(frames, "analysis.field")] == FIELDS
    answer = frames[-1]["ai_analysis"]
    assert {key: value for key, value in answer.items() if key != "details"} == json.loads(text)
    return chunks


async def test_held_deltas_go_out_as_fewer_frames_with_the_same_text_fields_and_outcome(
    user: Any, gemini: FakeGemini, settings: Any
) -> None:
    settings.ANALYSIS_COALESCE_WINDOW_MS = 0  # never merged
    gemini.enqueue(Script(chunk_count=40))
    one_per_chunk = await analysed(user)
    settings.ANALYSIS_COALESCE_WINDOW_MS = 10_000
    settings.ANALYSIS_COALESCE_LAG_MS = 0  # "under load" from the first chunk on
    gemini.enqueue(Script(chunk_count=40))
    merged = await analysed(user)

    model_chunks = [len(request.chunk_sent_at) for request in gemini.requests]
    assert model_chunks[0] == model_chunks[1] > 20
    assert len(assert_whole_stream(one_per_chunk)) == model_chunks[0]
    assert len(assert_whole_stream(merged)) < model_chunks[0]
    assert "".join(chunk["delta"] for chunk in by_type(merged, "analysis.chunk")) == "".join(
        chunk["delta"] for chunk in by_type(one_per_chunk, "analysis.chunk")
    )
    assert by_type(merged, "analysis.field") == [
        {**field, "analysis_id": merged[0]["analysis_id"]}
        for field in by_type(one_per_chunk, "analysis.field")
    ]
    stored = await row(merged[0]["analysis_id"])
    assert (stored.status, stored.ai_analysis) == ("completed", merged[-1]["ai_analysis"])


@pytest.fixture(name="workers", params=["in-server", "in-worker"])
async def workers_fixture(request: pytest.FixtureRequest) -> AsyncIterator[WorkerPool | None]:
    """Run the model calls in the server, or in an analysis worker (the server's loop is the one held)."""
    if request.param == "in-server":
        yield None
        return
    async with one_analysis_worker() as pool:
        yield pool


async def test_an_overloaded_event_loop_still_ends_every_analysis_whole(
    user: Any, gemini: FakeGemini, settings: Any, workers: WorkerPool | None
) -> None:
    settings.MAX_CONCURRENT_ANALYSES_PER_USER = 100
    sockets, per_socket = 8, 3
    gemini.enqueue(*[Script(chunk_count=30, chunk_delay_s=0.002) for _ in range(sockets * per_socket)])
    communicators = [await connected(user) for _ in range(sockets)]
    done = asyncio.Event()

    async def hog() -> None:
        """Hold the event loop 30 ms at a time (past ANALYSIS_COALESCE_LAG_MS), as a saturated server does."""
        while not done.is_set():
            time.sleep(0.03)  # noqa: ASYNC251  (blocking on purpose: that is the overload)
            await asyncio.sleep(0)

    async def follow(communicator: Any) -> dict[int, list[dict[str, Any]]]:
        for _ in range(per_socket):
            await communicator.send_json_to(analyze_frame())
        streams: dict[int, list[dict[str, Any]]] = {}
        finished = 0
        while finished < per_socket:
            frame = await communicator.receive_json_from(timeout=20)
            streams.setdefault(frame["analysis_id"], []).append(frame)
            finished += frame["type"] in TERMINAL
        return streams

    hogging = asyncio.create_task(hog())
    try:
        results = await asyncio.gather(*(follow(communicator) for communicator in communicators))
    finally:
        done.set()
        await hogging
        for communicator in communicators:
            await communicator.disconnect()

    streams = {analysis_id: frames for result in results for analysis_id, frames in result.items()}
    assert len(streams) == sockets * per_socket
    if workers is not None:
        assert sum(worker.handed for worker in workers.workers) == sockets * per_socket
    for analysis_id, frames in streams.items():
        assert_whole_stream(frames)
        stored = await row(analysis_id)
        assert (stored.status, stored.ai_analysis) == ("completed", frames[-1]["ai_analysis"])
