"""Analyses over the WebSocket: start, run, cancel, re-attach, and sweep the orphans of dead processes.

How it works (README "Live analysis"):
- ``analysis_start`` validates the frame, applies the limits, writes the row (status running) and runs the
  analysis as an asyncio task of this process. The task starts while the row is being written, so that the
  model's SDK builds its request meanwhile, but the request is only sent once the row exists and
  ``analysis.started`` is published (``run.admitted``); a refused start cancels it unsent. The run publishes
  every frame to the channel-layer group ``analysis_group(id)`` as ``{"type": "analysis.event", "events":
  [[n, frame], ...]}``; ``n`` numbers every frame of the analysis, so a follower drops what it has already
  relayed (no gap, no duplicate).
- With a shared (Redis) layer the run also joins a per-analysis control group (``control_group(id)``), through
  which another process asks it to cancel or to send a snapshot of the frames published so far (this process
  reaches its own runs directly). ``subscribe`` joins the analysis group
  first, then asks for the snapshot: frames published after the snapshot arrive live, frames before it are in
  it, whichever process runs the analysis (with Redis) or in this process (in-memory layer).
- Each process heartbeats the rows it runs every ``ANALYSIS_HEARTBEAT_S`` and marks failed (``interrupted``)
  running rows without a heartbeat for ``ANALYSIS_ORPHAN_AFTER_S`` (or older than ``ANALYSIS_TIMEOUT_S``
  plus that margin); the same sweep runs for a user before each cancel and subscribe, and before a start
  that the running-analyses limit would refuse.
"""

import asyncio
import logging
import os
import socket
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any, TypeVar

from asgiref.sync import async_to_sync
from channels.db import database_sync_to_async
from channels.layers import BaseChannelLayer, InMemoryChannelLayer, get_channel_layer
from django.conf import settings
from django.db import DatabaseError
from django.utils import timezone

from ai.base import AnalysisEngine, AnalysisInput
from ai.engines import build_engine
from ai.errors import EngineError
from ai.google_genai import GeminiConfig
from ai.json_stream import JsonFieldStream
from ai.local_engine import MODEL_NAME as LOCAL_MODEL_NAME
from ai.openai_compat import OpenAIConfig
from ai.request_gate import requests_held_until
from api_services import status_messages as msg
from api_services.bounded_json import clean_text, clean_value
from api_services.cache_errors import CACHE_ERRORS
from api_services.channel_groups import analysis_group
from api_services.const_response import SUCCESS, ws_error_frame, ws_frame
from api_services.custom_exceptions import NotFound
from api_services.outages import is_outage, retry_while_unreachable
from api_services.request_context import request_id_var
from apis.jobs.analysis_jobs import job_payload
from apis.resumehistory.analysis_frames import FrameError, analyze_command, check_resume_length
from apis.resumehistory.grounding_services import (
    GROUNDED_ENGINES,
    analysis_input_ground,
    analysis_output_validate,
    local_analysis_run,
)
from apis.resumehistory.models import ResumeHistory
from db_cruds import analysis_runs as runs
from db_cruds import pg_async
from db_cruds.resumes import resume_get_for_user

logger = logging.getLogger(__name__)

T = TypeVar("T")

EVENT = "analysis.event"
SNAPSHOT_REQUEST = "analysis.snapshot_request"
SNAPSHOT = "analysis.snapshot"
CANCEL = "analysis.cancel"
STOP_LISTENING = "analysis.stop_listening"
TERMINAL_FRAMES = frozenset({"analysis.completed", "analysis.failed", "analysis.cancelled"})
# A frame published by the orphan sweep comes after anything the dead run could have published.
SWEEP_EVENT_NUMBER = 2**31
ANALYSIS_TIMEOUT_CODE = "analysis_timeout"
CANCELLED_CODE = "cancelled"
INTERNAL_ERROR_CODE = "internal_error"
OUTCOME_NOT_STORED_CODE = "outcome_not_stored"
WORKER_ID = f"{socket.gethostname()}:{os.getpid()}"[:64]


def control_group(analysis_id: int) -> str:
    """Return the group the process running an analysis listens on for cancel and snapshot requests."""
    return f"analysis.{analysis_id}.control"


