"""Analyses over the WebSocket: start, run, cancel, re-attach, and sweep the orphans of dead processes.

How it works (README "Live analysis"):
- ``analysis_start`` validates the frame, applies the limits, writes the row (status running) and runs the
  analysis as an asyncio task of this process. The task starts while the row is being written, so that the
  model's SDK builds its request meanwhile, but the request is only sent once the row exists
  (``run.admitted``), as ``analysis.started`` is relayed; a refused start cancels it unsent. The run numbers
  every frame (``[[n, frame], ...]``) and hands each batch to the socket that started it directly; once
  anyone else follows, also to the channel-layer group ``analysis_group(id)`` as ``{"type":
  "analysis.event", "events": [...]}`` (``analysis_run``). A follower drops the numbers it has already
  relayed (no gap, no duplicate).
- With a shared (Redis) layer another process asks the running one to cancel or to send a snapshot of the
  frames published so far through that process's control channel, named in the row (``analysis_control``);
  this process reaches its own runs directly. ``subscribe`` joins the analysis group first, then asks for
  the snapshot: frames published after the snapshot arrive live, frames before it are in it, whichever
  process runs the analysis (with Redis) or in this process (in-memory layer).
- Each process heartbeats the rows it runs every ``ANALYSIS_HEARTBEAT_S`` and marks failed (``interrupted``)
  running rows without a heartbeat for ``ANALYSIS_ORPHAN_AFTER_S`` (or older than ``ANALYSIS_TIMEOUT_S``
  plus that margin); the same sweep runs for a user before each cancel and subscribe, and before a start
  that the running-analyses limit would refuse.
"""

import asyncio
import logging
from typing import Any

from asgiref.sync import async_to_sync
from channels.db import database_sync_to_async
from channels.layers import get_channel_layer
from django.db import DatabaseError

from ai import stage_clock
from ai.base import AnalysisInput
from api_services import status_messages as msg
from api_services.channel_groups import analysis_group
from api_services.const_response import ws_frame
from api_services.custom_exceptions import NotFound
from api_services.outages import is_outage
from api_services.request_context import request_id_var
from apis.jobs.analysis_jobs import job_payload
from apis.resumehistory.analysis_control import WORKER_ID, ensure_control_listener, send_control
from apis.resumehistory.analysis_execute import run_analysis
from apis.resumehistory.analysis_frames import FrameError, analyze_command, check_resume_length
from apis.resumehistory.analysis_housekeeping import ensure_housekeeper, sweep
from apis.resumehistory.analysis_rows import create_row
from apis.resumehistory.analysis_run import (
    CANCEL,
    SNAPSHOT_REQUEST,
    Follower,
    Run,
    final_frame,
    model_slots,
    running,
)
from apis.resumehistory.analysis_workers import pool as workers
from apis.resumehistory.engine_services import configured_engine
from apis.resumehistory.models import ResumeHistory
from db_cruds import analysis_runs as runs
from db_cruds.resumes import resume_get_for_user

logger = logging.getLogger(__name__)


async def analysis_start(*, user_id: int, payload: dict[str, Any], follower: Follower | None) -> int:
    """Start the analysis a client frame asks for and return its id; ``follower`` is handed every batch of
    its frames, from ``analysis.started`` on (a socket of this process: no channel-layer message per frame).

    Without ``follower`` (a comparison's model pass) nobody follows it until a ``subscribe``.

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
    if not model_slots.try_acquire():
        raise FrameError(msg.WS_SERVER_BUSY, code="server_busy")
    layer = get_channel_layer()
    request_id_var.set(command.request_id)  # the frame's own, or the one made for it: the start's log lines
    run = Run(
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
    try:
        await ensure_control_listener()  # before the row names this process: requests may follow at once
    except Exception as exc:
        run.release_model_slot()
        if is_outage(exc):  # Redis down: the client is told, the socket stays open
            logger.warning("analysis not started, the channel layer is unreachable: %r", exc)
            raise FrameError(msg.WS_START_UNAVAILABLE, code="service_unavailable") from exc
        raise
    # A worker reads the texts and builds the model's request while the row is written (not sent before).
    run.remote = await workers.start_analysis(
        request_id=command.request_id, engine=engine, analysis_input=run.analysis_input
    )
    stage_clock.mark("handed")
    run.task = asyncio.create_task(run_analysis(run), name="analysis-starting")
    try:
        analysis_id = await create_row(
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
    except BaseException as exc:
        run.task.cancel()  # not admitted: its request was never sent, and it stores and publishes nothing
        if run.remote is not None:
            run.remote.cancel()
        run.release_model_slot()
        if is_outage(exc):  # PostgreSQL or Redis down: the client is told, the socket stays open
            logger.warning("analysis not started, a dependency is unreachable: %r", exc)
            raise FrameError(msg.WS_START_UNAVAILABLE, code="service_unavailable") from exc
        if isinstance(exc, DatabaseError):
            logger.exception("the running row could not be written")
            raise FrameError(msg.WS_START_UNAVAILABLE, code="service_unavailable") from exc
        raise
    stage_clock.mark("row_written")
    run.analysis_id = analysis_id
    if follower is not None:
        run.followers.append(follower)
    run.task.set_name(f"analysis-{analysis_id}")
    running[analysis_id] = run
    started = ws_frame(
        "analysis.started",
        analysis_id=analysis_id,
        request_id=command.request_id,
        engine=engine.name,
        model=engine.model,
    )
    # The model request goes out first, and the socket relays this frame while it travels: only this process's
    # sockets follow a run this new (whatever the layer), and handing them a batch is done before this
    # coroutine next yields, so the frame is still numbered and relayed before any chunk.
    _admit(run)
    await run.publish(started)
    ensure_housekeeper()
    logger.info("analysis %s started for user %s (engine %s)", analysis_id, user_id, engine.name)
    return analysis_id


def _admit(run: Run) -> None:
    """Let the run's model request go: its row is written."""
    run.admitted.set_result(run.analysis_id)
    if run.remote is not None:  # now, not once the run's task next wakes (that is after this frame's relay)
        run.remote.go(analysis_id=run.analysis_id)
    stage_clock.mark("go")


