"""``compare`` with ``job_ids``: the user's stored postings stand for their texts; frames name them by id."""

from typing import Any

import pytest
from channels.db import database_sync_to_async
from rest_framework.test import APIClient
from rest_framework_simplejwt.tokens import RefreshToken

from ai.local_engine import analyze
from apis.comparisons.tests.support import (
    COMPARISON_TERMINAL,
    JOBS,
    RESUMES,
    comparison_count,
    comparison_row,
    resumes_of,
)
from apis.jobs.models import Job
from apis.resumehistory.tests.ws_support import (  # noqa: F401  (fixtures)
    _no_leftover_runs,
    connected,
    frames_until,
)

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("no_leftover_comparisons", "local_engine"),
]


async def jobs_of(user: Any, texts: tuple[str, ...] = JOBS) -> list[int]:
    """Store ``texts`` as the user's jobs and return their ids in order."""

    def create() -> list[int]:
        return [
            Job.objects.create(user=user, title=f"Job {n}", text=text, source_kind=Job.Source.TEXT).pk
            for n, text in enumerate(texts)
        ]

    return await database_sync_to_async(create)()


def rest_get(user: Any, url: str) -> Any:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {RefreshToken.for_user(user).access_token}")
    return client.get(url)


async def test_cells_and_rankings_name_the_stored_jobs_by_id(user: Any) -> None:
    resume_ids = await resumes_of(user)
    job_ids = list(reversed(await jobs_of(user)))  # grid order is the order asked, not the ids' order
    communicator = await connected(user)
    await communicator.send_json_to({"action": "compare", "resume_ids": resume_ids, "job_ids": job_ids})
    frames = await frames_until(communicator, COMPARISON_TERMINAL)
    await communicator.disconnect()

    texts = list(reversed(JOBS))
    assert frames[0]["grid"] == {
        "resume_ids": resume_ids,
        "jobs": [{"job_index": index, "job_id": job_id} for index, job_id in enumerate(job_ids)],
    }
    cells = frames[1:-1]
    assert [(c["resume_id"], c["job_index"], c["job_id"]) for c in cells] == [
        (resume_ids[n // 3], n % 3, job_ids[n % 3]) for n in range(6)
    ]
    for cell in cells:
        resume = RESUMES[resume_ids.index(cell["resume_id"])]
        expected = analyze(resume_text=resume, job_description=texts[cell["job_index"]])["match_score"]
        assert cell["match_score"] == expected
    rankings = frames[-1]["rankings"]
    assert [entry["job_id"] for entry in rankings["by_job"]] == job_ids
    assert {job["job_id"] for job in rankings["by_resume"][0]["jobs"]} == set(job_ids)
    stored = await comparison_row(frames[0]["comparison_id"])
    assert (stored.job_ids, stored.job_descriptions) == (job_ids, texts)

    detail = await database_sync_to_async(rest_get)(user, f"/api/v1/comparisons/{stored.pk}/")
    assert [(j["job_index"], j["job_id"]) for j in detail.json()["data"]["jobs"]] == list(enumerate(job_ids))


async def test_another_users_job_is_not_found_and_nothing_is_stored(user: Any, make_user: Any) -> None:
    resume_ids = await resumes_of(user)
    other = await database_sync_to_async(make_user)(email="other@example.com")
    mine = await jobs_of(user, JOBS[:1])
    theirs = await jobs_of(other, JOBS[1:2])
    communicator = await connected(user)
    await communicator.send_json_to({"action": "compare", "resume_ids": resume_ids, "job_ids": mine + theirs})

    assert await communicator.receive_json_from(timeout=5) == {
        "type": "error",
        "status": "failed",
        "field": "job_ids",
        "job_id": theirs[0],
        "code": "not_found",
        "message": "Job not found.",
    }
    await communicator.disconnect()
    assert await comparison_count() == 0
