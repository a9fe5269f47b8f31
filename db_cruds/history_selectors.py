"""Analysis-history reads (and the one delete): always scoped to one user, shaped to use the history indexes.

The list is ordered ``-created_at, -id``, which ``history_user_created_idx`` (user, -created_at, -id) and,
with a status filter, ``history_user_status_idx`` (user, status, -created_at, -id) serve without a sort.
On PostgreSQL the total of a list filtered by status only is read from ``HistoryCount`` (kept by triggers,
migration 0002) instead of counting the user's rows; any other filter counts the matching rows.
"""

from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db import connection
from django.db.models import Expression, IntegerField, Q, QuerySet, Subquery, Sum
from django.db.models.expressions import RawSQL

from apis.resumehistory.models import HistoryCount, ResumeHistory

NEWEST_FIRST = ("-created_at", "-id")
EXPORT_FIELDS = (
    "id",
    "created_at",
    "finished_at",
    "status",
    "engine",
    "model",
    "match_score",
    "duration_ms",
    "job_description",
    "resume_text",
    "ai_analysis",
)


@dataclass(frozen=True, kw_only=True)
class HistoryFilters:
    """Which of a user's analyses to read; ``status=None`` means every status, bounds are inclusive."""

    status: str | None = ResumeHistory.Status.COMPLETED
    search: str = ""
    min_score: int | None = None
    max_score: int | None = None
    created_from: datetime | None = None
    created_to: datetime | None = None


class _CountOf(Subquery):
    """``(SELECT COUNT(*) FROM (<queryset>))``: an uncorrelated scalar the database evaluates once."""

    template = "(SELECT COUNT(*) FROM (%(subquery)s) AS counted)"
    output_field = IntegerField()


class _SumOfTotals(Subquery):
    """``(SELECT COALESCE(SUM(total), 0) FROM (<HistoryCount queryset>))``."""

    template = "(SELECT COALESCE(SUM(counted.total), 0) FROM (%(subquery)s) AS counted)"
    output_field = IntegerField()


def _kept_counts(*, user_id: int, filters: HistoryFilters) -> QuerySet[HistoryCount] | None:
    """Return the HistoryCount rows that add up to the total, or None when the rows must be counted."""
    if connection.vendor != "postgresql":
        return None
    if filters != HistoryFilters(status=filters.status):  # anything beyond a status filter
        return None
    counts = HistoryCount.objects.filter(user_id=user_id)
    return counts if filters.status is None else counts.filter(status=filters.status)


def history_filtered(*, user_id: int, filters: HistoryFilters) -> QuerySet[ResumeHistory]:
    """Return the user's analyses matching ``filters``, newest first."""
    queryset = ResumeHistory.objects.filter(user_id=user_id)
    if filters.status is not None:
        queryset = queryset.filter(status=filters.status)
    if filters.search:
        queryset = queryset.filter(
            Q(job_description__icontains=filters.search) | Q(resume_text__icontains=filters.search)
        )
    if filters.min_score is not None:
        queryset = queryset.filter(match_score__gte=filters.min_score)
    if filters.max_score is not None:
        queryset = queryset.filter(match_score__lte=filters.max_score)
    if filters.created_from is not None:
        queryset = queryset.filter(created_at__gte=filters.created_from)
    if filters.created_to is not None:
        queryset = queryset.filter(created_at__lte=filters.created_to)
    return queryset.order_by(*NEWEST_FIRST)


def _page_ids_from_either_end(*, user_id: int, status: str | None, offset: int, limit: int) -> RawSQL:
    """Return the page's ids, walking the index from whichever end of the user's rows is nearer.

    Only for a status-only filter on PostgreSQL, where the total is one HistoryCount lookup: a page in the
    older half is read backwards from the oldest row, so the last page costs what the first does. Each
    branch carries a condition without columns, which PostgreSQL evaluates once and skips the other branch.
    """
    rows, counts = ResumeHistory._meta.db_table, HistoryCount._meta.db_table
    status_sql, status_params = (" AND status = %s", [status]) if status is not None else ("", [])
    total = f"(SELECT COALESCE(SUM(total), 0) FROM {counts} WHERE user_id = %s{status_sql})"  # noqa: S608
    total_params = [user_id, *status_params]
    # Table names come from the models and every value is a parameter (S608, S611).
    sql = (
        f"(SELECT id FROM {rows} WHERE user_id = %s{status_sql} AND %s * 2 < {total}"  # noqa: S608
        " ORDER BY created_at DESC, id DESC LIMIT %s OFFSET %s)"
        " UNION ALL "
        f"(SELECT id FROM {rows} WHERE user_id = %s{status_sql} AND %s * 2 >= {total}"
        f" ORDER BY created_at ASC, id ASC LIMIT GREATEST(0, LEAST(%s, {total} - %s))"
        f" OFFSET GREATEST(0, {total} - %s - %s))"
    )
    params = [
        *(user_id, *status_params, offset, *total_params, limit, offset),
        *(user_id, *status_params, offset, *total_params),
        *(limit, *total_params, offset, *total_params, offset, limit),
    ]
    return RawSQL(sql, params)  # noqa: S611


