"""The running row an analysis start writes within the user's limits (``db_cruds.analysis_runs``)."""

from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from apis.resumehistory.models import ResumeHistory
from apis.resumehistory.tests.factories import make_history
from db_cruds import analysis_runs as runs

pytestmark = pytest.mark.django_db

FIELDS = {
    "resume_id": None,
    "resume_text": "Jana Nováková: 100% of \"quoted\" %s and 'single' ☃ text.",
    "resume_structure": {"skills": ["Python", "SQL"], "years": 7},
    "job_description": "Python developer with Django.",
    "job_id": None,
    "job_title": "Backend",
    "request_id": "req-1",
    "engine": "gemini",
    "model": "gemini-flash-latest",
    "worker_id": "host:1",
}


def admit(user: Any, *, max_running: int = 10, max_created: int = 10) -> int:
    return runs.analysis_create_admitted(
        user_id=user.pk,
        since=timezone.now() - timedelta(hours=1),
        max_running=max_running,
        max_created=max_created,
        fields=FIELDS,
    )


def test_it_writes_a_running_row_with_every_field_as_given(user: Any) -> None:
    before = timezone.now()
    row = ResumeHistory.objects.get(pk=admit(user))
    assert {name: getattr(row, name) for name in FIELDS} == FIELDS
    assert (row.user_id, row.status) == (user.pk, ResumeHistory.Status.RUNNING)
    assert before <= row.created_at == row.heartbeat_at <= row.updated_at <= timezone.now()


def test_it_refuses_at_the_running_limit_first_and_writes_nothing(user: Any) -> None:
    make_history(user=user, status=ResumeHistory.Status.RUNNING)
    with pytest.raises(runs.AdmissionRefused) as refused:
        admit(user, max_running=1, max_created=1)
    assert (refused.value.limit, ResumeHistory.objects.count()) == (runs.TOO_MANY_RUNNING, 1)


def test_it_refuses_at_the_hourly_limit_counting_only_the_last_hour(user: Any) -> None:
    make_history(user=user, created_at=timezone.now() - timedelta(minutes=70))
    make_history(user=user)
    admit(user, max_created=2)
    with pytest.raises(runs.AdmissionRefused) as refused:
        admit(user, max_created=2)
    assert (refused.value.limit, ResumeHistory.objects.count()) == (runs.HOURLY_LIMIT, 3)
