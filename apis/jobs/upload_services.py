"""Read an uploaded posting: a saved HTML page here, PDF/DOCX/TXT through the isolated extractor."""

import logging

from api_services.custom_exceptions import AppError
from apis.jobs.models import Job
from apis.jobs.services import job_check_room, job_create_from_input
from apis.resumehistory.resume_services import clean_filename, upload_limits, upload_too_large
from db_cruds import jobs as job_cruds
from pdf_extract import ExtractionError, default_pool

logger = logging.getLogger(__name__)

# 413 for size, 415 for a type we do not read, 422 for a readable type whose content is unusable.
_STATUS_BY_CODE = {"file_too_large": 413, "unsupported_format": 415}


def _looks_like_html(data: bytes) -> bool:
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head


def job_upload(*, user_id: int, filename: str | None, data: bytes) -> Job:
    """Store a posting from an uploaded file; raise an AppError (4xx) for every unusable file."""
    limits = upload_limits()
    if len(data) > limits.max_bytes:
        raise upload_too_large()
    job_check_room(user_id=user_id)
    if _looks_like_html(data):
        return job_create_from_input(user_id=user_id, html=data.decode("utf-8", errors="replace"))
    try:
        document = default_pool().extract(data=data, filename=clean_filename(name=filename), limits=limits)
    except ExtractionError as error:
        logger.info("job upload by user %s rejected: %s (%d bytes)", user_id, error.code, len(data))
        status = _STATUS_BY_CODE.get(error.code, 422)
        raise AppError(error.message, code=error.code, http_status=status) from None
    job = job_create_from_input(user_id=user_id, text=document.text)
    job_cruds.job_set_source(job=job, source_kind=document.format)
    return job