def history_page_queryset(
    *, user_id: int, filters: HistoryFilters, offset: int, limit: int
) -> QuerySet[ResumeHistory]:
    """Return the query for one page of the user's analyses, each row annotated with ``total_matching``.

    The page is a deferred join: the ids are found by an index(-only) scan with OFFSET, then only those rows
    are read, so a deep page does not fetch every skipped row. The total rides along as a scalar subquery.
    Where HistoryCount applies (PostgreSQL, status-only filter) the total is a lookup there and the ids are
    read from the nearer end of the index.
    """
    matching = history_filtered(user_id=user_id, filters=filters)
    counts = _kept_counts(user_id=user_id, filters=filters)
    if counts is None:
        page_ids: Subquery | RawSQL = Subquery(matching.values("id")[offset : offset + limit])
        total: Expression = _CountOf(matching.order_by().values("id"))
    else:
        page_ids = _page_ids_from_either_end(
            user_id=user_id, status=filters.status, offset=offset, limit=limit
        )
        total = _SumOfTotals(counts.order_by().values("total"))
    return (
        ResumeHistory.objects.filter(user_id=user_id, id__in=page_ids)
        .annotate(total_matching=total)
        .order_by(*NEWEST_FIRST)
    )


def history_page_with_total(
    *, user_id: int, filters: HistoryFilters, offset: int, limit: int
) -> tuple[list[ResumeHistory], int | None]:
    """Return one page of the user's analyses and the total matching count, in ONE query.

    The total is ``None`` when the page is empty (no row to carry it).
    """
    rows = list(history_page_queryset(user_id=user_id, filters=filters, offset=offset, limit=limit))
    return rows, (rows[0].total_matching if rows else None)


def history_count(*, user_id: int, filters: HistoryFilters) -> int:
    """Return how many of the user's analyses match ``filters``."""
    counts = _kept_counts(user_id=user_id, filters=filters)
    if counts is None:
        return history_filtered(user_id=user_id, filters=filters).order_by().count()
    return counts.aggregate(total=Sum("total"))["total"] or 0


def history_get(*, user_id: int, history_id: int) -> ResumeHistory | None:
    """Return the user's analysis ``history_id``, or None when it does not exist or is someone else's."""
    return ResumeHistory.objects.filter(user_id=user_id, id=history_id).first()


def history_delete(*, user_id: int, history_id: int) -> bool:
    """Delete the user's analysis ``history_id``; return whether a row was deleted."""
    deleted, _ = ResumeHistory.objects.filter(user_id=user_id, id=history_id).delete()
    return deleted > 0


def _export_queryset(*, user_id: int, filters: HistoryFilters) -> QuerySet[ResumeHistory, dict[str, Any]]:
    return history_filtered(user_id=user_id, filters=filters).values(*EXPORT_FIELDS)


def history_export_rows(
    *, user_id: int, filters: HistoryFilters, chunk_size: int
) -> Iterator[dict[str, Any]]:
    """Yield the export fields of every matching analysis, fetching ``chunk_size`` rows at a time."""
    return _export_queryset(user_id=user_id, filters=filters).iterator(chunk_size=chunk_size)


def history_export_rows_async(
    *, user_id: int, filters: HistoryFilters, chunk_size: int
) -> AsyncIterator[dict[str, Any]]:
    """Like ``history_export_rows`` for async consumers (an ASGI server buffers sync streams whole)."""
    return _export_queryset(user_id=user_id, filters=filters).aiterator(chunk_size=chunk_size)
