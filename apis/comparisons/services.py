"""Comparisons over the WebSocket: start, score the grid off the event loop, cancel, re-attach.

How it works (README "Compare"):
- ``comparison_start`` validates the frame, resolves the resumes (the user's own) and the postings, writes
  the row (running), joins the starting socket to ``comparison_group(id)`` and runs the comparison as an
  asyncio task of this process. The local engine scores the grid in a worker thread (``score_grid``: each
  text read once); cells come back to the event loop as they are scored and are stored, then published, in
  batches of whatever is ready.
- Every frame carries an event number: 1 for ``comparison.started``, the cell's ``seq`` for a cell,
  ``FINAL_EVENT_NUMBER`` for the terminal frame. A frame is stored before it is published, so ``subscribe``
  joins the group first and then reads the stored frames: whatever it misses in the database arrives live,
  and a follower drops numbers it has already relayed.
- ``cancel`` stops the run in this process, or asks the process running it through ``control_group(id)``
  (shared Redis layer). A cancelled, failed or interrupted comparison ends in its final state.
- With Gemini, once the grid is complete, the best ``COMPARE_MODEL_TOP_PAIRS`` pairs are analysed by the
  model one after another through the analysis start path; the starting socket is told each analysis's id
  (``comparison.analysis`` message) and follows it like a subscribed analysis.
"""

import asyncio
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from channels.db import database_sync_to_async
from channels.layers import BaseChannelLayer, InMemoryChannelLayer, get_channel_layer
from django.conf import settings
from django.utils import timezone

from ai.local_engine.grid import CellResult, score_grid
from api_services import status_messages as msg
from api_services.channel_groups import comparison_group
from api_services.custom_exceptions import AppError, NotFound
from api_services.request_context import request_id_var
from apis.comparisons import frames
from apis.comparisons.frames import CompareCommand, FrameError
from apis.comparisons.models import Comparison
from apis.resumehistory import analysis_services as analyses
from db_cruds import comparisons as rows
from db_cruds.resumes import resume_texts_for_user

logger = logging.getLogger(__name__)

EVENT = "comparison.event"
ANALYSIS_STARTED = "comparison.analysis"
CANCEL = "comparison.cancel"
STOP_LISTENING = "comparison.stop_listening"
FINAL_EVENT_NUMBER = 2**31
INTERRUPTED = "interrupted"
TIMEOUT_CODE = "comparison_timeout"
_DONE = object()


def control_group(comparison_id: int) -> str:
    """Return the group the process running a comparison listens on for cancel requests."""
    return f"comparison.{comparison_id}.control"


@dataclass(eq=False)
class _Run:
    comparison_id: int
    user_id: int
    request_id: str
    resume_ids: list[int]
    resumes: list[str]
    jobs: list[str]
    engine: str
    layer: BaseChannelLayer
    follower_channel: str
    stop: threading.Event = field(default_factory=threading.Event)
    task: asyncio.Task | None = None
    listener: asyncio.Task | None = None
    control_channel: str = ""
    cancel_requested: bool = False
    started: float = field(default_factory=time.monotonic)

    def request_cancel(self) -> None:
        """Cancel the run (from its event loop's thread or any other)."""
        if self.task is not None:
            self.task.get_loop().call_soon_threadsafe(self._cancel)

    def _cancel(self) -> None:
        if not self.cancel_requested and self.task is not None and not self.task.done():
            self.cancel_requested = True
            self.stop.set()
            self.task.cancel()

    async def publish(self, events: list[list[Any]]) -> None:
        await self.layer.group_send(
            comparison_group(self.comparison_id),
            {"type": EVENT, "comparison_id": self.comparison_id, "events": events},
        )


_runs: dict[int, _Run] = {}  # the comparisons this process runs (until their final frame), by id


# --- start ---------------------------------------------------------------------------------------------


async def comparison_jobs(*, user_id: int, command: CompareCommand) -> list[str]:
    """Return the postings' texts in grid order: the pasted texts, or (later) the user's stored jobs.

    The one place job ids become texts; until jobs are stored, ``job_ids`` is refused.
    """
    if command.job_ids is not None:
        raise FrameError(msg.WS_JOB_IDS_UNSUPPORTED, code="invalid_field", field="job_ids")
    assert command.job_descriptions is not None
    return command.job_descriptions


def _resume_texts(*, user_id: int, resume_ids: list[int]) -> list[str]:
    texts = resume_texts_for_user(resume_ids=resume_ids, user_id=user_id)
    for resume_id in resume_ids:
        if resume_id not in texts:  # someone else's resume is as unknown as a missing one
            raise FrameError(msg.RESUME_NOT_FOUND, code="not_found", field="resume_ids", resume_id=resume_id)
    return [texts[resume_id] for resume_id in resume_ids]


