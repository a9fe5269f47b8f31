"""An analysis started with ``job_id`` uses the user's stored posting and the history shows its title."""

from typing import Any

import pytest
from channels.db import database_sync_to_async

from apis.jobs.models import Job
from apis.resumehistory.models import ResumeHistory
from apis.resumehistory.tests.ws_support import (  # noqa: F401  (fixtures)
    JOB,
    RESUME,
    TERMINAL,
    _no_leftover_runs,
    connected,
    frames_until,
    local_engine_fixture,
)

pytestmark = pytest.mark.django_db(transaction=True)


def make_job(user: Any, title: str = "Data Engineer") -> Job:
    return Job.objects.create(user=user, title=title, text=JOB, source_kind="text")


async def test_an_analysis_by_job_id_uses_the_stored_posting_and_records_its_title(
    user: Any, local_engine: None
) -> None:
    job = await database_sync_to_async(make_job)(user)
    communicator = await connected(user)
    await communicator.send_json_to({"action": "analyze", "resume_text": RESUME, "job_id": job.pk})
    frames = await frames_until(communicator, TERMINAL)
    await communicator.disconnect()
    row = await database_sync_to_async(ResumeHistory.objects.get)(pk=frames[0]["analysis_id"])
    assert (row.job_id, row.job_title, row.job_description, row.status) == (
        job.pk,
        "Data Engineer",
        JOB,
        "completed",
    )


async def test_anothers_job_is_not_found(user: Any, make_user: Any) -> None:
    other = await database_sync_to_async(make_user)()
    job = await database_sync_to_async(make_job)(other)
    communicator = await connected(user)
    await communicator.send_json_to({"action": "analyze", "resume_text": RESUME, "job_id": job.pk})
    reply = await communicator.receive_json_from(timeout=5)
    await communicator.disconnect()
    assert reply == {
        "type": "error",
        "status": "failed",
        "field": "job_id",
        "code": "not_found",
        "message": "Job not found.",
    }


async def test_job_id_and_job_description_together_are_refused(user: Any) -> None:
    communicator = await connected(user)
    await communicator.send_json_to(
        {"action": "analyze", "resume_text": RESUME, "job_id": 1, "job_description": JOB}
    )
    reply = await communicator.receive_json_from(timeout=5)
    await communicator.disconnect()
    assert reply == {
        "type": "error",
        "status": "failed",
        "field": "job_id",
        "code": "invalid_field",
        "message": "Send either job_id or job_description, not both.",
    }
