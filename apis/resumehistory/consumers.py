"""The WebSocket adapter for live analyses (``ws/resume-tailor/``): frames in, service calls, frames out.

Every frame of an analysis reaches this socket through the analysis's channel-layer group, numbered; the
consumer relays each number once, in order, and stops following at the final frame. A ``subscribe`` first
buffers live frames until the running process's snapshot arrives, then relays snapshot + buffer + live.
"""

import asyncio
import json
import logging
import weakref
from dataclasses import dataclass, field
from typing import Any

from autobahn.exception import Disconnected
from channels.consumer import get_handler_name
from channels.generic.websocket import AsyncWebsocketConsumer
from django.conf import settings

from api_services import status_messages as msg
from api_services.cache_errors import CACHE_ERRORS
from api_services.channel_groups import analysis_group, comparison_group, user_group
from api_services.const_response import SUCCESS, ws_error_frame, ws_frame
from api_services.custom_exceptions import AppError
from apis.comparisons import services as comparisons
from apis.comparisons.frames import TERMINAL_FRAMES as COMPARISON_TERMINAL_FRAMES
from apis.rescore.services import Rescorer
from apis.resumehistory import analysis_frames as frames
from apis.resumehistory import analysis_services as analyses

logger = logging.getLogger(__name__)

NOT_AUTHENTICATED_CLOSE_CODE = 4401
_DRAIN_POLL_S = 0.01


@dataclass
class _Follow:
    """What this socket knows of one analysis it follows."""

    last_event: int = 0
    syncing: bool = False  # waiting for the snapshot; live frames are buffered meanwhile
    buffer: list[list[Any]] = field(default_factory=list)
    timer: asyncio.Task | None = None


