"""Factories for resumehistory models (plain functions: no factory library needed)."""

import hashlib
from typing import Any

from django.utils import timezone

from apis.resumehistory.models import Resume, ResumeHistory
from apis.users.models import User

SAMPLE_ANALYSIS = {
    "match_score": 72,
    "missing_keywords": ["Kubernetes", "Terraform"],
    "sentence_to_improve": "Worked on backend services.",
    "recommended_improvement": "Built and operated Python backend services on PostgreSQL.",
    "reasoning": "Strong Python and PostgreSQL match; no container orchestration shown.",
}


def make_history(*, user: User, **fields: Any) -> ResumeHistory:
    """Create a completed analysis row unless fields say otherwise."""
    values: dict[str, Any] = {
        "resume_text": "Python developer with PostgreSQL experience.",
        "job_description": "We need a Python developer who knows Kubernetes.",
        "engine": "local",
        "model": "local-v1",
        "status": ResumeHistory.Status.COMPLETED,
        "ai_analysis": dict(SAMPLE_ANALYSIS),
        "match_score": SAMPLE_ANALYSIS["match_score"],
        "finished_at": timezone.now(),
    }
    values.update(fields)
    return ResumeHistory.objects.create(user=user, **values)


def make_resume(
    *, user: User, text: str = "Python developer with PostgreSQL experience.", **fields: Any
) -> Resume:
    values: dict[str, Any] = {
        "filename": "resume.pdf",
        "sha256": hashlib.sha256(text.encode()).hexdigest(),
        "format": "pdf",
        "pages": 1,
        "characters": len(text),
        "text": text,
    }
    values.update(fields)
    return Resume.objects.create(user=user, **values)