def configured_engine(*, name: str | None = None) -> AnalysisEngine:
    """Return the engine called ``name`` (default: what ``AI_ENGINE`` resolves to), configured from settings.

    Raise ``ValueError`` for an unknown name, for Gemini without ``GEMINI_API_KEY``, or for openai without
    ``OPENAI_MODEL``.
    """
    name = name or settings.AI_ENGINE_RESOLVED
    gemini = openai = None
    if name == "gemini":
        gemini = GeminiConfig(
            api_key=settings.GEMINI_API_KEY,
            model=settings.GEMINI_MODEL,
            base_url=settings.GEMINI_BASE_URL,
            thinking_budget=settings.GEMINI_THINKING_BUDGET,
            max_output_tokens=settings.GEMINI_MAX_OUTPUT_TOKENS,
            max_retries=settings.GEMINI_MAX_RETRIES,
            read_timeout_s=settings.GEMINI_READ_TIMEOUT_S,
            retry_base_delay_s=settings.GEMINI_RETRY_BASE_DELAY_S,
            retry_max_delay_s=settings.GEMINI_RETRY_MAX_DELAY_S,
            max_connections=settings.MAX_CONCURRENT_MODEL_CALLS,
        )
    if name == "openai":
        openai = OpenAIConfig(
            base_url=settings.OPENAI_BASE_URL,
            model=settings.OPENAI_MODEL,
            api_key=settings.OPENAI_API_KEY,
            response_format=settings.OPENAI_RESPONSE_FORMAT,
            max_output_tokens=settings.OPENAI_MAX_OUTPUT_TOKENS,
            max_retries=settings.OPENAI_MAX_RETRIES,
            read_timeout_s=settings.OPENAI_READ_TIMEOUT_S,
            retry_base_delay_s=settings.OPENAI_RETRY_BASE_DELAY_S,
            retry_max_delay_s=settings.OPENAI_RETRY_MAX_DELAY_S,
            max_connections=settings.MAX_CONCURRENT_MODEL_CALLS,
        )
    return build_engine(name=name, gemini=gemini, openai=openai)


# --- frames ----------------------------------------------------------------------------------------------


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


# --- the run -------------------------------------------------------------------------------------------


class _ModelSlots:
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


_model_slots = _ModelSlots()


@dataclass(eq=False)
class _Run:
    request_id: str
    engine: AnalysisEngine
    analysis_input: AnalysisInput
    layer: BaseChannelLayer
    # Done once the row is written and ``analysis.started`` published; no model request is sent before.
    admitted: asyncio.Future[None]
    analysis_id: int = 0
    control_channel: str = ""
    events: list[list[Any]] = field(default_factory=list)
    task: asyncio.Task | None = None
    listener: asyncio.Task | None = None
    cancel_requested: bool = False
    started: float = field(default_factory=time.monotonic)
    holds_model_slot: bool = True
    layer_down: bool = False  # the last publish found the channel layer unreachable

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
            _model_slots.release()

    async def publish(self, *frames: dict[str, Any]) -> None:
        """Number ``frames``, keep them for snapshots and send them to the analysis group."""
        batch = []
        for frame in frames:
            event = [len(self.events) + 1, frame]
            self.events.append(event)
            batch.append(event)
        try:
            await self.layer.group_send(
                analysis_group(self.analysis_id),
                {"type": EVENT, "analysis_id": self.analysis_id, "events": batch},
            )
        except CACHE_ERRORS as exc:
            # Redis down: the run goes on and stores its outcome; followers were told (layer.outage) and
            # find the result in the history. Frames sent meanwhile are lost, as pub/sub loses them.
            if not self.layer_down:
                logger.warning(
                    "analysis %s: frames not published, channel layer unreachable: %r", self.analysis_id, exc
                )
            self.layer_down = True
            return
        self.layer_down = False


_runs: dict[int, _Run] = {}  # the analyses this process runs, by id


# How long a run waits after the model's last chunk before its end-of-stream work: enough for the event
# loop to hand that chunk to the sockets first (a few callbacks), short enough not to delay the outcome.
LAST_CHUNK_RELAY_TURN_S = 0.001