# --- cancel and subscribe -------------------------------------------------------------------------------


def _running_row(*, analysis_id: int, user_id: int) -> ResumeHistory:
    sweep(user_id=user_id)
    row = runs.analysis_get_for_user(analysis_id=analysis_id, user_id=user_id)
    if row is None:
        raise NotFound(msg.ANALYSIS_NOT_FOUND)
    return row


async def analysis_cancel(*, user_id: int, analysis_id: int) -> None:
    """Ask the process running the user's analysis to cancel it; the run publishes ``analysis.cancelled``."""
    row = await database_sync_to_async(_running_row)(analysis_id=analysis_id, user_id=user_id)
    if row.status != ResumeHistory.Status.RUNNING:
        raise FrameError(msg.WS_ANALYSIS_NOT_RUNNING, code="not_running", analysis_id=analysis_id)
    await _send_cancel(analysis_id=analysis_id, worker_id=row.worker_id)
    logger.info("analysis %s: cancel requested by user %s", analysis_id, user_id)


def analysis_request_cancel(*, analysis_id: int, user_id: int) -> None:
    """Cancel a running analysis the caller has found to be the user's (sync, for REST)."""
    row = runs.analysis_get_for_user(analysis_id=analysis_id, user_id=user_id)
    if row is None:
        return
    async_to_sync(_send_cancel)(analysis_id=analysis_id, worker_id=row.worker_id)
    logger.info("analysis %s: cancel requested by user %s", analysis_id, user_id)


async def _send_cancel(*, analysis_id: int, worker_id: str) -> None:
    """Cancel the run here, or ask the process running it (``worker_id``) through its control channel."""
    run = running.get(analysis_id)
    if run is not None:
        run.request_cancel()
    else:
        await send_control(worker_id=worker_id, message={"type": CANCEL, "analysis_id": analysis_id})


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
    run = running.get(analysis_id)
    if run is not None:  # run by this process: the snapshot is at hand
        await layer.send(follower_channel, run.snapshot())
    else:
        request = {"type": SNAPSHOT_REQUEST, "analysis_id": analysis_id, "reply_to": follower_channel}
        await send_control(worker_id=row.worker_id, message=request)
    return None


def analysis_unfollow(*, analysis_id: int, follower: Follower) -> None:
    """Stop handing this process's run of the analysis to ``follower`` (nothing if it has ended)."""
    run = running.get(analysis_id)
    if run is not None:
        run.unfollow(follower)


async def analysis_final_frame(*, user_id: int, analysis_id: int) -> dict[str, Any] | None:
    """Return the final frame of the user's analysis after a sweep, or None while it still runs."""
    row = await database_sync_to_async(_running_row)(analysis_id=analysis_id, user_id=user_id)
    return final_frame(row)


async def analysis_wait(*, analysis_id: int) -> None:
    """Wait until this process's run of the analysis has published its outcome (at once if none)."""
    run = running.get(analysis_id)
    if run is not None and run.task is not None:
        await asyncio.wait([run.task])


async def analyses_interrupt(*, timeout_s: float) -> list[int]:
    """Stop this process's runs as it shuts down; each stores and publishes ``interrupted``. Return their ids.

    Waits at most ``timeout_s`` for them to store their outcome; a row left running is failed by the orphan
    sweep of another process later.
    """
    ids = [run_id for run_id, run in running.items() if run.task is not None and not run.task.done()]
    tasks = [running[analysis_id].task for analysis_id in ids]
    for task in tasks:
        task.cancel()  # not ``request_cancel``: a cancel the user did not ask for ends as ``interrupted``
    if tasks:
        await asyncio.wait(tasks, timeout=timeout_s)
        logger.warning("server stopping: %s running analyses marked interrupted", len(tasks))
    return ids
