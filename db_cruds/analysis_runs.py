"""Analysis rows (ResumeHistory) as the streaming side writes them: create, heartbeat, finish, sweep."""

from collections.abc import Callable
from datetime import datetime
from typing import Any

import psycopg
from django.db import transaction
from django.db.models import Count, Q
from django.db.models.sql import InsertQuery
from django.utils import timezone
from psycopg import sql

from apis.resumehistory.models import ResumeHistory
from apis.users.models import User
from db_cruds.pg_async import pg_connection

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


def _insert_sql(row: ResumeHistory) -> tuple[str, tuple[Any, ...]]:
    """Return the ORM's own INSERT ... RETURNING id for ``row`` (defaults, ``auto_now`` and JSON included)."""
    meta = ResumeHistory._meta
    query = InsertQuery(ResumeHistory)
    query.insert_values([f for f in meta.local_concrete_fields if f is not meta.auto_field], [row])
    compiler = query.get_compiler(using="default")
    compiler.returning_fields = [meta.pk]
    [(statement, params)] = compiler.as_sql()
    return statement, tuple(params)


def _admission_sql() -> tuple[sql.Composed, sql.Composed]:
    """Return the user-row lock and the (running, created since) counts of ``analysis_create_admitted``."""
    lock = sql.SQL("SELECT 1 FROM {} WHERE id = %s FOR UPDATE").format(sql.Identifier(User._meta.db_table))
    counts = sql.SQL(
        "SELECT count(*) FILTER (WHERE status = %s), count(*) FROM {} WHERE user_id = %s AND created_at >= %s"
    ).format(sql.Identifier(ResumeHistory._meta.db_table))
    return lock, counts


async def analysis_create_admitted_pg(
    *,
    user_id: int,
    since: datetime,
    admit: Callable[[int, int], None],
    fields: dict[str, Any],
) -> int:
    """``analysis_create_admitted`` on PostgreSQL without leaving the event loop; return the new row's id.

    Same lock, counts and insert, sent as one pipeline (one round trip), then COMMIT, or ROLLBACK when
    ``admit`` refuses. A connection that turns out broken before anything was committed is replaced once.
    """
    now = timezone.now()
    row = ResumeHistory(
        user_id=user_id, status=ResumeHistory.Status.RUNNING, created_at=now, heartbeat_at=now, **fields
    )
    insert, insert_params = _insert_sql(row)
    lock, counts = _admission_sql()
    for attempt in (1, 2):
        async with pg_connection(fresh=attempt == 2) as connection:
            try:
                async with connection.pipeline():
                    lock_cursor, counts_cursor, insert_cursor = (connection.cursor() for _ in range(3))
                    await lock_cursor.execute(lock, (user_id,))
                    await counts_cursor.execute(counts, (ResumeHistory.Status.RUNNING, user_id, since))
                    await insert_cursor.execute(insert, insert_params)
                running, created = await counts_cursor.fetchone()
                [row_id] = await insert_cursor.fetchone()
            except psycopg.OperationalError:
                if attempt == 2 or not connection.broken:
                    raise
                continue  # an idle connection the server dropped: nothing was written, start over
            try:
                admit(running, created)
            except BaseException:
                await connection.rollback()
                raise
            await connection.commit()
            return row_id
    raise AssertionError("unreachable")


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
