"""Resume reads and writes, always scoped to one user."""

from typing import Any

from django.db import IntegrityError, transaction

from apis.resumehistory.models import Resume

# Everything a list row shows: the full text stays in the database until one resume is opened.
_LIST_FIELDS = ("id", "filename", "format", "pages", "characters", "ats_score", "created_at")


def resume_get_for_user(*, resume_id: int, user_id: int) -> Resume | None:
    """Return the user's resume with this id, or None when it does not exist or belongs to someone else."""
    return Resume.objects.filter(pk=resume_id, user_id=user_id).first()


def resume_get_by_sha256(*, user_id: int, sha256: str) -> Resume | None:
    """Return the user's resume whose file has this SHA-256, or None."""
    return Resume.objects.filter(user_id=user_id, sha256=sha256).first()


def resume_page_for_user(*, user_id: int, offset: int, limit: int) -> tuple[list[Resume], int]:
    """Return one page of the user's resumes (newest first, without their text) and the user's total."""
    rows = Resume.objects.filter(user_id=user_id)
    total = rows.count()
    if not total:
        return [], 0
    page = list(rows.only(*_LIST_FIELDS).order_by("-created_at", "-id")[offset : offset + limit])
    return page, total


def resume_create(
    *,
    user_id: int,
    filename: str,
    sha256: str,
    file_format: str,
    pages: int,
    characters: int,
    text: str,
    warnings: list[str],
    ats_checks: list[dict[str, str]],
    ats_score: int,
    structure: dict[str, Any] | None = None,
) -> tuple[Resume, bool]:
    """Store a resume and return (it, True); when the user already has this file, return (that one, False).

    The unique (user, sha256) constraint settles two simultaneous uploads of the same file.
    """
    try:
        with transaction.atomic():
            resume = Resume.objects.create(
                user_id=user_id,
                filename=filename,
                sha256=sha256,
                format=file_format,
                pages=pages,
                characters=characters,
                text=text,
                warnings=warnings,
                ats_checks=ats_checks,
                ats_score=ats_score,
                structure=structure,
            )
    except IntegrityError:
        existing = resume_get_by_sha256(user_id=user_id, sha256=sha256)
        if existing is None:
            raise
        return existing, False
    return resume, True


def resume_delete_for_user(*, resume_id: int, user_id: int) -> bool:
    """Delete the user's resume with this id; return whether one was deleted.

    Analyses that used it keep their own copy of the text (their foreign key is set to NULL).
    """
    deleted, _ = Resume.objects.filter(pk=resume_id, user_id=user_id).delete()
    return deleted > 0


def resume_texts_for_user(*, resume_ids: list[int], user_id: int) -> dict[int, str]:
    """Return ``{id: text}`` for those of ``resume_ids`` that are the user's (others are left out)."""
    rows = Resume.objects.filter(pk__in=resume_ids, user_id=user_id).values_list("pk", "text")
    return dict(rows)
