"""Redis down under the pub/sub channel layer: local channels are told once; service resumes after."""

import asyncio

from api_services.cache_errors import CACHE_ERRORS
from api_services.channel_layers import OutageAwareRedisPubSubChannelLayer


async def test_a_local_channel_hears_of_the_outage_once_and_receives_again_after(
    redis_server, caplog
) -> None:
    layer = OutageAwareRedisPubSubChannelLayer(hosts=[f"redis://127.0.0.1:{redis_server.port}/0"])
    channel = await layer.new_channel()
    await layer.send(channel, {"type": "before"})
    assert await asyncio.wait_for(layer.receive(channel), 5) == {"type": "before"}

    await asyncio.to_thread(redis_server.stop)
    assert await asyncio.wait_for(layer.receive(channel), 5) == {"type": "layer.outage"}

    await asyncio.to_thread(redis_server.start)
    # Pub/sub delivers at most once: until the layer has resubscribed in the background a message is lost,
    # so send until the one receive (a cancelled receive would drop the channel) gets it.
    receiving = asyncio.ensure_future(layer.receive(channel))
    for _ in range(100):
        if receiving.done():
            break
        try:
            await layer.send(channel, {"type": "after"})
        except CACHE_ERRORS:
            pass
        await asyncio.wait({receiving}, timeout=0.1)
    assert await asyncio.wait_for(receiving, 1) == {"type": "after"}  # one outage message only, then live
    # The outage is one warning; channels_redis's reader no longer logs a traceback per second of it.
    assert [r.getMessage() for r in caplog.records if r.levelname == "ERROR"] == []
    await layer.flush()