class AnalysisConsumer(AsyncWebsocketConsumer):
    """Start, cancel and follow analyses and comparisons; relay their frames."""

    user_id: int | None = None
    follows: dict[int, _Follow]
    rescorer: Rescorer | None = None

    async def dispatch(self, message: dict[str, Any]) -> None:
        # channels hops to the database thread (close_old_connections) before every handler. Here every
        # database access already goes through database_sync_to_async, which does that itself, and at
        # thousands of relayed chunks per second the hop would queue each chunk behind the analyses' inserts.
        handler = getattr(self, get_handler_name(message), None)
        if handler is None:
            raise ValueError(f"No handler for message type {message['type']}")
        await handler(message)

    async def connect(self) -> None:
        user = self.scope.get("user")
        self.follows: dict[int, _Follow] = {}
        self.comparison_follows: dict[int, _Follow] = {}
        _live_consumers.add(self)
        await self.accept()
        if user is None or not user.is_authenticated:
            await self._send(ws_error_frame(code="not_authenticated", message=msg.NOT_AUTHENTICATED))
            await self.close(code=NOT_AUTHENTICATED_CLOSE_CODE)
            return
        self.user_id = user.pk
        self.rescorer = Rescorer(send=self._send, user_id=user.pk)
        await self.channel_layer.group_add(user_group(user.pk), self.channel_name)
        analyses.ensure_housekeeper()
        profile = {
            "id": user.pk,
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
        }
        engine = analyses.configured_engine()
        await self._send(
            ws_frame(
                "connected",
                status=SUCCESS,
                data={
                    "user": profile,
                    "engine": engine.name,
                    "model": engine.model,
                    "limits": frames.limits(),
                },
            )
        )

    async def disconnect(self, code: int) -> None:
        if self.user_id is None:
            return
        if self.rescorer is not None:
            self.rescorer.close()
        try:
            await self.channel_layer.group_discard(user_group(self.user_id), self.channel_name)
            for analysis_id in list(self.follows):
                await self._unfollow(analysis_id)
            for comparison_id in list(self.comparison_follows):
                await self._unfollow_comparison(comparison_id)
        except CACHE_ERRORS:  # Redis down: nothing to tidy there; its subscriptions went with the connection
            logger.warning("user %s: socket closed while the channel layer was unreachable", self.user_id)

    async def receive(self, text_data: str | None = None, bytes_data: bytes | None = None) -> None:
        if self.user_id is None:
            return
        try:
            payload = frames.frame_payload(text=text_data)
            action = frames.frame_action(payload)
            if action == "analyze":
                analysis_id = await analyses.analysis_start(
                    user_id=self.user_id, payload=payload, follower_channel=self.channel_name
                )
                self.follows[analysis_id] = _Follow()
            elif action == "rescore":
                assert self.rescorer is not None
                await self.rescorer.submit(payload)
            elif action == "compare":
                comparison_id = await comparisons.comparison_start(
                    user_id=self.user_id, payload=payload, follower_channel=self.channel_name
                )
                self.comparison_follows[comparison_id] = _Follow()
            elif payload.get("comparison_id") is not None:
                await self._comparison_action(action, payload)
            elif action == "subscribe":
                await self._subscribe(frames.frame_id(payload, "analysis_id"))
            else:
                analysis_id = frames.frame_id(payload, "analysis_id")
                # Cancel first: a finished analysis answers only ``not_running`` (no final frame before it).
                await analyses.analysis_cancel(user_id=self.user_id, analysis_id=analysis_id)
                if analysis_id not in self.follows:
                    await self._subscribe(analysis_id)
        except AppError as exc:
            await self._send(frames.error_frame(exc))

    async def _comparison_action(self, action: str, payload: dict[str, Any]) -> None:
        if payload.get("analysis_id") is not None:
            raise frames.FrameError(msg.WS_ONE_FOLLOW_TARGET, code="invalid_field", field="comparison_id")
        comparison_id = frames.frame_id(payload, "comparison_id")
        if action == "cancel":
            await comparisons.comparison_cancel(user_id=self.user_id, comparison_id=comparison_id)
        # A socket that cancels a comparison it does not follow yet gets its frames up to the cancelled one.
        await self._subscribe_comparison(comparison_id)

    def _check_subscription_limit(self) -> None:
        limit = settings.WS_MAX_SUBSCRIPTIONS
        if len(self.follows) + len(self.comparison_follows) >= limit:
            raise frames.FrameError(
                msg.WS_TOO_MANY_SUBSCRIPTIONS.format(limit=limit), code="too_many_subscriptions"
            )

    async def _subscribe_comparison(self, comparison_id: int) -> None:
        """Replay the comparison's stored frames; while it runs, its later frames follow live."""
        if comparison_id in self.comparison_follows:
            return
        self._check_subscription_limit()
        events = await comparisons.comparison_subscribe(
            user_id=self.user_id, comparison_id=comparison_id, follower_channel=self.channel_name
        )
        self.comparison_follows[comparison_id] = _Follow()
        await self._relay_comparison(comparison_id, events)

    async def _subscribe(self, analysis_id: int) -> None:
        if analysis_id in self.follows:
            return
        self._check_subscription_limit()
        final = await analyses.analysis_subscribe(
            user_id=self.user_id, analysis_id=analysis_id, follower_channel=self.channel_name
        )
        if final is not None:
            await self._send(final)
            return
        follow = _Follow(syncing=True)
        follow.timer = asyncio.create_task(self._snapshot_deadline(analysis_id))
        self.follows[analysis_id] = follow

    async def _snapshot_deadline(self, analysis_id: int) -> None:
        """Tell this consumer (through its own channel, so handlers stay sequential) the snapshot is late."""
        await asyncio.sleep(settings.ANALYSIS_SUBSCRIBE_TIMEOUT_S)
        await self.channel_layer.send(
            self.channel_name, {"type": "analysis.snapshot_late", "analysis_id": analysis_id}
        )

    async def _unfollow(self, analysis_id: int) -> None:
        follow = self.follows.pop(analysis_id, None)
        if follow is None:
            return
        if follow.timer is not None:
            follow.timer.cancel()
        await self.channel_layer.group_discard(analysis_group(analysis_id), self.channel_name)

    async def _unfollow_comparison(self, comparison_id: int) -> None:
        if self.comparison_follows.pop(comparison_id, None) is not None:
            await self.channel_layer.group_discard(comparison_group(comparison_id), self.channel_name)

    async def _relay(self, analysis_id: int, events: list[list[Any]]) -> None:
        if await self._relay_new(self.follows.get(analysis_id), events, analyses.TERMINAL_FRAMES):
            await self._unfollow(analysis_id)

    async def _relay_comparison(self, comparison_id: int, events: list[list[Any]]) -> None:
        follow = self.comparison_follows.get(comparison_id)
        if await self._relay_new(follow, events, COMPARISON_TERMINAL_FRAMES):
            await self._unfollow_comparison(comparison_id)

    async def _relay_new(
        self, follow: _Follow | None, events: list[list[Any]], terminal: frozenset[str]
    ) -> bool:
        """Send, in number order, the events ``follow`` has not relayed; return True once one is terminal."""
        if follow is None:
            return False
        for number, frame in sorted(events, key=lambda event: event[0]):
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
            final = [item for item in event["events"] if item[1]["type"] in analyses.TERMINAL_FRAMES]
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

    async def analysis_snapshot_late(self, event: dict[str, Any]) -> None:
        analysis_id = event["analysis_id"]
        follow = self.follows.get(analysis_id)
        if follow is None or not follow.syncing:
            return
        await self._unfollow(analysis_id)
        try:
            final = await analyses.analysis_final_frame(user_id=self.user_id, analysis_id=analysis_id)
        except AppError as exc:
            await self._send(frames.error_frame(exc))
            return
        if final is None:
            logger.warning("analysis %s: no snapshot from its process in time", analysis_id)
            final = ws_error_frame(
                code="analysis_unavailable", message=msg.WS_ANALYSIS_UNAVAILABLE, analysis_id=analysis_id
            )
        await self._send(final)

    async def comparison_event(self, event: dict[str, Any]) -> None:
        await self._relay_comparison(event["comparison_id"], event["events"])

    async def comparison_analysis(self, event: dict[str, Any]) -> None:
        """Follow a model analysis the comparison this socket started has begun for one of its best pairs."""
        try:
            await self._subscribe(event["analysis_id"])
        except AppError as exc:
            await self._send(frames.error_frame(exc))

    async def layer_outage(self, event: dict[str, Any]) -> None:
        """Redis (the channel layer) stopped answering: say so for each followed analysis, not silence.

        The follows stay: live frames resume when Redis is back; frames sent meanwhile may be missing.
        """
        for analysis_id in list(self.follows):
            await self._send(
                ws_error_frame(
                    code="service_unavailable",
                    message=msg.WS_LIVE_UPDATES_UNAVAILABLE,
                    analysis_id=analysis_id,
                )
            )

    async def session_revoked(self, event: dict[str, Any]) -> None:
        await self._send(ws_error_frame(code="not_authenticated", message=msg.WS_SESSION_ENDED))
        await self.close(code=NOT_AUTHENTICATED_CLOSE_CODE)


_live_consumers: "weakref.WeakSet[AnalysisConsumer]" = weakref.WeakSet()


async def followers_drained(*, analysis_ids: list[int], timeout_s: float) -> bool:
    """Return True once no socket of this process follows any of ``analysis_ids`` (False after ``timeout_s``).

    A socket stops following at the final frame it relayed, so at shutdown this says every follower has been
    handed its ``interrupted`` frame before the server closes the sockets. Polled: it runs once, at exit.
    """
    wanted = set(analysis_ids)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_s
    while any(wanted.intersection(consumer.follows) for consumer in list(_live_consumers)):
        if loop.time() >= deadline:
            return False
        await asyncio.sleep(_DRAIN_POLL_S)
    return True