def _create_admitted(*, user_id: int, fields: dict[str, Any]) -> Comparison:
    _sweep(user_id=user_id)
    limit = settings.COMPARE_MAX_RUNNING_PER_USER
    if rows.comparison_count_running(user_id=user_id, since=_stale_before()) >= limit:
        raise FrameError(msg.WS_TOO_MANY_COMPARISONS.format(limit=limit), code="too_many_running")
    comparison_id = rows.comparison_create(user_id=user_id, fields=fields)
    return Comparison(pk=comparison_id, user_id=user_id, status=Comparison.Status.RUNNING, **fields)


async def comparison_start(*, user_id: int, payload: dict[str, Any], follower_channel: str) -> int:
    """Start the comparison a ``compare`` frame asks for and return its id; ``follower_channel`` follows it.

    Raise ``FrameError`` for a bad frame, a resume that is not the user's, or an exceeded limit: no row then.
    """
    command = frames.compare_command(payload)
    jobs = await comparison_jobs(user_id=user_id, command=command)
    resumes = await database_sync_to_async(_resume_texts)(user_id=user_id, resume_ids=command.resume_ids)
    engine = settings.AI_ENGINE_RESOLVED
    comparison = await database_sync_to_async(_create_admitted)(
        user_id=user_id,
        fields={
            "request_id": command.request_id,
            "engine": engine,
            "resume_ids": command.resume_ids,
            "job_descriptions": jobs,
        },
    )
    layer = get_channel_layer()
    await layer.group_add(comparison_group(comparison.pk), follower_channel)
    run = _Run(
        comparison_id=comparison.pk,
        user_id=user_id,
        request_id=command.request_id,
        resume_ids=command.resume_ids,
        resumes=resumes,
        jobs=jobs,
        engine=engine,
        layer=layer,
        follower_channel=follower_channel,
    )
    _runs[comparison.pk] = run
    if not isinstance(layer, InMemoryChannelLayer):  # else this process is the whole world: ``_runs``
        run.control_channel = await layer.new_channel()
        await layer.group_add(control_group(comparison.pk), run.control_channel)
        run.listener = asyncio.create_task(_listen(run))
    run.task = asyncio.create_task(_run_comparison(run, comparison), name=f"comparison-{comparison.pk}")
    logger.info(
        "comparison %s started for user %s: %s resumes x %s jobs",
        comparison.pk,
        user_id,
        len(resumes),
        len(jobs),
    )
    return comparison.pk


async def _listen(run: _Run) -> None:
    """Serve cancel requests sent to the run's control group from any process."""
    while True:
        message = await run.layer.receive(run.control_channel)
        if message.get("type") == STOP_LISTENING:
            return
        if message.get("type") == CANCEL:
            run.request_cancel()


# --- the run -------------------------------------------------------------------------------------------


async def _run_comparison(run: _Run, comparison: Comparison) -> None:
    request_id_var.set(run.request_id)
    try:
        await run.publish([[1, frames.started_frame(comparison=comparison)]])
        outcome = await _score(run)
        final = await _finish(run, outcome=outcome)
        _runs.pop(run.comparison_id, None)
        await _stop_listening(run)
        if final.status == Comparison.Status.COMPLETED and final.analyses:
            await _model_analyses(run, pairs=final.analyses)
    finally:
        _runs.pop(run.comparison_id, None)
        await _stop_listening(run)


