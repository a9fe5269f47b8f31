"""What every engine that calls a model does alike, checked for each one against its fake server."""

import asyncio
import time

import pytest

from ai.base import AnalysisInput, StreamChunk
from ai.errors import (
    EngineError,
    InvalidModelOutput,
    ModelRateLimited,
    ModelRejectedRequest,
    ModelStreamInterrupted,
    ModelTimeout,
    ModelUnavailable,
)
from ai.google_genai import GeminiConfig, GeminiEngine
from ai.google_genai.fake_server import Script
from ai.openai_compat import OpenAIConfig, OpenAIEngine
from ai.tests.conftest import Remote
from api_services.tests.server_support import free_port

INPUT = AnalysisInput(
    resume_text="Python developer.", job_description="We need Python, Kubernetes and Terraform."
)


async def collect(remote: Remote) -> list[StreamChunk]:
    return [chunk async for chunk in remote.engine.stream(INPUT)]


@pytest.mark.parametrize("status", [429, 500, 503])
async def test_it_retries_a_transient_status_before_the_first_chunk(remote: Remote, status: int) -> None:
    remote.fake.enqueue(Script(status=status), Script(status=status))
    chunks = await collect(remote)
    assert len(remote.fake.requests) == 3
    assert "".join(chunk.text for chunk in chunks).startswith('{"match_score"')


@pytest.mark.parametrize(
    ("status", "error", "code"),
    [(429, ModelRateLimited, "model_rate_limited"), (500, ModelUnavailable, "model_unavailable")],
)
async def test_it_gives_up_after_the_bounded_retries(
    remote: Remote, status: int, error: type[EngineError], code: str
) -> None:
    remote.fake.enqueue(*[Script(status=status)] * 3)
    started = time.monotonic()
    with pytest.raises(error) as caught:
        await collect(remote)
    assert caught.value.code == code
    assert len(remote.fake.requests) == 3  # the first call and max_retries=2 retries
    assert time.monotonic() - started < 2


async def test_it_does_not_retry_a_rejected_request(remote: Remote) -> None:
    remote.fake.enqueue(Script(status=403))
    with pytest.raises(ModelRejectedRequest):
        await collect(remote)
    assert len(remote.fake.requests) == 1


async def test_a_cut_after_chunks_fails_without_retry(remote: Remote) -> None:
    remote.fake.enqueue(Script(cut_after=2))
    seen = []
    with pytest.raises(ModelStreamInterrupted):
        async for chunk in remote.engine.stream(INPUT):
            seen.append(chunk.text)
    assert len(seen) == 2
    assert len(remote.fake.requests) == 1


async def test_a_cut_before_any_chunk_is_retried(remote: Remote) -> None:
    remote.fake.enqueue(Script(cut_after=0))
    await collect(remote)
    assert len(remote.fake.requests) == 2


async def test_a_stall_mid_stream_hits_the_read_timeout(remote: Remote) -> None:
    remote.fake.enqueue(Script(stall_after=1))
    started = time.monotonic()
    with pytest.raises(ModelTimeout) as caught:
        await collect(remote)
    assert caught.value.code == "model_timeout"
    assert 0.35 < time.monotonic() - started < 2


async def test_an_error_event_mid_stream_maps_to_its_status(remote: Remote) -> None:
    remote.fake.enqueue(Script(error_after=2, error_status=429))
    with pytest.raises(ModelRateLimited):
        await collect(remote)
    assert len(remote.fake.requests) == 1


async def test_a_stream_without_finish_reason_is_interrupted(remote: Remote) -> None:
    remote.fake.enqueue(Script(finish_reason=None))
    with pytest.raises(ModelStreamInterrupted):
        await collect(remote)


async def test_output_cut_at_max_tokens_is_invalid(remote: Remote) -> None:
    remote.fake.enqueue(Script(finish_reason=remote.too_long))
    with pytest.raises(InvalidModelOutput, match="cut off"):
        await collect(remote)


async def test_a_safety_stop_is_a_rejection(remote: Remote) -> None:
    remote.fake.enqueue(Script(finish_reason=remote.refused))
    with pytest.raises(ModelRejectedRequest, match="refused to analyse"):
        await collect(remote)


@pytest.mark.parametrize("engine_name", ["gemini", "openai"])
async def test_an_unreachable_model_is_unavailable_after_retries(engine_name: str) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    engine = (
        GeminiEngine(config=GeminiConfig(api_key="k", base_url=url, retry_base_delay_s=0.01))
        if engine_name == "gemini"
        else OpenAIEngine(config=OpenAIConfig(base_url=f"{url}/v1", model="m", retry_base_delay_s=0.01))
    )
    with pytest.raises(ModelUnavailable):
        async for _ in engine.stream(INPUT):
            pass


async def test_cancelling_closes_the_upstream_stream_at_once(remote: Remote) -> None:
    remote.fake.enqueue(Script(chunk_delay_s=5.0))
    first = asyncio.Event()

    async def consume() -> None:
        async for _ in remote.engine.stream(INPUT):
            first.set()

    task = asyncio.create_task(consume())
    await asyncio.wait_for(first.wait(), 5)
    cancelled_at = time.monotonic()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert await asyncio.to_thread(
        remote.fake.wait_for, lambda requests: requests[0].client_closed_at, timeout_s=2
    )
    assert remote.fake.requests[0].client_closed_at - cancelled_at < 1.0
