"""A socket closing under the Redis pub/sub layer: the channel is unsubscribed, and nothing is logged as an error.

channels_redis unsubscribes inside the cancelled ``receive``; daphne cancelling the application instance a
second time (server stop, or application_close_timeout) interrupted that and logged a CancelledError traceback.
"""

import asyncio
import logging
from typing import Any

import pytest

from api_services.channel_layers import OUTAGE_EVENT, OutageAwareRedisPubSubChannelLayer


async def _receiving(
    layer: OutageAwareRedisPubSubChannelLayer, channel: str, monkeypatch: Any
) -> asyncio.Task:
    """Return a task that waits in ``layer.receive(channel)`` (as a consumer does between frames)."""
    queue, waiting = layer.channels[channel], asyncio.Event()
    get = queue.get

    async def observed_get() -> Any:
        waiting.set()
        return await get()

    monkeypatch.setattr(queue, "get", observed_get)
    task = asyncio.ensure_future(layer.receive(channel))
    await waiting.wait()
    return task


def _errors(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [record.getMessage() for record in caplog.records if record.levelno >= logging.ERROR]


async def test_a_receive_cancelled_again_while_unsubscribing_logs_no_error_and_unsubscribes(
    redis_server, monkeypatch, caplog
) -> None:
    layer = OutageAwareRedisPubSubChannelLayer(hosts=[f"redis://127.0.0.1:{redis_server.port}/0"])
    channel = await layer.new_channel()
    shard = layer._get_shard(channel)
    entered, answer = asyncio.Event(), asyncio.Event()
    unsubscribe = shard.unsubscribe

    async def slow_unsubscribe(name: str) -> None:  # Redis answering slowly, as under 600 closing sockets
        entered.set()
        await answer.wait()
        await unsubscribe(name)

    monkeypatch.setattr(shard, "unsubscribe", slow_unsubscribe)
    receive = await _receiving(layer, channel, monkeypatch)
    receive.cancel()  # the socket closed: channels cancels its receive
    await entered.wait()
    receive.cancel()  # daphne kills the application instance while the receive tidies up
    with pytest.raises(asyncio.CancelledError):
        await receive
    answer.set()
    await asyncio.gather(*layer.closing)

    assert _errors(caplog) == []
    assert channel not in layer.channels
    assert channel not in shard._subscribed_to
    await layer.flush()


async def test_a_socket_closing_while_redis_is_down_is_a_warning_not_an_error(
    redis_server, monkeypatch, caplog
) -> None:
    layer = OutageAwareRedisPubSubChannelLayer(hosts=[f"redis://127.0.0.1:{redis_server.port}/0"])
    channel = await layer.new_channel()
    heard = await _receiving(layer, channel, monkeypatch)
    await asyncio.to_thread(redis_server.stop)
    # The follower hears of the outage first (the layer's reader sees the connection fail); racing a close
    # against that message made this test depend on the machine's load.
    assert await asyncio.wait_for(heard, timeout=30) == OUTAGE_EVENT
    receive = await _receiving(layer, channel, monkeypatch)  # the consumer waits for its next frame
    receive.cancel()  # and its socket closes while Redis is still down
    with pytest.raises(asyncio.CancelledError):
        await receive
    await asyncio.gather(*layer.closing, return_exceptions=True)

    assert _errors(caplog) == []
    assert channel not in layer.channels
    await layer.flush()
