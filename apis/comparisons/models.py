"""Comparisons: N of a user's resumes scored against M job postings, and one stored cell per pair."""

from django.conf import settings
from django.db import models
from django.utils import timezone


class Comparison(models.Model):
    """One comparison from start to its final state; ``rankings`` is filled when it completes."""

    class Status(models.TextChoices):
        RUNNING = "running", "Running"
        COMPLETED = "completed", "Completed"
        FAILED = "failed", "Failed"
        CANCELLED = "cancelled", "Cancelled"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="comparisons")
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.RUNNING)
    request_id = models.CharField(max_length=64, blank=True, default="")
    engine = models.CharField(max_length=16)
    # The grid as asked: resume ids (kept even if a resume is deleted later) and the postings' texts.
    resume_ids = models.JSONField(default=list)
    job_descriptions = models.JSONField(default=list)
    # The stored postings the grid was asked with (``job_ids``), in grid order; null for pasted texts.
    job_ids = models.JSONField(null=True, blank=True)
    rankings = models.JSONField(null=True, blank=True)
    # Model analyses started for the best pairs (gemini): [{"resume_id", "job_index", "analysis_id"}].
    analyses = models.JSONField(default=list, blank=True)
    error_code = models.CharField(max_length=64, blank=True, default="")
    error_message = models.TextField(blank=True, default="")
    duration_ms = models.PositiveIntegerField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ("-created_at", "-id")
        indexes = [
            models.Index(fields=("user", "-created_at", "-id"), name="comparison_user_created_idx"),
            models.Index(fields=("user", "status"), name="comparison_user_status_idx"),
        ]

    def __str__(self) -> str:
        return f"comparison {self.pk} ({self.status})"


class ComparisonCell(models.Model):
    """The local engine's score of one resume against one posting; ``seq`` is its frame number."""

    comparison = models.ForeignKey(Comparison, on_delete=models.CASCADE, related_name="cells")
    seq = models.PositiveIntegerField()
    resume_id = models.BigIntegerField()
    job_index = models.PositiveSmallIntegerField()
    match_score = models.PositiveSmallIntegerField()
    sub_scores = models.JSONField(default=dict)
    top_gaps = models.JSONField(default=list)

    class Meta:
        ordering = ("comparison", "seq")
        constraints = [
            models.UniqueConstraint(fields=("comparison", "seq"), name="comparison_cell_seq_unique"),
        ]

    def __str__(self) -> str:
        return f"comparison {self.comparison_id}: resume {self.resume_id} x job {self.job_index}"
