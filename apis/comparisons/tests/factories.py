"""Factories for comparison rows (plain functions)."""

from typing import Any

from django.utils import timezone

from apis.comparisons.models import Comparison, ComparisonCell
from apis.users.models import User


def make_comparison(*, user: User, cells: int = 2, **fields: Any) -> Comparison:
    """Create a completed 1 x ``cells`` comparison of resume id 1 unless ``fields`` say otherwise."""
    values: dict[str, Any] = {
        "engine": "local",
        "status": Comparison.Status.COMPLETED,
        "resume_ids": [1],
        "job_descriptions": [f"Job {n}: Python developer" for n in range(cells)],
        "rankings": {"by_resume": [], "by_job": []},
        "duration_ms": 12,
        "finished_at": timezone.now(),
    }
    values.update(fields)
    comparison = Comparison.objects.create(user=user, **values)
    ComparisonCell.objects.bulk_create(
        ComparisonCell(
            comparison=comparison,
            seq=n + 2,
            resume_id=1,
            job_index=n,
            match_score=70 - n,
            sub_scores={"hard_skills": 70},
            top_gaps=["Kubernetes"],
        )
        for n in range(cells)
    )
    return comparison