async def analysis_start(*, user_id: int, payload: dict[str, Any], follower_channel: str | None) -> int:
    """Start the analysis a client frame asks for and return its id; ``follower_channel`` follows it.

    Without ``follower_channel`` (a comparison's model pass) nobody follows it until a ``subscribe``.

    Raise ``FrameError``/``NotFound`` for a bad frame or an exceeded limit: no row, no model call then.
    """
    payload, job_id, job_title = await job_payload(user_id=user_id, payload=payload)
    command = analyze_command(payload)
    resume_text = command.resume_text
    structure = None
    if command.resume_id is not None:
        resume = await database_sync_to_async(resume_get_for_user)(
            resume_id=command.resume_id, user_id=user_id
        )
        if resume is None:
            raise FrameError(msg.RESUME_NOT_FOUND, code="not_found", field="resume_id")
        resume_text, structure = resume.text, resume.structure
        check_resume_length(resume_text)
    assert resume_text is not None
    engine = configured_engine()
    if not _model_slots.try_acquire():
        raise FrameError(msg.WS_SERVER_BUSY, code="server_busy")
    layer = get_channel_layer()
    run = _Run(
        request_id=command.request_id,
        engine=engine,
        analysis_input=AnalysisInput(
            resume_text=resume_text, job_description=command.job_description, resume_structure=structure
        ),
        layer=layer,
        admitted=asyncio.get_running_loop().create_future(),
    )
    # Started before the row is written so that the SDK builds its request meanwhile; the request itself
    # waits for ``run.admitted``.
    run.task = asyncio.create_task(_run_analysis(run), name="analysis-starting")
    try:
        analysis_id = await _create_row(
            user_id=user_id,
            fields={
                "resume_id": command.resume_id,
                "resume_text": resume_text,
                "resume_structure": structure,
                "job_description": command.job_description,
                "job_id": job_id,
                "job_title": job_title,
                "request_id": command.request_id,
                "engine": engine.name,
                "model": engine.model,
                "worker_id": WORKER_ID,
            },
        )
        if not isinstance(layer, InMemoryChannelLayer):  # else one process is the whole world: ``_runs``
            run.control_channel = await layer.new_channel()
            await layer.group_add(control_group(analysis_id), run.control_channel)
        if follower_channel is not None:
            await layer.group_add(analysis_group(analysis_id), follower_channel)
    except BaseException as exc:
        run.task.cancel()  # not admitted: its request was never sent, and it stores and publishes nothing
        run.release_model_slot()
        if is_outage(exc):  # PostgreSQL or Redis down: the client is told, the socket stays open
            logger.warning("analysis not started, a dependency is unreachable: %r", exc)
            raise FrameError(msg.WS_START_UNAVAILABLE, code="service_unavailable") from exc
        if isinstance(exc, DatabaseError):
            logger.exception("the running row could not be written")
            raise FrameError(msg.WS_START_UNAVAILABLE, code="service_unavailable") from exc
        raise
    run.analysis_id = analysis_id
    run.task.set_name(f"analysis-{analysis_id}")
    _runs[analysis_id] = run
    if run.control_channel:
        run.listener = asyncio.create_task(_listen(run))
    started = ws_frame(
        "analysis.started",
        analysis_id=analysis_id,
        request_id=command.request_id,
        engine=engine.name,
        model=engine.model,
    )
    if isinstance(layer, InMemoryChannelLayer):
        # The model request goes out first, and the socket relays this frame while it travels: an in-memory
        # publish is done before this coroutine next yields, so the frame is still numbered before any chunk.
        run.admitted.set_result(None)
        await run.publish(started)
    else:
        try:
            await run.publish(started)
        finally:  # the row exists: the run goes on (and stores its outcome) even if this frame was lost
            run.admitted.set_result(None)
    ensure_housekeeper()
    logger.info("analysis %s started for user %s (engine %s)", analysis_id, user_id, engine.name)
    return analysis_id


async def _create_row(*, user_id: int, fields: dict[str, Any]) -> int:
    """Write the running row within the user's limits and return its id.

    Orphans are swept only when they would block it. On PostgreSQL the row is written from the event loop
    (``runs.analysis_create_admitted_pg``), elsewhere through a worker thread (``_on_database``).
    """
    try:
        return await _create_admitted_row(user_id=user_id, fields=fields)
    except FrameError as exc:
        if exc.code != "too_many_running" or not await database_sync_to_async(_sweep)(user_id=user_id):
            raise
    return await _create_admitted_row(user_id=user_id, fields=fields)


