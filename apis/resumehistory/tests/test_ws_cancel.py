"""A cancel that lands while a frame is on its way out still hangs up on the model at once."""

import asyncio
import time
from typing import Any

import pytest
from channels.layers import InMemoryChannelLayer, channel_layers, get_channel_layer

from ai.google_genai.fake_server import FakeGemini, Script
from apis.resumehistory import analysis_workers
from apis.resumehistory.tests.test_ws_workers import streaming
from apis.resumehistory.tests.ws_support import (  # noqa: F401  (fixtures)
    TERMINAL,
    _no_leftover_runs,
    connected,
    frames_until,
    row,
)

pytestmark = pytest.mark.django_db(transaction=True)


class HoldingLayer(InMemoryChannelLayer):
    """The in-memory layer, except that once ``hold`` is set a chunk frame never leaves (a stuck Redis)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.hold = False
        self.held = asyncio.Event()

    async def group_send(self, group: str, message: dict[str, Any]) -> None:
        chunks = [frame for _, frame in message.get("events", []) if frame["type"] == "analysis.chunk"]
        if self.hold and chunks:
            self.held.set()
            await asyncio.Event().wait()  # only the run's cancel ends this
        await super().group_send(group, message)


@pytest.fixture(name="holding_layer")
def holding_layer_fixture(settings: Any) -> HoldingLayer:
    settings.CHANNEL_LAYERS = {"default": {"BACKEND": f"{__name__}.HoldingLayer"}}
    channel_layers.backends.clear()
    layer = get_channel_layer()
    assert isinstance(layer, HoldingLayer)
    return layer


@pytest.mark.parametrize("in_worker", [False, True], ids=["in-server", "in-worker"])
async def test_a_cancel_while_a_chunk_is_being_sent_closes_the_model_stream(
    user: Any, gemini: FakeGemini, holding_layer: HoldingLayer, in_worker: bool
) -> None:
    if in_worker:
        await asyncio.to_thread(analysis_workers.pool.start, 1)
    try:
        communicator, analysis_id = await streaming(user, gemini, Script(chunk_count=40, chunk_delay_s=0.05))
        follower = await connected(user)  # a second socket: the run now also sends its frames to the group
        await follower.send_json_to({"action": "subscribe", "analysis_id": analysis_id})
        await frames_until(follower, {"analysis.chunk"})  # the frames so far, replayed
        holding_layer.hold = True
        await asyncio.wait_for(holding_layer.held.wait(), 5)
        cancelled_at = time.monotonic()
        await communicator.send_json_to({"action": "cancel", "analysis_id": analysis_id})
        assert (await frames_until(communicator, TERMINAL))[-1]["type"] == "analysis.cancelled"
        closed = await asyncio.to_thread(
            gemini.wait_for, lambda requests: requests[0].client_closed_at, timeout_s=3
        )
        assert closed
        assert gemini.requests[0].client_closed_at - cancelled_at < 1.0
        assert (await row(analysis_id)).status == "cancelled"
        await communicator.disconnect()
        await follower.disconnect()
    finally:
        analysis_workers.pool.shutdown()
