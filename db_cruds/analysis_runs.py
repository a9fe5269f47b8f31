"""Analysis rows (ResumeHistory) as the streaming side writes them: create, heartbeat, finish, sweep."""

from collections.abc import Callable
from datetime import datetime
from typing import Any

from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone

from apis.resumehistory.models import ResumeHistory
from apis.users.models import User

INTERRUPTED = "interrupted"


def analysis_create_admitted(
    *,
    user_id: int,
    since: datetime,
    admit: Callable[[int, int], None],
    fields: dict[str, Any],
) -> ResumeHistory:
    """Create a running row once ``admit(running, created_since)`` accepts the user's current counts.

    The user row is locked for the check and the insert, so two simultaneous starts cannot both pass a
    limit that only one of them fits under. ``admit`` raises to refuse. Only rows created since ``since``
    are counted as running: an older running row is an orphan the sweep fails (``since`` must be at least
    the longest an analysis may run).
    """
    with transaction.atomic():
        User.objects.select_for_update().filter(pk=user_id).first()
        counts = ResumeHistory.objects.filter(user_id=user_id, created_at__gte=since).aggregate(
            running=Count("pk", filter=Q(status=ResumeHistory.Status.RUNNING)), created=Count("pk")
        )
        admit(counts["running"], counts["created"])
        now = timezone.now()
        return ResumeHistory.objects.create(
            user_id=user_id, status=ResumeHistory.Status.RUNNING, created_at=now, heartbeat_at=now, **fields
        )


def analysis_get_for_user(*, analysis_id: int, user_id: int) -> ResumeHistory | None:
    """Return the user's analysis, or None when it does not exist or belongs to someone else."""
    return ResumeHistory.objects.filter(pk=analysis_id, user_id=user_id).first()


def analysis_heartbeat(*, analysis_ids: list[int]) -> None:
    """Record that these analyses are still being run by a live process."""
    ResumeHistory.objects.filter(pk__in=analysis_ids, status=ResumeHistory.Status.RUNNING).update(
        heartbeat_at=timezone.now()
    )


def analysis_finish(*, analysis_id: int, status: str, **fields: Any) -> bool:
    """Store the final state of a running analysis; return False when it was no longer running."""
    now = timezone.now()
    updated = ResumeHistory.objects.filter(pk=analysis_id, status=ResumeHistory.Status.RUNNING).update(
        status=status, finished_at=now, updated_at=now, heartbeat_at=None, **fields
    )
    return updated == 1


def analysis_mark_orphans(
    *,
    stale_before: datetime,
    started_before: datetime,
    message: str,
    user_id: int | None = None,
    exclude_ids: list[int] | None = None,
) -> list[int]:
    """Mark failed (``interrupted``) the running rows no live process owns any more; return their ids.

    A row is orphaned when its heartbeat is older than ``stale_before`` (its process died), or when it
    started before ``started_before`` (older than any analysis may run).
    """
    orphaned = ResumeHistory.objects.filter(status=ResumeHistory.Status.RUNNING).filter(
        Q(heartbeat_at__lt=stale_before)
        | Q(heartbeat_at__isnull=True, created_at__lt=stale_before)
        | Q(created_at__lt=started_before)
    )
    if user_id is not None:
        orphaned = orphaned.filter(user_id=user_id)
    if exclude_ids:
        orphaned = orphaned.exclude(pk__in=exclude_ids)
    ids = list(orphaned.values_list("pk", flat=True))
    if ids:
        now = timezone.now()
        ResumeHistory.objects.filter(pk__in=ids, status=ResumeHistory.Status.RUNNING).update(
            status=ResumeHistory.Status.FAILED,
            error_code=INTERRUPTED,
            error_message=message,
            finished_at=now,
            updated_at=now,
            heartbeat_at=None,
        )
    return ids
