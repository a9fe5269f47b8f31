import asyncio
import logging
import time

import pytest

from ai.base import AnalysisInput
from ai.google_genai.fake_server import Script
from ai.request_gate import requests_held_until
from ai.tests.conftest import Remote

INPUT = AnalysisInput(resume_text="Python developer.", job_description="We need Python and Terraform.")
CHUNKS = ['{"match_score": 7', "0}"]


class WatchedGate(asyncio.Future[None]):
    """A gate that tells when something starts waiting on it (asyncio.shield adds a done callback)."""

    def __init__(self, *, loop: asyncio.AbstractEventLoop) -> None:
        super().__init__(loop=loop)
        self.awaited = asyncio.Event()

    def add_done_callback(self, fn, *, context=None) -> None:
        super().add_done_callback(fn, context=context)
        self.awaited.set()


async def collect_behind(remote: Remote, gate: asyncio.Future[None]) -> list[str]:
    with requests_held_until(gate):
        return [chunk.text async for chunk in remote.engine.stream(INPUT) if chunk.text]


async def test_it_sends_no_request_until_the_gate_opens(remote: Remote) -> None:
    remote.fake.enqueue(Script(chunks=CHUNKS))
    gate: asyncio.Future[None] = asyncio.get_running_loop().create_future()
    stream = asyncio.create_task(collect_behind(remote, gate))
    done, _ = await asyncio.wait({stream}, timeout=0.3)  # the fake answers at once, so an open gate finishes
    assert (done, remote.fake.requests) == (set(), [])
    gate.set_result(None)
    assert await stream == CHUNKS
    assert len(remote.fake.requests) == 1


async def test_a_cancelled_stream_leaves_the_gate_alone_and_sends_nothing(remote: Remote) -> None:
    gate = WatchedGate(loop=asyncio.get_running_loop())
    stream = asyncio.create_task(collect_behind(remote, gate))
    await asyncio.wait_for(gate.awaited.wait(), 5)
    stream.cancel()
    with pytest.raises(asyncio.CancelledError):
        await stream
    assert (gate.cancelled(), remote.fake.requests) == (False, [])


async def test_a_failed_gate_fails_the_stream_without_a_request(remote: Remote) -> None:
    gate: asyncio.Future[None] = asyncio.get_running_loop().create_future()
    gate.set_exception(LookupError("refused"))
    with pytest.raises(LookupError, match="refused"):
        await collect_behind(remote, gate)
    assert remote.fake.requests == []


async def test_streams_outside_a_gate_are_not_held(remote: Remote) -> None:
    remote.fake.enqueue(Script(chunks=CHUNKS))
    assert [chunk.text async for chunk in remote.engine.stream(INPUT) if chunk.text] == CHUNKS


def stage_records(caplog: pytest.LogCaptureFixture) -> list[tuple[str, int]]:
    return [record.args for record in caplog.records if record.name == "ai.stage_clock"]


async def test_the_stage_clock_marks_the_request_built_then_released_when_on(
    remote: Remote, caplog: pytest.LogCaptureFixture
) -> None:
    remote.fake.enqueue(Script(chunks=CHUNKS))
    caplog.set_level(logging.DEBUG, logger="ai.stage_clock")
    gate = WatchedGate(loop=asyncio.get_running_loop())
    stream = asyncio.create_task(collect_behind(remote, gate))
    await asyncio.wait_for(gate.awaited.wait(), 5)
    opened_ns = time.monotonic_ns()
    gate.set_result(None)
    await stream
    [(built, built_ns), (released, released_ns)] = stage_records(caplog)
    assert (built, released) == ("request_built", "request_released")
    assert built_ns <= opened_ns <= released_ns <= remote.fake.requests[0].received_ns


async def test_the_stage_clock_logs_nothing_when_off(
    remote: Remote, caplog: pytest.LogCaptureFixture
) -> None:
    remote.fake.enqueue(Script(chunks=CHUNKS))
    caplog.set_level(logging.INFO)
    gate: asyncio.Future[None] = asyncio.get_running_loop().create_future()
    gate.set_result(None)
    assert await collect_behind(remote, gate) == CHUNKS
    assert stage_records(caplog) == []
