"""Comparisons: start, cancel and follow them over the WebSocket; list, read and delete them over REST.

How it works (README "Compare"):
- ``comparison_start`` validates the frame, resolves the resumes (the user's own) and the postings, writes
  the row (running), joins the starting socket to ``comparison_group(id)`` and hands the run to
  ``runs.run_start`` (this process, off the event loop for the scoring).
- A frame is stored before it is published, so ``subscribe`` joins the group first and then reads the stored
  frames: whatever the read misses arrives live, and a follower drops event numbers it has relayed.
- ``cancel`` stops the run in this process, or asks the process running it through its control group
  (shared Redis layer). A cancelled, failed or interrupted comparison ends in its final state; a running row
  that outlived any run (its process died) is failed ``interrupted`` by the next look at the user's rows.
"""

import logging
from datetime import datetime, timedelta
from typing import Any

from asgiref.sync import async_to_sync
from channels.db import database_sync_to_async
from channels.layers import get_channel_layer
from django.conf import settings
from django.utils import timezone

from api_services import status_messages as msg
from api_services.channel_groups import comparison_group
from api_services.custom_exceptions import NotFound
from api_services.pagination import Page
from apis.comparisons import frames, runs
from apis.comparisons.frames import CompareCommand, FrameError
from apis.comparisons.models import Comparison
from db_cruds import comparisons as rows
from db_cruds.jobs import job_get
from db_cruds.resumes import resume_texts_for_user

logger = logging.getLogger(__name__)

# --- start ---------------------------------------------------------------------------------------------


def _job_texts(*, user_id: int, job_ids: list[int]) -> list[str]:
    texts = []
    for job_id in job_ids:
        job = job_get(user_id=user_id, job_id=job_id)
        if job is None:  # someone else's job is as unknown as a missing one
            raise FrameError(msg.JOB_NOT_FOUND, code="not_found", field="job_ids", job_id=job_id)
        texts.append(job.text)
    return texts


async def comparison_jobs(*, user_id: int, command: CompareCommand) -> list[str]:
    """Return the postings' texts in grid order: the pasted texts, or the user's stored jobs by id.

    The one place job ids become texts; a missing or foreign job is a ``not_found`` error naming it.
    """
    if command.job_ids is not None:
        return await database_sync_to_async(_job_texts)(user_id=user_id, job_ids=command.job_ids)
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
            "job_ids": command.job_ids,
        },
    )
    await get_channel_layer().group_add(comparison_group(comparison.pk), follower_channel)
    await runs.run_start(comparison=comparison, resumes=resumes, follower_channel=follower_channel)
    logger.info(
        "comparison %s started for user %s: %s resumes x %s jobs",
        comparison.pk,
        user_id,
        len(resumes),
        len(jobs),
    )
    return comparison.pk


# --- cancel and subscribe -------------------------------------------------------------------------------


def _stale_before() -> datetime:
    margin_s = settings.ANALYSIS_TIMEOUT_S + settings.ANALYSIS_ORPHAN_AFTER_S
    return timezone.now() - timedelta(seconds=margin_s)


def _sweep(*, user_id: int) -> None:
    """Fail the user's running comparisons that outlived any run (their process died)."""
    ids = rows.comparison_mark_stale(
        user_id=user_id,
        started_before=_stale_before(),
        exclude_ids=runs.running_here(),
        code=runs.INTERRUPTED,
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
    await runs.run_cancel(comparison_id=comparison_id)
    logger.info("comparison %s: cancel requested by user %s", comparison_id, user_id)


def _stored_events(*, user_id: int, comparison_id: int) -> list[list[Any]]:
    comparison = _owned(user_id=user_id, comparison_id=comparison_id)
    events: list[list[Any]] = [[1, frames.started_frame(comparison=comparison)]]
    for cell in rows.comparison_cells(comparison_id=comparison_id):
        cell_fields = {name: getattr(cell, name) for name in frames.CELL_FIELDS}
        events.append(
            [
                cell.seq,
                frames.cell_frame(comparison_id=comparison_id, cell=cell_fields, job_ids=comparison.job_ids),
            ]
        )
    final = frames.final_frame(comparison=comparison)
    if final is not None:
        events.append([runs.FINAL_EVENT_NUMBER, final])
    return events


async def comparison_subscribe(*, user_id: int, comparison_id: int, follower_channel: str) -> list[list[Any]]:
    """Follow the user's comparison: return its stored frames as numbered events, the final one last if any.

    While it runs, ``follower_channel`` joins its group first, so frames stored after the read arrive live.
    """
    await database_sync_to_async(_owned)(user_id=user_id, comparison_id=comparison_id)
    await get_channel_layer().group_add(comparison_group(comparison_id), follower_channel)
    return await database_sync_to_async(_stored_events)(user_id=user_id, comparison_id=comparison_id)


# --- REST ----------------------------------------------------------------------------------------------


def comparison_list(*, user_id: int, page: int, per_page: int) -> Page[Comparison]:
    """Return one page of the user's comparisons, newest first."""
    _sweep(user_id=user_id)
    items, total = rows.comparison_page_for_user(
        user_id=user_id, offset=(page - 1) * per_page, limit=per_page
    )
    return Page.build(items=items, total_items=total, page=page, per_page=per_page)


def comparison_detail(*, user_id: int, comparison_id: int) -> Comparison:
    """Return the user's comparison (its cells prefetched); raise ``NotFound`` for anyone else's."""
    _sweep(user_id=user_id)
    comparison = rows.comparison_with_cells_for_user(comparison_id=comparison_id, user_id=user_id)
    if comparison is None:
        raise NotFound(msg.COMPARISON_NOT_FOUND)
    return comparison


def comparison_delete(*, user_id: int, comparison_id: int) -> None:
    """Delete the user's comparison (cancelling it first if it runs); raise ``NotFound`` for anyone else's."""
    comparison = _owned(user_id=user_id, comparison_id=comparison_id)
    if comparison.status == Comparison.Status.RUNNING:
        async_to_sync(runs.run_cancel)(comparison_id=comparison_id)
    rows.comparison_delete_for_user(comparison_id=comparison_id, user_id=user_id)
    logger.info("comparison %s deleted by user %s", comparison_id, user_id)
