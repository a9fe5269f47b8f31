"""Comparison rows and their cells: create, add cells, finish, sweep, and the user-scoped reads."""

from datetime import datetime
from typing import Any

from django.db import transaction
from django.db.models import Prefetch
from django.utils import timezone

from apis.comparisons.models import Comparison, ComparisonCell

# Everything a list row shows: the postings' texts stay in the database until one comparison is opened.
_LIST_FIELDS = ("id", "status", "engine", "resume_ids", "created_at", "finished_at", "duration_ms")


def comparison_count_running(*, user_id: int, since: datetime) -> int:
    """Return how many of the user's comparisons created since ``since`` are still running."""
    return Comparison.objects.filter(
        user_id=user_id, status=Comparison.Status.RUNNING, created_at__gte=since
    ).count()


def comparison_create(*, user_id: int, fields: dict[str, Any]) -> int:
    """Create a running comparison and return its id."""
    return Comparison.objects.create(user_id=user_id, status=Comparison.Status.RUNNING, **fields).pk


def comparison_cells_add(*, comparison_id: int, cells: list[dict[str, Any]]) -> None:
    """Store scored cells (each a dict of ComparisonCell's fields) in one round trip."""
    ComparisonCell.objects.bulk_create(
        [ComparisonCell(comparison_id=comparison_id, **cell) for cell in cells]
    )


def comparison_finish(*, comparison_id: int, status: str, **fields: Any) -> bool:
    """Move a running comparison to its final ``status``; return False when it had already ended."""
    updated = Comparison.objects.filter(pk=comparison_id, status=Comparison.Status.RUNNING).update(
        status=status, finished_at=timezone.now(), **fields
    )
    return updated > 0


def comparison_set_analyses(*, comparison_id: int, analyses: list[dict[str, Any]]) -> None:
    """Record the model analyses started for the comparison's best pairs."""
    Comparison.objects.filter(pk=comparison_id).update(analyses=analyses)


def comparison_mark_stale(
    *, user_id: int | None, started_before: datetime, exclude_ids: list[int], code: str, message: str
) -> list[int]:
    """Fail (``code``) running comparisons started before ``started_before`` that no process runs any more."""
    rows = Comparison.objects.filter(status=Comparison.Status.RUNNING, created_at__lt=started_before)
    if user_id is not None:
        rows = rows.filter(user_id=user_id)
    with transaction.atomic():
        ids = list(rows.exclude(pk__in=exclude_ids).select_for_update().values_list("pk", flat=True))
        Comparison.objects.filter(pk__in=ids, status=Comparison.Status.RUNNING).update(
            status=Comparison.Status.FAILED,
            error_code=code,
            error_message=message,
            finished_at=timezone.now(),
        )
    return ids


def comparison_get_for_user(*, comparison_id: int, user_id: int) -> Comparison | None:
    """Return the user's comparison with this id, or None when it does not exist or is someone else's."""
    return Comparison.objects.filter(pk=comparison_id, user_id=user_id).first()


def comparison_with_cells_for_user(*, comparison_id: int, user_id: int) -> Comparison | None:
    """Return the user's comparison with its cells prefetched in frame order, or None."""
    cells = Prefetch("cells", queryset=ComparisonCell.objects.order_by("seq"))
    return Comparison.objects.filter(pk=comparison_id, user_id=user_id).prefetch_related(cells).first()


def comparison_cells(*, comparison_id: int) -> list[ComparisonCell]:
    """Return the comparison's stored cells in frame order."""
    return list(ComparisonCell.objects.filter(comparison_id=comparison_id).order_by("seq"))


def comparison_page_for_user(*, user_id: int, offset: int, limit: int) -> tuple[list[Comparison], int]:
    """Return one page of the user's comparisons (newest first, without the postings) and their total."""
    rows = Comparison.objects.filter(user_id=user_id)
    total = rows.count()
    if not total:
        return [], 0
    return list(rows.only(*_LIST_FIELDS).order_by("-created_at", "-id")[offset : offset + limit]), total


def comparison_delete_for_user(*, comparison_id: int, user_id: int) -> bool:
    """Delete the user's comparison (and its cells); return whether one was deleted."""
    deleted, _ = Comparison.objects.filter(pk=comparison_id, user_id=user_id).delete()
    return deleted > 0
