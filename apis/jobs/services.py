"""Rules for job postings: read the input, store it, and keep each user's jobs their own."""

import logging
from typing import Any

from django.conf import settings

from ai.text_normalize import normalize_text
from api_services import status_messages as msg
from api_services.custom_exceptions import (
    Conflict,
    NotFound,
    PayloadTooLarge,
    PermissionDenied,
    ValidationFailed,
)
from api_services.pagination import Page
from apis.jobs.html_reader import read_job_page
from apis.jobs.models import Job
from apis.jobs.url_fetch import fetch_job_page
from db_cruds import jobs as job_cruds

logger = logging.getLogger(__name__)


def job_check_room(*, user_id: int) -> None:
    """Raise Conflict (409 ``too_many_jobs``) when the user already stores ``JOBS_MAX_PER_USER`` jobs.

    Checked before any fetch or extraction; two simultaneous stores at the limit may both pass.
    """
    limit = settings.JOBS_MAX_PER_USER
    if job_cruds.job_count(user_id=user_id) >= limit:
        logger.info("job refused for user %s: %d jobs stored", user_id, limit)
        raise Conflict(msg.JOBS_TOO_MANY.format(limit=limit), code="too_many_jobs")


def job_create_from_input(*, user_id: int, text: str = "", html: str = "", url: str = "") -> Job:
    """Store a posting from pasted ``text``, a page's ``html`` or a ``url``; raise AppError on bad input."""
    job_check_room(user_id=user_id)
    if url:
        if not settings.JOB_URL_IMPORT_ENABLED:
            raise PermissionDenied(msg.JOB_URL_DISABLED, code="url_import_disabled")
        html = fetch_job_page(url=url)
    if len(html.encode()) > settings.JOB_HTML_MAX_BYTES:
        raise PayloadTooLarge(
            msg.JOB_HTML_TOO_LARGE.format(limit=settings.JOB_HTML_MAX_BYTES), code="page_too_large"
        )
    if html:
        fields, kind = read_job_page(html), Job.Source.HTML
    elif text:
        stripped = text.strip()
        first_line = stripped.splitlines()[0] if stripped else ""
        fields = {"title": first_line, "company": "", "location": "", "text": stripped, "structured": {}}
        kind = Job.Source.TEXT
    else:
        raise ValidationFailed(msg.JOB_INPUT_REQUIRED)
    fields["text"] = normalize_text(text=fields["text"])  # the one normaliser every entry point uses
    if not fields["text"].strip():
        raise ValidationFailed(msg.JOB_EMPTY)
    fields["title"] = fields["title"][:300]
    return job_cruds.job_create(user_id=user_id, fields=fields, source_kind=kind)


def job_get(*, user_id: int, job_id: int) -> Job:
    """Return the user's job; another user's job is NotFound."""
    job = job_cruds.job_get(user_id=user_id, job_id=job_id)
    if job is None:
        raise NotFound(msg.JOB_NOT_FOUND)
    return job


def job_delete(*, user_id: int, job_id: int) -> None:
    """Delete the user's job."""
    job_get(user_id=user_id, job_id=job_id).delete()


def job_list(*, user_id: int, query: str, page: int, per_page: int) -> Page[Any]:
    """Return one page of the user's jobs, newest first, matching ``query`` over title, company and text."""
    items, total = job_cruds.job_page(user_id=user_id, query=query, page=page, per_page=per_page)
    return Page.build(items=items, total_items=total, page=page, per_page=per_page)
