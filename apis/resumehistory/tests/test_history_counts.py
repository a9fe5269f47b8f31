"""HistoryCount: the per-user, per-status totals PostgreSQL triggers keep for the history list."""

from datetime import UTC, datetime, timedelta

import pytest
from django.db import connection
from django.db.models import Count

from apis.resumehistory.models import HistoryCount, ResumeHistory
from apis.resumehistory.tests.factories import make_history

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.postgres,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="the HistoryCount triggers are PostgreSQL's"
    ),
]

URL = "/api/v1/resume/histories/"


def kept() -> dict[tuple[int, str], int]:
    return {(c.user_id, c.status): c.total for c in HistoryCount.objects.all() if c.total}


def counted() -> dict[tuple[int, str], int]:
    rows = ResumeHistory.objects.values("user_id", "status").annotate(n=Count("id")).order_by()
    return {(row["user_id"], row["status"]): row["n"] for row in rows}


def test_the_counts_follow_creates_status_changes_moves_and_deletes(user, make_user):
    other = make_user(email="eve@example.com")
    running = make_history(user=user, status="running")
    done = make_history(user=user)
    ResumeHistory.objects.bulk_create(
        [ResumeHistory(user=other, resume_text="r", job_description="j", engine="local", status="failed")] * 3
    )
    assert (
        kept() == counted() == {(user.pk, "running"): 1, (user.pk, "completed"): 1, (other.pk, "failed"): 3}
    )

    ResumeHistory.objects.filter(pk=running.pk).update(status="cancelled")  # what the analysis runner does
    done.user = other
    done.save()
    ResumeHistory.objects.filter(user=other, status="failed").first().delete()

    assert (
        kept()
        == counted()
        == {(user.pk, "cancelled"): 1, (other.pk, "completed"): 1, (other.pk, "failed"): 2}
    )


def test_deleting_a_user_takes_their_counts_to_zero(user, make_user):
    make_history(user=user)
    kept_user = make_user(email="eve@example.com")
    make_history(user=kept_user)

    user.delete()

    assert kept() == counted() == {(kept_user.pk, "completed"): 1}


def test_an_update_that_keeps_user_and_status_does_not_touch_the_counts(user):
    history = make_history(user=user)
    ResumeHistory.objects.filter(pk=history.pk).update(match_score=10, status="completed")

    assert kept() == {(user.pk, "completed"): 1}


def test_the_list_total_and_a_page_past_the_end_use_the_kept_counts(
    jwt_client, user, django_assert_num_queries
):
    start = datetime(2026, 3, 1, tzinfo=UTC)
    for i in range(12):
        make_history(
            user=user, status="failed" if i % 4 == 0 else "completed", created_at=start + timedelta(i)
        )

    with django_assert_num_queries(2) as queries:
        body = jwt_client.get(URL, {"per_page": 5, "page": 2}).json()["data"]
    assert (body["total_items"], body["total_pages"], len(body["data"])) == (9, 2, 4)
    assert "resumehistory_historycount" in queries.captured_queries[-1]["sql"]

    with django_assert_num_queries(3) as queries:
        body = jwt_client.get(URL, {"status": "all", "page": 9}).json()["data"]
    assert (body["total_items"], body["data"]) == (12, [])
    assert "resumehistory_historycount" in queries.captured_queries[-1]["sql"]


def test_a_list_filtered_beyond_status_counts_the_matching_rows(jwt_client, user, django_assert_num_queries):
    make_history(user=user, match_score=90)
    make_history(user=user, match_score=20)

    with django_assert_num_queries(2) as queries:
        body = jwt_client.get(URL, {"min_score": 50}).json()["data"]

    assert body["total_items"] == 1
    assert "resumehistory_historycount" not in queries.captured_queries[-1]["sql"]


@pytest.mark.parametrize("status", ["completed", "failed", None])
@pytest.mark.parametrize("per_page", [1, 4, 5, 23])
def test_pages_read_from_either_end_equal_plain_offset_pages(user, make_user, status, per_page):
    from db_cruds.history_selectors import HistoryFilters, history_filtered, history_page_with_total

    start = datetime(2026, 3, 1, tzinfo=UTC)
    for i in range(23):  # some share a timestamp, so the id breaks ties both ways
        make_history(
            user=user, status="failed" if i % 3 == 0 else "completed", created_at=start + timedelta(i // 2)
        )
    make_history(user=make_user(email="eve@example.com"))
    filters = HistoryFilters(status=status)
    expected_total = history_filtered(user_id=user.pk, filters=filters).count()

    for page in range(1, expected_total // per_page + 3):
        offset = (page - 1) * per_page
        rows, total = history_page_with_total(user_id=user.pk, filters=filters, offset=offset, limit=per_page)
        expected = list(history_filtered(user_id=user.pk, filters=filters)[offset : offset + per_page])
        assert [r.pk for r in rows] == [r.pk for r in expected], f"page {page}"
        assert total == (expected_total if expected else None)
