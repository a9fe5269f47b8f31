"""Channel-layer backends of our own."""

import asyncio
import time
from typing import Any

from channels.exceptions import ChannelFull
from channels.layers import InMemoryChannelLayer


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