async def _create_admitted_row(*, user_id: int, fields: dict[str, Any]) -> int:
    max_running = settings.MAX_CONCURRENT_ANALYSES_PER_USER
    max_per_hour = settings.MAX_ANALYSES_PER_USER_PER_HOUR
    create = _on_database(pg=runs.analysis_create_admitted_pg, orm=runs.analysis_create_admitted)
    try:
        return await create(
            user_id=user_id,
            since=timezone.now() - timedelta(hours=1),
            max_running=max_running,
            max_created=max_per_hour,
            fields=fields,
        )
    except runs.AdmissionRefused as exc:
        if exc.limit == runs.HOURLY_LIMIT:
            raise FrameError(msg.WS_HOURLY_LIMIT.format(limit=max_per_hour), code="hourly_limit") from None
        raise FrameError(msg.WS_TOO_MANY_RUNNING.format(limit=max_running), code="too_many_running") from None


def _on_database(*, pg: Callable[..., Awaitable[T]], orm: Callable[..., T]) -> Callable[..., Awaitable[T]]:
    """Return the event-loop version of a write on PostgreSQL, else the ORM one through a worker thread.

    Not the one thread-sensitive thread: under a burst of starts rows are then written by several threads at
    once instead of queueing behind each other (and behind every other database call).
    """
    if pg_async.available():
        return pg
    return database_sync_to_async(orm, thread_sensitive=False)


async def _run_analysis(run: _Run) -> None:
    request_id_var.set(run.request_id)
    try:
        if run.engine.name == "local":  # it sends no request that could be held: start it once admitted
            await asyncio.shield(run.admitted)
        with requests_held_until(run.admitted):
            await _execute(run)
    finally:
        _runs.pop(run.analysis_id, None)
        run.release_model_slot()
        if run.listener is not None:
            await _stop_listening(run, run.listener)
            try:
                await run.layer.group_discard(control_group(run.analysis_id), run.control_channel)
            except Exception:
                logger.warning("analysis %s: could not leave its control group", run.analysis_id)


async def _stop_listening(run: _Run, listener: asyncio.Task) -> None:
    """Stop the listener with a message rather than a cancel.

    channels_redis shares one Redis read among a process's local channels; cancelling the coroutine doing
    that read can drop a message popped for another channel (such as this run's final frame for a socket).
    """
    try:
        await run.layer.send(run.control_channel, {"type": STOP_LISTENING})
        await asyncio.wait_for(asyncio.shield(listener), timeout=2)
    except Exception as exc:
        listener.cancel()
        logger.warning(
            "analysis %s: its listener had to be cancelled", run.analysis_id, exc_info=not is_outage(exc)
        )


async def _listen(run: _Run) -> None:
    """Serve cancel and snapshot requests sent to the run's control group, from any process."""
    while True:
        message = await run.layer.receive(run.control_channel)
        kind = message.get("type")
        if kind == STOP_LISTENING:
            return
        if kind == SNAPSHOT_REQUEST:
            await run.layer.send(
                message["reply_to"],
                {"type": SNAPSHOT, "analysis_id": run.analysis_id, "events": list(run.events)},
            )
        elif kind == CANCEL:
            run.request_cancel()


async def _publish_preview(run: _Run, preview: "asyncio.Future[dict[str, Any] | None]") -> None:
    """Publish the local engine's full analysis as ``analysis.preview`` (nothing if it failed)."""
    analysis = await preview
    if analysis is not None:
        await run.publish(_preview_frame(run, analysis))


def _preview_frame(run: _Run, analysis: dict[str, Any]) -> dict[str, Any]:
    """Return the local engine's analysis as the ``analysis.preview`` frame."""
    return ws_frame(
        "analysis.preview",
        analysis_id=run.analysis_id,
        engine="local",
        model=LOCAL_MODEL_NAME,
        ai_analysis=analysis,
    )