async def _score(run: _Run) -> dict[str, Any]:
    """Score the grid in a worker thread, storing and publishing cells as they come; return the outcome."""
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[Any] = asyncio.Queue()
    cells: list[dict[str, Any]] = []
    worker = loop.run_in_executor(None, _score_in_thread, run, _thread_put(loop, queue))
    try:
        async with asyncio.timeout(settings.ANALYSIS_TIMEOUT_S):
            done = False
            while not done:
                batch = [await queue.get()]
                while not queue.empty():
                    batch.append(queue.get_nowait())
                fresh = []
                for item in batch:
                    if item is _DONE:
                        done = True
                    elif isinstance(item, BaseException):
                        raise item
                    else:
                        fresh.append(_cell(run, item, seq=len(cells) + 2))
                        cells.append(fresh[-1])
                if fresh:
                    await database_sync_to_async(rows.comparison_cells_add)(
                        comparison_id=run.comparison_id, cells=fresh
                    )
                    await run.publish(
                        [
                            [c["seq"], frames.cell_frame(comparison_id=run.comparison_id, cell=c)]
                            for c in fresh
                        ]
                    )
        await worker
        return {
            "status": Comparison.Status.COMPLETED,
            "rankings": frames.rankings(cells=cells),
            "analyses": _model_pairs(run, cells=cells),
        }
    except TimeoutError:
        return _failure(TIMEOUT_CODE, msg.ANALYSIS_TIMED_OUT.format(limit=settings.ANALYSIS_TIMEOUT_S))
    except asyncio.CancelledError:
        if not run.cancel_requested:  # the process is stopping: leave the row failed, not running
            await _finish(run, outcome=_failure(INTERRUPTED, msg.COMPARISON_INTERRUPTED))
            raise
        asyncio.current_task().uncancel()
        return {
            "status": Comparison.Status.CANCELLED,
            "error_code": frames.CANCELLED_CODE,
            "error_message": msg.COMPARISON_CANCELLED,
        }
    except Exception:
        logger.exception("comparison %s failed unexpectedly", run.comparison_id)
        return _failure(frames.INTERNAL_ERROR_CODE, msg.COMPARISON_INTERNAL_ERROR)
    finally:
        run.stop.set()  # the worker stops at its next cell


def _thread_put(loop: asyncio.AbstractEventLoop, queue: asyncio.Queue) -> Callable[[Any], bool]:
    """Return a function the worker thread hands items to the event loop with; False once it is closed."""

    def put(item: Any) -> bool:
        try:
            loop.call_soon_threadsafe(queue.put_nowait, item)
        except RuntimeError:  # the loop has closed
            return False
        return True

    return put


def _score_in_thread(run: _Run, put: Callable[[Any], bool]) -> None:
    try:
        for cell in score_grid(resumes=run.resumes, jobs=run.jobs):
            if run.stop.is_set() or not put(cell):
                return
    except Exception as exc:
        put(exc)
        return
    put(_DONE)


def _cell(run: _Run, result: CellResult, *, seq: int) -> dict[str, Any]:
    return {
        "seq": seq,
        "resume_id": run.resume_ids[result.resume_index],
        "job_index": result.job_index,
        "match_score": result.match_score,
        "sub_scores": result.sub_scores,
        "top_gaps": result.top_gaps,
    }


