"""Heartbeats of this process's runs, and the sweep that fails the running rows of dead processes."""

import asyncio
import logging
from datetime import timedelta

from channels.db import database_sync_to_async
from channels.layers import get_channel_layer
from django.conf import settings
from django.utils import timezone

from api_services import status_messages as msg
from api_services.channel_groups import analysis_group
from api_services.const_response import ws_error_frame
from api_services.outages import is_outage
from apis.resumehistory.analysis_run import EVENT, SWEEP_EVENT_NUMBER, running
from db_cruds import analysis_runs as runs

logger = logging.getLogger(__name__)


def sweep(*, user_id: int | None = None) -> list[int]:
    now = timezone.now()
    margin_s = settings.ANALYSIS_ORPHAN_AFTER_S
    return runs.analysis_mark_orphans(
        stale_before=now - timedelta(seconds=margin_s),
        started_before=now - timedelta(seconds=settings.ANALYSIS_TIMEOUT_S + margin_s),
        message=msg.ANALYSIS_INTERRUPTED,
        user_id=user_id,
        exclude_ids=list(running),  # this process's own runs are alive, whatever their heartbeat says
    )


def analysis_sweep_orphans() -> list[int]:
    """Mark failed (``interrupted``) every running row whose process died; return their ids."""
    ids = sweep()
    if ids:
        logger.warning("marked %s orphaned analyses interrupted: %s", len(ids), ids)
    return ids


async def _housekeep() -> None:
    """Heartbeat this process's runs and sweep orphans, every ``ANALYSIS_HEARTBEAT_S``."""
    while True:
        await asyncio.sleep(settings.ANALYSIS_HEARTBEAT_S)
        try:
            if running:
                await database_sync_to_async(runs.analysis_heartbeat)(analysis_ids=list(running))
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
