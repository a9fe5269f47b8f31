"""Redis down while a socket follows an analysis: an error frame, not silence."""

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from channels.layers import channel_layers

from ai.google_genai.fake_server import FakeGemini, Script
from apis.resumehistory import analysis_run
from apis.resumehistory.tests.ws_support import (  # noqa: F401  (fixtures)
    _no_leftover_runs,
    analyze_frame,
    connected,
)


@pytest.fixture
def redis_layer(settings: Any, redis_server: Any) -> Iterator[Any]:
    """The project's Redis pub/sub layer on a throwaway redis-server (which the test may stop)."""
    settings.CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "api_services.channel_layers.OutageAwareRedisPubSubChannelLayer",
            "CONFIG": {"hosts": [f"redis://127.0.0.1:{redis_server.port}/0"], "prefix": "outage-test"},
        }
    }
    channel_layers.backends.clear()
    yield redis_server
    channel_layers.backends.clear()


@pytest.mark.django_db(transaction=True)
async def test_a_follower_gets_an_error_frame_when_redis_goes_away(
    user: Any,
    gemini: FakeGemini,
    redis_layer: Any,
) -> None:
    gemini.enqueue(Script(chunk_delay_s=1.0))
    communicator = await connected(user)
    try:
        await communicator.send_json_to(analyze_frame())
        started = await communicator.receive_json_from(timeout=5)
        assert started["type"] == "analysis.started"
        await asyncio.to_thread(redis_layer.stop)
        for _ in range(20):
            frame = await communicator.receive_json_from(timeout=5)
            if frame.get("code") == "service_unavailable":
                break
        assert frame == {
            "type": "error",
            "status": "failed",
            "code": "service_unavailable",
            "message": "Live updates are interrupted (the server's message broker is unreachable); frames may "
            "be missing. The final result is saved in the history.",
            "analysis_id": started["analysis_id"],
        }
    finally:
        await communicator.disconnect()


@pytest.mark.django_db(transaction=True)
async def test_an_analysis_running_while_redis_is_down_completes_and_logs_no_error(
    user: Any, gemini: FakeGemini, settings: Any, redis_layer: Any, caplog: Any
) -> None:
    """Before, its next publish raised and the run failed as ``internal_error`` with a traceback."""
    from apis.resumehistory.models import ResumeHistory

    settings.GEMINI_READ_TIMEOUT_S = 10  # a loaded machine must not turn the slow stream into model_timeout
    gemini.enqueue(Script(chunk_delay_s=0.3))
    communicator = await connected(user)
    try:
        await communicator.send_json_to(analyze_frame())
        started = await communicator.receive_json_from(timeout=5)
        await asyncio.to_thread(redis_layer.stop)
        run = analysis_run.running[started["analysis_id"]]
        await asyncio.wait_for(asyncio.shield(run.task), 30)
    finally:
        await communicator.disconnect()
    row = await ResumeHistory.objects.aget(pk=started["analysis_id"])
    assert (row.status, row.error_code) == ("completed", "")
    # (the asyncio logger is the fake Gemini server's, in this process)
    errors = [r.getMessage() for r in caplog.records if r.levelname == "ERROR" and r.name != "asyncio"]
    assert errors == []


@pytest.mark.django_db(transaction=True)
async def test_an_analysis_asked_for_while_redis_is_down_is_refused_and_the_socket_stays_open(
    user: Any, gemini: FakeGemini, redis_layer: Any
) -> None:
    """Before, the subscription error escaped the consumer: daphne closed the socket with 1011 and a traceback."""
    communicator = await connected(user)
    try:
        await asyncio.to_thread(redis_layer.stop)
        await communicator.send_json_to(analyze_frame())
        assert await communicator.receive_json_from(timeout=5) == {
            "type": "error",
            "status": "failed",
            "code": "service_unavailable",
            "message": "The analysis cannot be started right now; try again shortly.",
        }
        await communicator.send_json_to({"action": "analyze"})  # still served: a bad frame gets its answer
        assert (await communicator.receive_json_from(timeout=5))["code"] != "service_unavailable"
    finally:
        await communicator.disconnect()
