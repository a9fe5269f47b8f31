"""One analysis run of this process: its numbered frames, who follows them, and its control listener.

A run numbers every frame it publishes (``[n, frame]``) and keeps them for snapshots. The socket that started
it, in this process, is handed each batch directly (``followers``): no channel-layer message per chunk. The
analysis group (``analysis_group(id)``) gets the frames too once someone else may follow: a socket of this
process that subscribes, or a snapshot request from another process (``fan_out``); frames before that are in
the snapshot the follower is sent, so none is missing, and frame numbers remove duplicates.
"""

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from channels.db import database_sync_to_async
from channels.layers import BaseChannelLayer
from django.conf import settings

from ai.base import AnalysisEngine, AnalysisInput
from api_services.cache_errors import CACHE_ERRORS
from api_services.channel_groups import analysis_group
from api_services.const_response import SUCCESS, ws_error_frame, ws_frame
from apis.resumehistory.analysis_remote import RemoteAnalysis
from apis.resumehistory.models import ResumeHistory
from db_cruds import pg_async

logger = logging.getLogger(__name__)

T = TypeVar("T")
Follower = Callable[[int, list[list[Any]]], Awaitable[None]]  # (analysis_id, events) -> relayed

EVENT = "analysis.event"
SNAPSHOT_REQUEST = "analysis.snapshot_request"
SNAPSHOT = "analysis.snapshot"
CANCEL = "analysis.cancel"
TERMINAL_FRAMES = frozenset({"analysis.completed", "analysis.failed", "analysis.cancelled"})
# A frame published by the orphan sweep comes after anything the dead run could have published.
SWEEP_EVENT_NUMBER = 2**31
ANALYSIS_TIMEOUT_CODE = "analysis_timeout"
CANCELLED_CODE = "cancelled"
INTERNAL_ERROR_CODE = "internal_error"
OUTCOME_NOT_STORED_CODE = "outcome_not_stored"


def final_frame(row: ResumeHistory) -> dict[str, Any] | None:
    """Return the terminal frame of a finished analysis, or None while it runs."""
    if row.status == ResumeHistory.Status.COMPLETED:
        return ws_frame("analysis.completed", status=SUCCESS, analysis_id=row.pk, ai_analysis=row.ai_analysis)
    if row.status in (ResumeHistory.Status.FAILED, ResumeHistory.Status.CANCELLED):
        return ws_error_frame(
            frame_type=f"analysis.{row.status}",
            code=row.error_code or (CANCELLED_CODE if row.status == "cancelled" else INTERNAL_ERROR_CODE),
            message=row.error_message,
            analysis_id=row.pk,
        )
    return None


class ModelSlots:
    """This process's count of model calls in flight (``MAX_CONCURRENT_MODEL_CALLS``)."""

    def __init__(self) -> None:
        self.used = 0

    def try_acquire(self) -> bool:
        if self.used >= settings.MAX_CONCURRENT_MODEL_CALLS:
            return False
        self.used += 1
        return True

    def release(self) -> None:
        self.used = max(0, self.used - 1)


model_slots = ModelSlots()


@dataclass(eq=False)
class Run:
    request_id: str
    engine: AnalysisEngine
    analysis_input: AnalysisInput
    layer: BaseChannelLayer
    # Done (with the row's id) once the row is written, just before ``analysis.started`` is published; no
    # model request is sent before.
    admitted: asyncio.Future[int]
    analysis_id: int = 0
    events: list[list[Any]] = field(default_factory=list)
    task: asyncio.Task | None = None
    cancel_requested: bool = False
    started: float = field(default_factory=time.monotonic)
    holds_model_slot: bool = True
    layer_down: bool = False  # the last publish found the channel layer unreachable
    followers: list[Follower] = field(default_factory=list)  # sockets of this process handed every batch
    fan_out: bool = False  # also send to the analysis group: a socket other than ``followers`` may follow
    remote: RemoteAnalysis | None = None  # the model call, run by an analysis worker (``analysis_workers``)

    def request_cancel(self) -> None:
        """Cancel the run (from any thread); it then stores and publishes ``analysis.cancelled``."""
        if self.task is not None:
            self.task.get_loop().call_soon_threadsafe(self._cancel)

    def _cancel(self) -> None:
        if not self.cancel_requested and self.task is not None and not self.task.done():
            self.cancel_requested = True
            self.task.cancel()

    def release_model_slot(self) -> None:
        """Free this run's model-call slot (once): before its final frame, so a client may start again."""
        if self.holds_model_slot:
            self.holds_model_slot = False
            model_slots.release()

    async def publish(self, *frames: dict[str, Any]) -> None:
        """Number ``frames``, keep them for snapshots, hand them to the followers (and to the group)."""
        batch = []
        for frame in frames:
            event = [len(self.events) + 1, frame]
            self.events.append(event)
            batch.append(event)
        for follower in list(self.followers):
            try:
                await follower(self.analysis_id, batch)
            except Exception:  # one socket's fault must not stop the run, nor the other followers
                logger.exception("analysis %s: a follower failed; it follows no more", self.analysis_id)
                self.unfollow(follower)
        if self.fan_out:
            try:
                await self.layer.group_send(
                    analysis_group(self.analysis_id),
                    {"type": EVENT, "analysis_id": self.analysis_id, "events": batch},
                )
            except CACHE_ERRORS as exc:
                # Redis down: the run goes on and stores its outcome; followers elsewhere were told
                # (layer.outage) and find the result in the history. Frames sent meanwhile are lost,
                # as pub/sub loses them.
                if not self.layer_down:
                    logger.warning(
                        "analysis %s: frames not published, channel layer unreachable: %r",
                        self.analysis_id,
                        exc,
                    )
                self.layer_down = True
                return
            self.layer_down = False

    def unfollow(self, follower: Follower) -> None:
        """Stop handing frames to ``follower`` (a socket that closed, or that relayed the final frame)."""
        if follower in self.followers:
            self.followers.remove(follower)

    def snapshot(self) -> dict[str, Any]:
        """Return the ``analysis.snapshot`` message for a new follower, who gets every later frame through the
        analysis group from now on."""
        self.fan_out = True
        return {"type": SNAPSHOT, "analysis_id": self.analysis_id, "events": list(self.events)}


running: dict[int, Run] = {}  # the analyses this process runs, by id


def on_database(*, pg: Callable[..., Awaitable[T]], orm: Callable[..., T]) -> Callable[..., Awaitable[T]]:
    """Return the event-loop version of a write on PostgreSQL, else the ORM one through a worker thread.

    Not the one thread-sensitive thread: under a burst of starts rows are then written by several threads at
    once instead of queueing behind each other (and behind every other database call).
    """
    if pg_async.available():
        return pg
    return database_sync_to_async(orm, thread_sensitive=False)
