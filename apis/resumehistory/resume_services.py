"""Resume rules: size limits, file names, extraction in the isolated worker, storage per user."""

import hashlib
import logging
import unicodedata

from django.conf import settings

from ai.local_engine.structure import read_structure
from ai.text_normalize import normalize_text
from api_services import status_messages as msg
from api_services.custom_exceptions import AppError, NotFound, PayloadTooLarge, ValidationFailed
from api_services.pagination import Page
from apis.resumehistory.models import Resume
from db_cruds.resumes import (
    resume_create,
    resume_delete_for_user,
    resume_get_by_sha256,
    resume_get_for_user,
    resume_page_for_user,
)
from pdf_extract import ExtractionError, ExtractionLimits, default_pool

logger = logging.getLogger(__name__)

# Room for the multipart boundaries and part headers around the file in the request body.
MULTIPART_OVERHEAD_BYTES = 64 * 1024
FILENAME_MAX_CHARS = 100
_EXTENSION_MAX_CHARS = 10
_FALLBACK_FILENAME = "resume"

# HTTP status per extractor error code: 413 for size, 415 for a type we do not read, 422 for a file of a
# type we read whose content is unusable (damaged, locked, scanned, too long, hostile).
_STATUS_BY_CODE = {
    "file_too_large": 413,
    "unsupported_format": 415,
}
_UNUSABLE_CONTENT_STATUS = 422


def upload_limits() -> ExtractionLimits:
    """Return the extraction limits from settings, read per call so tests and deployments can change them."""
    return ExtractionLimits(
        max_bytes=settings.UPLOAD_MAX_BYTES,
        max_pages=settings.UPLOAD_MAX_PAGES,
        timeout_s=settings.UPLOAD_TIMEOUT_S,
        memory_mb=settings.UPLOAD_MEMORY_MB,
    )


def upload_too_large() -> PayloadTooLarge:
    """Return the 413 error that names the size limit."""
    return PayloadTooLarge(
        msg.RESUME_TOO_LARGE.format(limit=_human_size(settings.UPLOAD_MAX_BYTES)), code="file_too_large"
    )


def upload_check_content_length(*, content_length: str | None) -> None:
    """Check the declared body size before the body is parsed.

    Raise 411 without a Content-Length (Django reads a chunked body as empty), 400 for a malformed one and
    413 when it cannot hold a file under the limit. The bytes that really arrive are counted again while
    the body is read.
    """
    if not content_length:
        raise AppError(msg.RESUME_LENGTH_REQUIRED, code="length_required", http_status=411)
    try:
        declared = int(content_length)
    except ValueError:
        declared = -1
    if declared < 0:
        raise ValidationFailed(msg.RESUME_UPLOAD_MALFORMED, code="malformed_upload")
    if declared > settings.UPLOAD_MAX_BYTES + MULTIPART_OVERHEAD_BYTES:
        raise upload_too_large()


def clean_filename(*, name: str | None) -> str:
    """Return a display name: no directories, no control characters, at most FILENAME_MAX_CHARS characters."""
    base = unicodedata.normalize("NFC", name or "").replace("\\", "/").rsplit("/", 1)[-1]
    base = " ".join("".join(char for char in base if char.isprintable()).split()).strip(". ")
    if not base:
        return _FALLBACK_FILENAME
    if len(base) <= FILENAME_MAX_CHARS:
        return base
    stem, dot, extension = base.rpartition(".")
    if not dot or not stem or len(extension) > _EXTENSION_MAX_CHARS:
        return base[:FILENAME_MAX_CHARS].rstrip(". ")
    return stem[: FILENAME_MAX_CHARS - len(extension) - 1].rstrip(". ") + "." + extension


def resume_upload(*, user_id: int, filename: str | None, data: bytes) -> Resume:
    """Extract and store an uploaded resume; return the stored one when the user already uploaded these bytes.

    Raise an AppError carrying the extractor's code and message for every unusable file; nothing is stored
    then. The blocking wait for the worker runs in the calling (request) thread, never on an event loop.
    """
    limits = upload_limits()
    if len(data) > limits.max_bytes:
        raise upload_too_large()
    sha256 = hashlib.sha256(data).hexdigest()
    existing = resume_get_by_sha256(user_id=user_id, sha256=sha256)
    if existing is not None:
        logger.info("user %s re-uploaded resume %s", user_id, existing.pk)
        return existing
    name = clean_filename(name=filename)
    try:
        document = default_pool().extract(data=data, filename=name, limits=limits)
    except ExtractionError as error:
        logger.info("upload by user %s rejected: %s (%d bytes)", user_id, error.code, len(data))
        raise AppError(
            error.message,
            code=error.code,
            http_status=_STATUS_BY_CODE.get(error.code, _UNUSABLE_CONTENT_STATUS),
        ) from None
    if document.characters > settings.MAX_RESUME_CHARS:
        logger.info("upload by user %s rejected: %d characters", user_id, document.characters)
        raise AppError(
            msg.RESUME_TOO_MUCH_TEXT.format(limit=settings.MAX_RESUME_CHARS),
            code="too_much_text",
            http_status=_UNUSABLE_CONTENT_STATUS,
        )
    text = normalize_text(text=document.text)
    resume, created = resume_create(
        user_id=user_id,
        filename=name,
        sha256=sha256,
        file_format=document.format,
        pages=document.pages,
        characters=document.characters,
        text=text,
        warnings=list(document.warnings),
        ats_checks=list(document.ats_checks),
        ats_score=document.ats_score,
        structure=read_structure(text=text),
    )
    if created:
        logger.info(
            "user %s uploaded resume %s (%s, %d pages, %d characters, ats %d)",
            user_id,
            resume.pk,
            resume.format,
            resume.pages,
            resume.characters,
            resume.ats_score,
        )
    return resume


def resume_list(*, user_id: int, page: int, per_page: int) -> Page[Resume]:
    """Return the requested page of the user's resumes, newest first; a page past the end has no items."""
    items, total = resume_page_for_user(user_id=user_id, offset=(page - 1) * per_page, limit=per_page)
    return Page.build(items=items, total_items=total, page=page, per_page=per_page)


def resume_get(*, user_id: int, resume_id: int) -> Resume:
    """Return the user's resume; raise NotFound when it does not exist or belongs to someone else."""
    resume = resume_get_for_user(resume_id=resume_id, user_id=user_id)
    if resume is None:
        raise NotFound(msg.RESUME_NOT_FOUND)
    return resume


def resume_delete(*, user_id: int, resume_id: int) -> None:
    """Delete the user's resume; raise NotFound when it does not exist or belongs to someone else."""
    if not resume_delete_for_user(resume_id=resume_id, user_id=user_id):
        raise NotFound(msg.RESUME_NOT_FOUND)
    logger.info("user %s deleted resume %s", user_id, resume_id)


def _human_size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):g} MB"
    return f"{size / 1024:g} KB"
