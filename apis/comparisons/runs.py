"""The run of one comparison in this process: score the grid off the event loop, store, publish, finish.

The local engine scores the grid in a worker thread (``score_grid``: each text read once); cells come back
to the event loop as they are scored and are stored, then published, in batches of whatever is ready.
Every frame carries an event number: 1 for ``comparison.started``, the cell's ``seq`` for a cell,
``FINAL_EVENT_NUMBER`` for the terminal frame; a frame is always stored before it is published.
With Gemini, once the grid is complete, the model analyses the best pairs (``model_pass``).
"""

import asyncio
import logging
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from channels.db import database_sync_to_async
from channels.layers import BaseChannelLayer, InMemoryChannelLayer, get_channel_layer
from django.conf import settings

from ai.local_engine.grid import CellResult
from api_services import status_messages as msg
from api_services.channel_groups import comparison_group
from api_services.request_context import request_id_var
from apis.comparisons import frames, model_pass
from apis.comparisons.grid_thread import DONE, score_in_thread, thread_put
from apis.comparisons.models import Comparison
from db_cruds import comparisons as rows

logger = logging.getLogger(__name__)

EVENT = "comparison.event"
CANCEL = "comparison.cancel"
STOP_LISTENING = "comparison.stop_listening"
FINAL_EVENT_NUMBER = 2**31
INTERRUPTED = "interrupted"
TIMEOUT_CODE = "comparison_timeout"


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
    job_ids: list[int] | None
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


async def run_start(*, comparison: Comparison, resumes: list[str], follower_channel: str) -> None:
    """Run the stored, running ``comparison`` of ``resumes`` (texts, in order) as a task of this process."""
    layer = get_channel_layer()
    run = _Run(
        comparison_id=comparison.pk,
        user_id=comparison.user_id,
        request_id=comparison.request_id,
        resume_ids=comparison.resume_ids,
        resumes=resumes,
        jobs=comparison.job_descriptions,
        job_ids=comparison.job_ids,
        engine=comparison.engine,
        layer=layer,
        follower_channel=follower_channel,
    )
    _runs[comparison.pk] = run
    if not isinstance(layer, InMemoryChannelLayer):  # else this process is the whole world: ``_runs``
        try:
            run.control_channel = await layer.new_channel()
            await layer.group_add(control_group(comparison.pk), run.control_channel)
            run.listener = asyncio.create_task(_listen(run))
        except Exception:  # the row exists: run it anyway; only this process can cancel it then
            logger.warning("comparison %s: no control channel", comparison.pk, exc_info=True)
    run.task = asyncio.create_task(_run_comparison(run, comparison), name=f"comparison-{comparison.pk}")


def running_here() -> list[int]:
    """Return the ids of the comparisons this process runs."""
    return list(_runs)


async def run_cancel(*, comparison_id: int) -> None:
    """Cancel the run here, or ask the process running it through its control group."""
    run = _runs.get(comparison_id)
    if run is not None:
        run.request_cancel()
    else:
        await get_channel_layer().group_send(control_group(comparison_id), {"type": CANCEL})


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
            await model_pass.model_analyses(
                comparison_id=run.comparison_id,
                user_id=run.user_id,
                request_id=run.request_id,
                jobs=run.jobs,
                pairs=final.analyses,
                follower_channel=run.follower_channel,
            )
    finally:
        _runs.pop(run.comparison_id, None)
        await _stop_listening(run)


async def _score(run: _Run) -> dict[str, Any]:
    """Score the grid in a worker thread, storing and publishing cells as they come; return the outcome."""
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[Any] = asyncio.Queue()
    cells: list[dict[str, Any]] = []
    put = thread_put(loop=loop, queue=queue)
    worker = loop.run_in_executor(
        None, lambda: score_in_thread(resumes=run.resumes, jobs=run.jobs, stop=run.stop, put=put)
    )
    try:
        async with asyncio.timeout(settings.ANALYSIS_TIMEOUT_S):
            done = False
            while not done:
                batch = [await queue.get()]
                while not queue.empty():
                    batch.append(queue.get_nowait())
                fresh, failure = [], None
                for item in batch:
                    if item is DONE:
                        done = True
                    elif isinstance(item, BaseException):
                        failure = item  # after the cells scored before it are stored and sent
                    else:
                        fresh.append(_cell(run, item, seq=len(cells) + 2))
                        cells.append(fresh[-1])
                if fresh:
                    await database_sync_to_async(rows.comparison_cells_add)(
                        comparison_id=run.comparison_id, cells=fresh
                    )
                    await run.publish(
                        [
                            [
                                c["seq"],
                                frames.cell_frame(
                                    comparison_id=run.comparison_id, cell=c, job_ids=run.job_ids
                                ),
                            ]
                            for c in fresh
                        ]
                    )
                if failure is not None:
                    raise failure
        await worker
        return {
            "status": Comparison.Status.COMPLETED,
            "rankings": frames.rankings(cells=cells, job_ids=run.job_ids),
            "analyses": model_pass.model_pairs(engine=run.engine, cells=cells),
        }
    except TimeoutError:
        return _failure(TIMEOUT_CODE, msg.COMPARISON_TIMED_OUT.format(limit=settings.ANALYSIS_TIMEOUT_S))
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


def _cell(run: _Run, result: CellResult, *, seq: int) -> dict[str, Any]:
    return {
        "seq": seq,
        "resume_id": run.resume_ids[result.resume_index],
        "job_index": result.job_index,
        "match_score": result.match_score,
        "sub_scores": result.sub_scores,
        "top_gaps": result.top_gaps,
    }


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
    """Stop the control listener with a message, not a cancel: cancelling a channel-layer read can drop a
    message it had already taken for another channel of this process."""
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


async def comparisons_interrupt(*, timeout_s: float) -> int:
    """Stop this process's runs as it shuts down (each stores ``interrupted``); return how many."""
    tasks = [run.task for run in _runs.values() if run.task is not None and not run.task.done()]
    for task in tasks:
        task.cancel()
    if tasks:
        await asyncio.wait(tasks, timeout=timeout_s)
    return len(tasks)