async def _execute(run: _Run) -> None:
    """Stream the engine's answer to the group, then store and publish the outcome."""
    # A model is grounded in the local engine's requirements: a quick reading (words only, no embeddings:
    # milliseconds) goes into its prompt, while the full analysis runs beside the model's stream; the full one
    # is the ``analysis.preview`` frame and, at the end, the evidence and score the answer is held to.
    full: asyncio.Future[dict[str, Any] | None] | None = None
    if run.engine.name in GROUNDED_ENGINES:
        source = run.analysis_input
        quick = await asyncio.to_thread(local_analysis_run, analysis_input=source, semantic=False)
        run.analysis_input = analysis_input_ground(analysis_input=source, local=quick)
        full = asyncio.ensure_future(asyncio.to_thread(local_analysis_run, analysis_input=source))
    preview = full if full is not None and settings.ANALYSIS_PREVIEW else None
    parser = JsonFieldStream()
    texts: list[str] = []
    usage: dict[str, int | None] = {"input_tokens": None, "output_tokens": None}
    first_chunk_ms: int | None = None
    outcome: dict[str, Any]
    try:
        async with asyncio.timeout(settings.ANALYSIS_TIMEOUT_S):
            async for chunk in run.engine.stream(run.analysis_input):
                if chunk.input_tokens is not None:
                    usage["input_tokens"] = chunk.input_tokens
                if chunk.output_tokens is not None:
                    usage["output_tokens"] = chunk.output_tokens
                if not chunk.text:
                    continue
                if preview is not None:
                    await run.admitted  # the frame carries the row's id
                    await _publish_preview(run, preview)
                    preview = None
                if first_chunk_ms is None:
                    first_chunk_ms = _elapsed_ms(run)
                # A raw NUL or lone surrogate could not be sent as UTF-8 (nor stored): never let one through.
                delta = clean_text(chunk.text)
                texts.append(delta)
                frames = [
                    ws_frame("analysis.chunk", analysis_id=run.analysis_id, seq=len(texts), delta=delta)
                ]
                for name, value in parser.feed(delta):
                    value = clean_value(value)
                    frames.append(
                        ws_frame("analysis.field", analysis_id=run.analysis_id, field=name, value=value)
                    )
                await run.publish(*frames)
        # The last chunk is still on its way to the sockets: the stream's end was already buffered, so this
        # task went on without yielding. Give the relay its turn before storing the outcome (~3 ms here).
        await asyncio.sleep(LAST_CHUNK_RELAY_TURN_S)
        if full is not None and (local := await full) is not None:
            run.analysis_input = analysis_input_ground(analysis_input=run.analysis_input, local=local)
        analysis = analysis_output_validate(
            text="".join(texts), analysis_input=run.analysis_input, from_model=run.engine.name != "local"
        )
        outcome = {"status": ResumeHistory.Status.COMPLETED, "ai_analysis": analysis}
    except TimeoutError:
        limit = settings.ANALYSIS_TIMEOUT_S
        outcome = _failure(ANALYSIS_TIMEOUT_CODE, msg.ANALYSIS_TIMED_OUT.format(limit=limit))
    except EngineError as exc:
        outcome = _failure(exc.code, exc.message)
    except asyncio.CancelledError:
        if not run.admitted.done():  # refused before its request was sent: there is no row to finish
            raise
        if not run.cancel_requested:  # the process is stopping: leave the row failed, not running
            outcome = _failure(runs.INTERRUPTED, msg.ANALYSIS_INTERRUPTED)
            await _finish(run, outcome=outcome, first_chunk_ms=first_chunk_ms, usage=usage, preview=None)
            raise
        asyncio.current_task().uncancel()
        outcome = {
            "status": ResumeHistory.Status.CANCELLED,
            "error_code": CANCELLED_CODE,
            "error_message": msg.ANALYSIS_CANCELLED,
        }
    except Exception:
        logger.exception("analysis %s failed unexpectedly", run.analysis_id)
        outcome = _failure(INTERNAL_ERROR_CODE, msg.ANALYSIS_INTERNAL_ERROR)
    await _finish(run, outcome=outcome, first_chunk_ms=first_chunk_ms, usage=usage, preview=preview)


def _failure(code: str, message: str) -> dict[str, Any]:
    return {"status": ResumeHistory.Status.FAILED, "error_code": code, "error_message": message}


def _elapsed_ms(run: _Run) -> int:
    return int((time.monotonic() - run.started) * 1000)


