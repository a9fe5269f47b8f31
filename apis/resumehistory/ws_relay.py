"""The relay half of the analysis socket: numbered frames in, each number sent once and in order, out.

An analysis's frames reach a socket in two ways: the run of this process that the socket started hands it
every batch directly (``deliver``), and any other analysis or comparison it follows arrives as channel-layer
events of its group. A ``subscribe`` first buffers live frames until the running process's snapshot
arrives, then relays snapshot + buffer + live. Either way the socket relays each number once, in order,
and stops following at the final frame.
"""

import asyncio
import json
import logging
import weakref
from dataclasses import dataclass, field
from typing import Any

from autobahn.exception import Disconnected
from channels.generic.websocket import AsyncWebsocketConsumer

from api_services.channel_groups import analysis_group, comparison_group
from apis.comparisons.frames import TERMINAL_FRAMES as COMPARISON_TERMINAL_FRAMES
from apis.resumehistory import analysis_services as analyses
from apis.resumehistory.analysis_run import TERMINAL_FRAMES

logger = logging.getLogger(__name__)

_DRAIN_POLL_S = 0.01


@dataclass
class Follow:
    """What this socket knows of one analysis it follows."""

    last_event: int = 0
    direct: bool = False  # handed by this process's run (``deliver``), not through the analysis group
    syncing: bool = False  # waiting for the snapshot; live frames are buffered meanwhile
    buffer: list[list[Any]] = field(default_factory=list)
    timer: asyncio.Task | None = None


class RelayingConsumer(AsyncWebsocketConsumer):
    """Relay the numbered frames of the analyses and comparisons this socket follows."""

    follows: dict[int, Follow]
    comparison_follows: dict[int, Follow]

    async def deliver(self, analysis_id: int, events: list[list[Any]]) -> None:
        """Relay a batch handed by the run this socket started (``analysis_start(follower=...)``)."""
        if analysis_id not in self.follows:  # ``analysis.started`` comes before ``analysis_start`` returns
            self.follows[analysis_id] = Follow(direct=True)
        await self._relay(analysis_id, events)

    async def _unfollow(self, analysis_id: int) -> None:
        follow = self.follows.pop(analysis_id, None)
        if follow is None:
            return
        if follow.timer is not None:
            follow.timer.cancel()
        if follow.direct:
            analyses.analysis_unfollow(analysis_id=analysis_id, follower=self.deliver)
        else:
            await self.channel_layer.group_discard(analysis_group(analysis_id), self.channel_name)

    async def _unfollow_comparison(self, comparison_id: int) -> None:
        if self.comparison_follows.pop(comparison_id, None) is not None:
            await self.channel_layer.group_discard(comparison_group(comparison_id), self.channel_name)

    async def _relay(self, analysis_id: int, events: list[list[Any]]) -> None:
        if await self._relay_new(self.follows.get(analysis_id), events, TERMINAL_FRAMES):
            await self._unfollow(analysis_id)

    async def _relay_comparison(self, comparison_id: int, events: list[list[Any]]) -> None:
        follow = self.comparison_follows.get(comparison_id)
        if await self._relay_new(follow, events, COMPARISON_TERMINAL_FRAMES):
            await self._unfollow_comparison(comparison_id)

    async def _relay_new(
        self, follow: Follow | None, events: list[list[Any]], terminal: frozenset[str]
    ) -> bool:
        """Send, in number order, the events ``follow`` has not relayed; return True once one is terminal."""
        if follow is None:
            return False
        if len(events) > 1:
            events = sorted(events, key=lambda event: event[0])
        for number, frame in events:
            if number <= follow.last_event:
                continue
            follow.last_event = number
            await self._send(frame)
            if frame["type"] in terminal:
                return True
        return False

    async def _send(self, frame: dict[str, Any]) -> None:
        try:
            await self.send(text_data=json.dumps(frame, ensure_ascii=False))
        except Disconnected:
            # The client closed between daphne's close handshake and its ``websocket.disconnect`` (seen with
            # the Redis layer's slower group_add before ``connected``): the frame has no one to reach.
            logger.debug("socket closed before a %s frame could be sent", frame.get("type"))

    # --- channel-layer events ------------------------------------------------------------------------------

    async def analysis_event(self, event: dict[str, Any]) -> None:
        follow = self.follows.get(event["analysis_id"])
        if follow is None:
            return
        if follow.syncing:
            final = [item for item in event["events"] if item[1]["type"] in TERMINAL_FRAMES]
            if final:
                # The run has ended without answering the snapshot request (an answer would have come
                # first on this channel), so it is a finished analysis now: relay only its final frame.
                follow.syncing = False
                await self._relay(event["analysis_id"], final)
                return
            follow.buffer.extend(event["events"])
            return
        await self._relay(event["analysis_id"], event["events"])

    async def analysis_snapshot(self, event: dict[str, Any]) -> None:
        analysis_id = event["analysis_id"]
        follow = self.follows.get(analysis_id)
        if follow is None or not follow.syncing:
            return
        follow.syncing = False
        if follow.timer is not None:
            follow.timer.cancel()
        await self._relay(analysis_id, event["events"] + follow.buffer)
        follow.buffer = []

    async def comparison_event(self, event: dict[str, Any]) -> None:
        await self._relay_comparison(event["comparison_id"], event["events"])


live_consumers: "weakref.WeakSet[RelayingConsumer]" = weakref.WeakSet()


async def followers_drained(*, analysis_ids: list[int], timeout_s: float) -> bool:
    """Return True once no socket of this process follows any of ``analysis_ids`` (False after ``timeout_s``).

    A socket stops following at the final frame it relayed, so at shutdown this says every follower has been
    handed its ``interrupted`` frame before the server closes the sockets. Polled: it runs once, at exit.
    """
    wanted = set(analysis_ids)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_s
    while any(wanted.intersection(consumer.follows) for consumer in list(live_consumers)):
        if loop.time() >= deadline:
            return False
        await asyncio.sleep(_DRAIN_POLL_S)
    return True
