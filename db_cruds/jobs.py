"""ORM reads and writes for stored job postings."""

from typing import Any

from django.db.models import Q

from apis.jobs.models import Job


def job_create(*, user_id: int, fields: dict[str, Any], source_kind: str) -> Job:
    """Store and return a job posting owned by ``user_id``."""
    return Job.objects.create(user_id=user_id, source_kind=source_kind, **fields)


def job_get(*, user_id: int, job_id: int) -> Job | None:
    """Return the user's job ``job_id`` or None."""
    return Job.objects.filter(user_id=user_id, pk=job_id).first()


def job_count(*, user_id: int) -> int:
    """Return how many jobs the user stores."""
    return Job.objects.filter(user_id=user_id).count()


def job_page(*, user_id: int, query: str, page: int, per_page: int) -> tuple[list[Job], int]:
    """Return one page of the user's jobs matching ``query`` and the total count."""
    jobs = Job.objects.filter(user_id=user_id)
    if query:
        jobs = jobs.filter(Q(title__icontains=query) | Q(company__icontains=query) | Q(text__icontains=query))
    start = (page - 1) * per_page
    return list(jobs[start : start + per_page]), jobs.count()


def job_set_source(*, job: Job, source_kind: str) -> None:
    """Record the uploaded file's format as the job's source kind."""
    job.source_kind = source_kind
    job.save(update_fields=["source_kind"])