async def _finish(
    run: _Run,
    *,
    outcome: dict[str, Any],
    first_chunk_ms: int | None,
    usage: dict[str, int | None],
    preview: "asyncio.Future[dict[str, Any] | None] | None",
) -> None:
    """Store the outcome (never a partial answer), then publish the preview if pending and the final frame.

    ``preview`` is the local engine's analysis not yet published.
    """
    run.release_model_slot()
    analysis = outcome.get("ai_analysis")
    duration_ms = _elapsed_ms(run)
    fields = {
        **outcome,
        "match_score": analysis["match_score"] if analysis else None,
        "time_to_first_chunk_ms": first_chunk_ms,
        "duration_ms": duration_ms,
        **usage,
    }
    finish = _on_database(pg=runs.analysis_finish_pg, orm=runs.analysis_finish)
    try:
        # The database away when the run ends: keep the outcome and store it once it is back (the run stays
        # in ``_runs`` meanwhile, so the sweep does not take it for an orphan).
        await retry_while_unreachable(
            lambda: finish(analysis_id=run.analysis_id, **fields),
            budget_s=settings.ANALYSIS_STORE_RETRY_S,
            what=f"analysis {run.analysis_id}: storing the outcome",
        )
    except Exception as exc:  # an outage is one line (the sweep fails the row once the database is back)
        logger.error(
            "analysis %s: the outcome could not be stored", run.analysis_id, exc_info=not is_outage(exc)
        )
        fields = _failure(OUTCOME_NOT_STORED_CODE, msg.ANALYSIS_INTERNAL_ERROR)
        try:  # the row must not stay running: store the failure (no model text in it)
            await finish(analysis_id=run.analysis_id, duration_ms=duration_ms, **fields)
        except Exception as again:
            logger.error(
                "analysis %s: the failure could not be stored either",
                run.analysis_id,
                exc_info=not is_outage(again),
            )
    if preview is not None:
        await _publish_preview(run, preview)
    row = ResumeHistory(pk=run.analysis_id, status=fields["status"], ai_analysis=fields.get("ai_analysis"))
    row.error_code = fields.get("error_code", "")
    row.error_message = fields.get("error_message", "")
    try:
        await run.publish(final_frame(row))
    except Exception:  # followers still get the outcome from the row (subscribe) once the layer is back
        logger.exception("analysis %s: the final frame could not be published", run.analysis_id)
    logger.info(
        "analysis %s %s (%s) in %sms, first chunk %sms",
        run.analysis_id,
        fields["status"],
        fields.get("error_code") or "ok",
        duration_ms,
        first_chunk_ms,
    )


# --- cancel and subscribe -------------------------------------------------------------------------------


def _running_row(*, analysis_id: int, user_id: int) -> ResumeHistory:
    _sweep(user_id=user_id)
    row = runs.analysis_get_for_user(analysis_id=analysis_id, user_id=user_id)
    if row is None:
        raise NotFound(msg.ANALYSIS_NOT_FOUND)
    return row


async def analysis_cancel(*, user_id: int, analysis_id: int) -> None:
    """Ask the process running the user's analysis to cancel it; the run publishes ``analysis.cancelled``."""
    row = await database_sync_to_async(_running_row)(analysis_id=analysis_id, user_id=user_id)
    if row.status != ResumeHistory.Status.RUNNING:
        raise FrameError(msg.WS_ANALYSIS_NOT_RUNNING, code="not_running", analysis_id=analysis_id)
    await _send_cancel(analysis_id=analysis_id)
    logger.info("analysis %s: cancel requested by user %s", analysis_id, user_id)


def analysis_request_cancel(*, analysis_id: int, user_id: int) -> None:
    """Cancel a running analysis the caller has found to be the user's (sync, for REST)."""
    async_to_sync(_send_cancel)(analysis_id=analysis_id)
    logger.info("analysis %s: cancel requested by user %s", analysis_id, user_id)


async def _send_cancel(*, analysis_id: int) -> None:
    """Cancel the run here, or ask the process running it through its control group."""
    run = _runs.get(analysis_id)
    if run is not None:
        run.request_cancel()
    else:
        await get_channel_layer().group_send(control_group(analysis_id), {"type": CANCEL})


async def analysis_subscribe(
    *, user_id: int, analysis_id: int, follower_channel: str
) -> dict[str, Any] | None:
    """Follow the user's analysis: return its final frame when finished, else None.

    For a running analysis, ``follower_channel`` joins the analysis group and the running process is asked
    for a snapshot, answered to ``follower_channel`` as ``analysis.snapshot``.
    """
    row = await database_sync_to_async(_running_row)(analysis_id=analysis_id, user_id=user_id)
    frame = final_frame(row)
    if frame is not None:
        return frame
    layer = get_channel_layer()
    await layer.group_add(analysis_group(analysis_id), follower_channel)
    run = _runs.get(analysis_id)
    if run is not None:  # run by this process: the snapshot is at hand
        snapshot = {"type": SNAPSHOT, "analysis_id": analysis_id, "events": list(run.events)}
        await layer.send(follower_channel, snapshot)
    else:
        await layer.group_send(
            control_group(analysis_id), {"type": SNAPSHOT_REQUEST, "reply_to": follower_channel}
        )
    return None


