"""Reads and writes of a tailored resume: an analysis' stored structure and its accepted rewrites."""

from typing import Any

from apis.resumehistory.models import Resume, ResumeHistory

_FIELDS = (
    "id",
    "user_id",
    "resume_id",
    "resume_text",
    "ai_analysis",
    "resume_structure",
    "accepted_rewrites",
)


def tailoring_history_get(*, user_id: int, history_id: int) -> ResumeHistory | None:
    """Return the user's analysis with what tailoring reads (no job description), or None."""
    return ResumeHistory.objects.filter(pk=history_id, user_id=user_id).only(*_FIELDS).first()


def tailoring_resume_structure(*, resume_id: int, text: str) -> dict[str, Any] | None:
    """Return the stored structure of resume ``resume_id`` when it was read from this very ``text``."""
    row = Resume.objects.filter(pk=resume_id).values_list("text", "structure").first()
    return row[1] if row is not None and row[0] == text and row[1] else None


def tailoring_save_structure(*, history_id: int, structure: dict[str, Any]) -> None:
    """Store the structure read from an analysis' resume text."""
    ResumeHistory.objects.filter(pk=history_id).update(resume_structure=structure)


def tailoring_save_accepted(*, history_id: int, accepted: list[dict[str, str]]) -> None:
    """Replace an analysis' accepted rewrites."""
    ResumeHistory.objects.filter(pk=history_id).update(accepted_rewrites=accepted)
