"""Redis down while a socket follows an analysis: an error frame, not silence."""

import asyncio
from typing import Any

import pytest
from channels.layers import channel_layers

from ai.google_genai.fake_server import FakeGemini, Script
from api_services.tests.test_channel_layer_outage import redis_server  # noqa: F401, F811  (fixture)
from apis.resumehistory.tests.ws_support import (  # noqa: F401  (fixtures)
    _no_leftover_runs,
    analyze_frame,
    connected,
)


@pytest.mark.django_db(transaction=True)
async def test_a_follower_gets_an_error_frame_when_redis_goes_away(
    user: Any,
    gemini: FakeGemini,
    settings: Any,
    redis_server: Any,  # noqa: F811
) -> None:
    settings.CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "api_services.channel_layers.OutageAwareRedisPubSubChannelLayer",
            "CONFIG": {"hosts": [f"redis://127.0.0.1:{redis_server.port}/0"], "prefix": "outage-test"},
        }
    }
    channel_layers.backends.clear()
    gemini.enqueue(Script(chunk_delay_s=1.0))
    communicator = await connected(user)
    try:
        await communicator.send_json_to(analyze_frame())
        started = await communicator.receive_json_from(timeout=5)
        assert started["type"] == "analysis.started"
        await asyncio.to_thread(redis_server.stop)
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
        channel_layers.backends.clear()