async def analysis_final_frame(*, user_id: int, analysis_id: int) -> dict[str, Any] | None:
    """Return the final frame of the user's analysis after a sweep, or None while it still runs."""
    row = await database_sync_to_async(_running_row)(analysis_id=analysis_id, user_id=user_id)
    return final_frame(row)


async def analysis_wait(*, analysis_id: int) -> None:
    """Wait until this process's run of the analysis has published its outcome (at once if none)."""
    run = _runs.get(analysis_id)
    if run is not None and run.task is not None:
        await asyncio.wait([run.task])


async def analyses_interrupt(*, timeout_s: float) -> list[int]:
    """Stop this process's runs as it shuts down; each stores and publishes ``interrupted``. Return their ids.

    Waits at most ``timeout_s`` for them to store their outcome; a row left running is failed by the orphan
    sweep of another process later.
    """
    ids = [analysis_id for analysis_id, run in _runs.items() if run.task is not None and not run.task.done()]
    tasks = [_runs[analysis_id].task for analysis_id in ids]
    for task in tasks:
        task.cancel()  # not ``request_cancel``: a cancel the user did not ask for ends as ``interrupted``
    if tasks:
        await asyncio.wait(tasks, timeout=timeout_s)
        logger.warning("server stopping: %s running analyses marked interrupted", len(tasks))
    return ids


# --- orphans and heartbeats ----------------------------------------------------------------------------


def _sweep(*, user_id: int | None = None) -> list[int]:
    now = timezone.now()
    margin_s = settings.ANALYSIS_ORPHAN_AFTER_S
    return runs.analysis_mark_orphans(
        stale_before=now - timedelta(seconds=margin_s),
        started_before=now - timedelta(seconds=settings.ANALYSIS_TIMEOUT_S + margin_s),
        message=msg.ANALYSIS_INTERRUPTED,
        user_id=user_id,
        exclude_ids=list(_runs),  # this process's own runs are alive, whatever their heartbeat says
    )


def analysis_sweep_orphans() -> list[int]:
    """Mark failed (``interrupted``) every running row whose process died; return their ids."""
    ids = _sweep()
    if ids:
        logger.warning("marked %s orphaned analyses interrupted: %s", len(ids), ids)
    return ids


async def _housekeep() -> None:
    """Heartbeat this process's runs and sweep orphans, every ``ANALYSIS_HEARTBEAT_S``."""
    while True:
        await asyncio.sleep(settings.ANALYSIS_HEARTBEAT_S)
        try:
            if _runs:
                await database_sync_to_async(runs.analysis_heartbeat)(analysis_ids=list(_runs))
            for analysis_id in await database_sync_to_async(analysis_sweep_orphans)():
                frame = ws_error_frame(
                    frame_type="analysis.failed",
                    code=runs.INTERRUPTED,
                    message=msg.ANALYSIS_INTERRUPTED,
                    analysis_id=analysis_id,
                )
                await get_channel_layer().group_send(
                    analysis_group(analysis_id),
                    {"type": EVENT, "analysis_id": analysis_id, "events": [[SWEEP_EVENT_NUMBER, frame]]},
                )
        except Exception as exc:
            if not is_outage(exc):
                logger.exception("analysis housekeeping failed")
            else:  # PostgreSQL or Redis down: the next round retries; one line, not a traceback a second
                logger.warning("analysis housekeeping: a dependency is unreachable: %r", exc)


_housekeeper: asyncio.Task | None = None


def ensure_housekeeper() -> None:
    """Start this process's heartbeat-and-sweep task unless it runs in the current loop already."""
    global _housekeeper
    loop = asyncio.get_running_loop()
    if _housekeeper is not None and not _housekeeper.done() and _housekeeper.get_loop() is loop:
        return
    _housekeeper = loop.create_task(_housekeep(), name="analysis-housekeeper")
