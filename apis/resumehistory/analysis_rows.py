"""Write an analysis's running row within the user's limits (the admission of ``analysis_services``)."""

from datetime import timedelta
from typing import Any

from channels.db import database_sync_to_async
from django.conf import settings
from django.utils import timezone

from api_services import status_messages as msg
from apis.resumehistory.analysis_frames import FrameError
from apis.resumehistory.analysis_housekeeping import sweep
from apis.resumehistory.analysis_run import on_database
from db_cruds import analysis_runs as runs


async def create_row(*, user_id: int, fields: dict[str, Any]) -> int:
    """Write the running row within the user's limits and return its id.

    Orphans are swept only when they would block it. On PostgreSQL the row is written from the event loop
    (``runs.analysis_create_admitted_pg``), elsewhere through a worker thread (``on_database``).
    """
    try:
        return await _create_admitted_row(user_id=user_id, fields=fields)
    except FrameError as exc:
        if exc.code != "too_many_running" or not await database_sync_to_async(sweep)(user_id=user_id):
            raise
    return await _create_admitted_row(user_id=user_id, fields=fields)


async def _create_admitted_row(*, user_id: int, fields: dict[str, Any]) -> int:
    max_running = settings.MAX_CONCURRENT_ANALYSES_PER_USER
    max_per_hour = settings.MAX_ANALYSES_PER_USER_PER_HOUR
    create = on_database(pg=runs.analysis_create_admitted_pg, orm=runs.analysis_create_admitted)
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
