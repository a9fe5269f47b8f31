"""Channel-layer backends of our own."""

import asyncio
import logging
import time
from typing import Any

from channels.exceptions import ChannelFull
from channels.layers import InMemoryChannelLayer
from channels_redis.pubsub import RedisPubSubChannelLayer

from api_services.cache_errors import CACHE_ERRORS

logger = logging.getLogger(__name__)


class SweepingInMemoryChannelLayer(InMemoryChannelLayer):
    """The in-memory layer, made cheap enough to relay thousands of chunks per second.

    Four differences from the stock layer, none visible to a client:
    - expired messages and memberships are swept at most once per ``sweep_interval_s``, not on every
      ``receive`` and ``group_send`` (that walk over every channel and group dominated relay time);
    - a channel's queue is kept while drained, and dropped by the sweep once it is empty with nobody
      receiving: the stock layer dropped it at every drain, and a consumer's next ``receive`` built a new
      one, once per relayed message;
    - ``group_send`` puts the message on each member's queue directly instead of through one task per member;
    - a message is copied one level deep, not deep-copied: senders must not change a message (or the
      values inside it) once sent, which every sender here honours (frames are built fresh and never
      changed afterwards).
    """

    def __init__(self, *args: Any, sweep_interval_s: float = 1.0, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.sweep_interval_s = sweep_interval_s
        self._last_sweep = float("-inf")
        self._receiving: dict[str, int] = {}  # channel -> receive calls waiting on its queue

    def _clean_expired(self) -> None:
        now = time.monotonic()
        if now - self._last_sweep < self.sweep_interval_s:
            return
        self._last_sweep = now
        super()._clean_expired()
        for channel, queue in list(self.channels.items()):
            if queue.empty() and channel not in self._receiving:
                del self.channels[channel]

    def _queue(self, channel: str) -> asyncio.Queue:
        queue = self.channels.get(channel)
        if queue is None:
            queue = self.channels[channel] = asyncio.Queue(maxsize=self.get_capacity(channel))
        return queue

    def _put(self, channel: str, message: dict[str, Any]) -> None:
        try:
            self._queue(channel).put_nowait((time.time() + self.expiry, dict(message)))
        except asyncio.QueueFull:
            raise ChannelFull(channel) from None

    async def send(self, channel: str, message: dict[str, Any]) -> None:
        assert isinstance(message, dict), "message is not a dict"
        assert "__asgi_channel__" not in message
        self.require_valid_channel_name(channel)
        self._put(channel, message)

    async def receive(self, channel: str) -> dict[str, Any]:
        self.require_valid_channel_name(channel)
        self._clean_expired()
        queue = self._queue(channel)
        self._receiving[channel] = self._receiving.get(channel, 0) + 1
        try:
            _, message = await queue.get()
        finally:
            waiting = self._receiving.pop(channel) - 1
            if waiting:
                self._receiving[channel] = waiting
        return message

    async def group_send(self, group: str, message: dict[str, Any]) -> None:
        assert isinstance(message, dict), "message is not a dict"
        self.require_valid_group_name(group)
        self._clean_expired()
        for channel in list(self.groups.get(group, ())):
            try:
                self._put(channel, message)
            except ChannelFull:  # as the stock layer: a full member misses this message, the others do not
                pass


OUTAGE_EVENT = {"type": "layer.outage"}
READ_RETRY_S = 1.0  # channels_redis's own pause after a failed read of the subscription connection


class OutageAwareRedisPubSubChannelLayer(RedisPubSubChannelLayer):
    """channels_redis's pub/sub layer, telling this process's consumers when Redis stops answering.

    Without it a follower heard nothing while Redis was down: the layer's reader retries in the background.
    When a read of the subscription connection fails, every local channel gets one ``layer.outage`` message
    (once per outage; the next successful read ends it). redis-py reconnects and resubscribes by itself, so
    live frames resume once Redis is back, without a restart.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.closing: set[asyncio.Task] = set()  # unsubscribes of closed channels still under way

    async def receive(self, channel: str) -> Any:
        """Return the next message on ``channel``; once cancelled (its consumer closing), unsubscribe quietly.

        channels_redis 4.3 unsubscribes inside its ``except CancelledError`` and logs whatever interrupts that
        await as "Unexpected exception while cleaning-up channel", with a traceback. A normal close can
        interrupt it: daphne cancels the application instance again (at server stop, or when a close takes
        longer than its application_close_timeout) while channels' ``await_many_dispatch`` still awaits the
        cancelled receive, and the second cancellation reaches the unsubscribe waiting on the shard's lock.
        Here the unsubscribe runs in a task of its own that a second cancellation does not interrupt, and
        Redis being down while a socket closes is a warning, not an error.
        """
        layer = self._get_layer()
        if channel not in layer.channels:
            await layer._subscribe_to_channel(channel)
        queue = layer.channels[channel]
        try:
            message = await queue.get()
        except (asyncio.CancelledError, GeneratorExit) as exc:
            if layer.channels.pop(channel, None) is not None:
                cleanup = asyncio.ensure_future(layer._get_shard(channel).unsubscribe(channel))
                self.closing.add(cleanup)
                cleanup.add_done_callback(self._closed)
                if isinstance(exc, asyncio.CancelledError):  # a closed coroutine (GeneratorExit) cannot wait
                    try:
                        await asyncio.wait({cleanup})
                    except asyncio.CancelledError:  # cancelled again: the unsubscribe goes on by itself
                        pass
            raise
        return self.deserialize(message)

    def _closed(self, cleanup: asyncio.Task) -> None:
        self.closing.discard(cleanup)
        error = None if cleanup.cancelled() else cleanup.exception()
        if isinstance(error, CACHE_ERRORS):
            logger.warning("channel layer: could not unsubscribe a closed channel: %r", error)
        elif error is not None:
            logger.error("channel layer: unsubscribing a closed channel failed", exc_info=error)

    def _get_layer(self) -> Any:
        layer = super()._get_layer()
        for shard in layer._shards:
            if not getattr(shard, "_outage_watched", False):
                shard._outage_watched = True
                shard._ensure_redis = _watching_ensure_redis(shard, layer)
        return layer


def _watching_ensure_redis(shard: Any, layer: Any) -> Any:
    """Return ``shard._ensure_redis`` that also watches the reads of each pub/sub connection it creates."""
    ensure_redis = shard._ensure_redis

    def ensure_and_watch() -> None:
        ensure_redis()
        pubsub = shard._pubsub
        if pubsub is None or getattr(pubsub, "_outage_watched", False):
            return
        pubsub._outage_watched = True
        read = pubsub.get_message
        state = {"down": False}

        async def watched_read(*args: Any, **kwargs: Any) -> Any:
            try:
                message = await read(*args, **kwargs)
            except CACHE_ERRORS as exc:
                if not state["down"]:
                    state["down"] = True
                    logger.warning(
                        "channel layer: Redis unreachable (%r); telling %d local channels",
                        exc,
                        len(layer.channels),
                    )
                    outage = layer.channel_layer.serialize(OUTAGE_EVENT)
                    for queue in layer.channels.values():
                        queue.put_nowait(outage)
                # Instead of raising into channels_redis's reader, which logged the same traceback every
                # second of the outage: wait as it would have, then read (and so reconnect) again.
                await asyncio.sleep(READ_RETRY_S)
                return None
            if state["down"]:
                state["down"] = False
                logger.warning("channel layer: Redis reachable again")
            return message

        pubsub.get_message = watched_read

    return ensure_and_watch
