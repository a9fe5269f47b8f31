"""Helpers of the comparison WebSocket tests."""

from typing import Any

from channels.db import database_sync_to_async

from apis.comparisons.models import Comparison, ComparisonCell
from apis.resumehistory.models import Resume
from apis.resumehistory.tests.factories import make_resume
from apis.users.models import User

COMPARISON_TERMINAL = {"comparison.completed", "comparison.failed", "comparison.cancelled"}
RESUMES = (
    "Backend developer. Built REST APIs in Python and Django. Worked on backend services with PostgreSQL.",
    "Frontend engineer. Built web apps in React and TypeScript with CSS. Wrote tests with Jest.",
)
JOBS = (
    "We hire a Python developer who knows Django, Kubernetes and Terraform. Redis is a plus.",
    "Frontend developer wanted: React, TypeScript and GraphQL. Experience with Jest is required.",
    "Data engineer with Spark, Airflow and SQL. Python required.",
)


async def resumes_of(user: User, texts: tuple[str, ...] = RESUMES) -> list[int]:
    """Store ``texts`` as the user's resumes and return their ids in order."""

    def create() -> list[Resume]:
        return [make_resume(user=user, text=text, filename=f"r{n}.pdf") for n, text in enumerate(texts)]

    return [resume.pk for resume in await database_sync_to_async(create)()]


def compare_frame(resume_ids: list[int], jobs: tuple[str, ...] = JOBS, **extra: Any) -> dict[str, Any]:
    return {"action": "compare", "resume_ids": resume_ids, "job_descriptions": list(jobs), **extra}


async def comparison_row(comparison_id: int) -> Comparison:
    return await database_sync_to_async(Comparison.objects.get)(pk=comparison_id)


async def cell_rows(comparison_id: int) -> list[ComparisonCell]:
    return await database_sync_to_async(
        lambda: list(ComparisonCell.objects.filter(comparison_id=comparison_id).order_by("seq"))
    )()


async def comparison_count() -> int:
    return await database_sync_to_async(Comparison.objects.count)()