def _model_pairs(run: _Run, *, cells: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Return the best pairs the model is to analyse (Gemini only), best first."""
    if run.engine != "gemini":
        return []
    best = sorted(cells, key=lambda cell: -cell["match_score"])[: settings.COMPARE_MODEL_TOP_PAIRS]
    return [{"resume_id": cell["resume_id"], "job_index": cell["job_index"]} for cell in best]


def _failure(code: str, message: str) -> dict[str, Any]:
    return {"status": Comparison.Status.FAILED, "error_code": code, "error_message": message}


async def _finish(run: _Run, *, outcome: dict[str, Any]) -> Comparison:
    """Store the outcome, then publish the terminal frame; return the row as finished."""
    duration_ms = int((time.monotonic() - run.started) * 1000)
    try:
        await database_sync_to_async(rows.comparison_finish)(
            comparison_id=run.comparison_id, duration_ms=duration_ms, **outcome
        )
    except Exception:
        logger.exception("comparison %s: the outcome could not be stored", run.comparison_id)
        outcome = _failure(frames.INTERNAL_ERROR_CODE, msg.COMPARISON_INTERNAL_ERROR)
    final = Comparison(pk=run.comparison_id, **outcome)
    try:
        await run.publish([[FINAL_EVENT_NUMBER, frames.final_frame(comparison=final)]])
    except Exception:  # followers still get the outcome from the row (subscribe)
        logger.exception("comparison %s: the final frame could not be published", run.comparison_id)
    logger.info("comparison %s %s in %sms", run.comparison_id, final.status, duration_ms)
    return final


async def _stop_listening(run: _Run) -> None:
    """Stop the control listener with a message (see ``analysis_services._stop_listening`` for why)."""
    listener, run.listener = run.listener, None
    if listener is None:
        return
    try:
        await run.layer.send(run.control_channel, {"type": STOP_LISTENING})
        await asyncio.wait_for(asyncio.shield(listener), timeout=2)
        await run.layer.group_discard(control_group(run.comparison_id), run.control_channel)
    except Exception:
        listener.cancel()
        logger.warning("comparison %s: its listener had to be stopped", run.comparison_id, exc_info=True)


async def _model_analyses(run: _Run, *, pairs: list[dict[str, Any]]) -> None:
    """Have the model analyse the best pairs one after another; the starting socket follows each one."""
    for pair in pairs:
        payload = {
            "action": "analyze",
            "resume_id": pair["resume_id"],
            "job_description": run.jobs[pair["job_index"]],
            "request_id": run.request_id,
        }
        try:
            analysis_id = await analyses.analysis_start(
                user_id=run.user_id, payload=payload, follower_channel=run.follower_channel
            )
        except AppError as exc:
            logger.warning("comparison %s: a model analysis was refused (%s)", run.comparison_id, exc.code)
            pair["error_code"] = exc.code
            await database_sync_to_async(rows.comparison_set_analyses)(
                comparison_id=run.comparison_id, analyses=pairs
            )
            continue
        pair["analysis_id"] = analysis_id
        await database_sync_to_async(rows.comparison_set_analyses)(
            comparison_id=run.comparison_id, analyses=pairs
        )
        message = {"type": ANALYSIS_STARTED, "comparison_id": run.comparison_id, "analysis_id": analysis_id}
        await run.layer.send(run.follower_channel, message)
        await analyses.analysis_wait(analysis_id=analysis_id)


# --- cancel and subscribe -------------------------------------------------------------------------------


def _stale_before() -> Any:
    margin_s = settings.ANALYSIS_TIMEOUT_S + settings.ANALYSIS_ORPHAN_AFTER_S
    return timezone.now() - timedelta(seconds=margin_s)


def _sweep(*, user_id: int) -> None:
    """Fail the user's running comparisons that outlived any run (their process died)."""
    ids = rows.comparison_mark_stale(
        user_id=user_id,
        started_before=_stale_before(),
        exclude_ids=list(_runs),
        code=INTERRUPTED,
        message=msg.COMPARISON_INTERRUPTED,
    )
    if ids:
        logger.warning("marked %s orphaned comparisons interrupted: %s", len(ids), ids)


def _owned(*, user_id: int, comparison_id: int) -> Comparison:
    _sweep(user_id=user_id)
    comparison = rows.comparison_get_for_user(comparison_id=comparison_id, user_id=user_id)
    if comparison is None:
        raise NotFound(msg.COMPARISON_NOT_FOUND)
    return comparison


async def comparison_cancel(*, user_id: int, comparison_id: int) -> None:
    """Cancel the user's running comparison; its run stores and publishes ``comparison.cancelled``."""
    comparison = await database_sync_to_async(_owned)(user_id=user_id, comparison_id=comparison_id)
    if comparison.status != Comparison.Status.RUNNING:
        raise FrameError(msg.WS_COMPARISON_NOT_RUNNING, code="not_running", comparison_id=comparison_id)
    run = _runs.get(comparison_id)
    if run is not None:
        run.request_cancel()
    else:
        await get_channel_layer().group_send(control_group(comparison_id), {"type": CANCEL})
    logger.info("comparison %s: cancel requested by user %s", comparison_id, user_id)


def _stored_events(*, user_id: int, comparison_id: int) -> list[list[Any]]:
    comparison = _owned(user_id=user_id, comparison_id=comparison_id)
    events: list[list[Any]] = [[1, frames.started_frame(comparison=comparison)]]
    for cell in rows.comparison_cells(comparison_id=comparison_id):
        cell_fields = {name: getattr(cell, name) for name in frames.CELL_FIELDS}
        events.append([cell.seq, frames.cell_frame(comparison_id=comparison_id, cell=cell_fields)])
    final = frames.final_frame(comparison=comparison)
    if final is not None:
        events.append([FINAL_EVENT_NUMBER, final])
    return events


async def comparison_subscribe(*, user_id: int, comparison_id: int, follower_channel: str) -> list[list[Any]]:
    """Follow the user's comparison: return its stored frames as numbered events, the final one last if any.

    While it runs, ``follower_channel`` joins its group first, so frames stored after the read arrive live.
    """
    await database_sync_to_async(_owned)(user_id=user_id, comparison_id=comparison_id)
    await get_channel_layer().group_add(comparison_group(comparison_id), follower_channel)
    return await database_sync_to_async(_stored_events)(user_id=user_id, comparison_id=comparison_id)


async def comparisons_interrupt(*, timeout_s: float) -> int:
    """Stop this process's runs as it shuts down (each stores ``interrupted``); return how many."""
    tasks = [run.task for run in _runs.values() if run.task is not None and not run.task.done()]
    for task in tasks:
        task.cancel()
    if tasks:
        await asyncio.wait(tasks, timeout=timeout_s)
    return len(tasks)
