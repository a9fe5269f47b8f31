"""The WebSocket adapter for live analyses (``ws/resume-tailor/``): frames in, service calls, frames out.

How the frames of the analyses a socket follows are relayed: ``ws_relay``.
"""

import asyncio
import logging
from typing import Any

from channels.consumer import get_handler_name
from django.conf import settings

from ai import stage_clock
from api_services import status_messages as msg
from api_services.cache_errors import CACHE_ERRORS
from api_services.channel_groups import user_group
from api_services.const_response import SUCCESS, ws_error_frame, ws_frame
from api_services.custom_exceptions import AppError
from api_services.request_context import VALID_REQUEST_ID, request_id_var
from apis.comparisons import services as comparisons
from apis.rescore.services import Rescorer
from apis.resumehistory import analysis_frames as frames
from apis.resumehistory import analysis_services as analyses
from apis.resumehistory.engine_services import configured_engine
from apis.resumehistory.ws_relay import Follow, RelayingConsumer, live_consumers

logger = logging.getLogger(__name__)

NOT_AUTHENTICATED_CLOSE_CODE = 4401


class AnalysisConsumer(RelayingConsumer):
    """Start, cancel and follow analyses and comparisons; relay their frames."""

    user_id: int | None = None
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
        self.follows = {}
        self.comparison_follows = {}
        live_consumers.add(self)
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
        engine = configured_engine()
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
        request_id_var.set("-")  # each frame's log lines name its own request id, or none
        try:
            payload = frames.frame_payload(text=text_data)
            request_id = payload.get("request_id")
            if isinstance(request_id, str) and VALID_REQUEST_ID.match(request_id):
                request_id_var.set(request_id)
            stage_clock.mark("received")
            action = frames.frame_action(payload)
            if action == "analyze":
                # Followed from its ``analysis.started`` frame on, handed before this returns (``deliver``).
                await analyses.analysis_start(user_id=self.user_id, payload=payload, follower=self.deliver)
            elif action == "rescore":
                assert self.rescorer is not None
                await self.rescorer.submit(payload)
            elif action == "compare":
                comparison_id = await comparisons.comparison_start(
                    user_id=self.user_id, payload=payload, follower_channel=self.channel_name
                )
                self.comparison_follows[comparison_id] = Follow()
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
        self.comparison_follows[comparison_id] = Follow()
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
        follow = Follow(syncing=True)
        follow.timer = asyncio.create_task(self._snapshot_deadline(analysis_id))
        self.follows[analysis_id] = follow

    async def _snapshot_deadline(self, analysis_id: int) -> None:
        """Tell this consumer (through its own channel, so handlers stay sequential) the snapshot is late."""
        await asyncio.sleep(settings.ANALYSIS_SUBSCRIBE_TIMEOUT_S)
        await self.channel_layer.send(
            self.channel_name, {"type": "analysis.snapshot_late", "analysis_id": analysis_id}
        )

    # --- channel-layer events ------------------------------------------------------------------------------

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
