"""Stored resumes and the analysis history (the seed's ResumeHistory)."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone


class Resume(models.Model):
    """An uploaded resume and the text extracted from it; one row per (user, file content)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="resumes")
    filename = models.CharField(max_length=255)
    sha256 = models.CharField(max_length=64)
    format = models.CharField(max_length=8)
    pages = models.PositiveSmallIntegerField(default=0)
    characters = models.PositiveIntegerField(default=0)
    text = models.TextField()
    warnings = models.JSONField(default=list, blank=True)
    ats_checks = models.JSONField(default=list, blank=True)
    ats_score = models.PositiveSmallIntegerField(default=0)
    # Sections and entries read from ``text`` at upload (ai.local_engine.structure.read_structure).
    structure = models.JSONField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ("-created_at", "-id")
        constraints = [models.UniqueConstraint(fields=("user", "sha256"), name="resume_user_sha256_unique")]
        indexes = [models.Index(fields=("user", "-created_at", "-id"), name="resume_user_created_idx")]

    def __str__(self) -> str:
        return f"{self.filename} ({self.user_id})"


class ResumeHistory(models.Model):
    """One analysis of a resume against a job description, from start to its final state."""

    class Status(models.TextChoices):
        RUNNING = "running", "Running"
        COMPLETED = "completed", "Completed"
        FAILED = "failed", "Failed"
        CANCELLED = "cancelled", "Cancelled"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="resume_histories"
    )
    resume = models.ForeignKey(
        Resume, null=True, blank=True, on_delete=models.SET_NULL, related_name="analyses"
    )
    resume_text = models.TextField()
    job_description = models.TextField()
    # The stored posting the analysis used (``job_id`` in the start frame); the title survives its deletion.
    job = models.ForeignKey(
        "jobs.Job", null=True, blank=True, on_delete=models.SET_NULL, related_name="analyses"
    )
    job_title = models.CharField(max_length=300, blank=True, default="")
    # The structure of ``resume_text``, read once on first use by the tailored export (apis.tailoring).
    resume_structure = models.JSONField(null=True, blank=True)
    # The rewrites the user accepted or edited: [{"sentence", "replacement", "source"}] (apis.tailoring).
    accepted_rewrites = models.JSONField(default=list, null=True, blank=True)
    request_id = models.CharField(max_length=64, blank=True, default="")
    engine = models.CharField(max_length=16)
    model = models.CharField(max_length=100, blank=True, default="")
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.RUNNING)
    ai_analysis = models.JSONField(null=True, blank=True)
    match_score = models.PositiveSmallIntegerField(null=True, blank=True)
    error_code = models.CharField(max_length=64, blank=True, default="")
    error_message = models.TextField(blank=True, default="")
    time_to_first_chunk_ms = models.PositiveIntegerField(null=True, blank=True)
    duration_ms = models.PositiveIntegerField(null=True, blank=True)
    input_tokens = models.PositiveIntegerField(null=True, blank=True)
    output_tokens = models.PositiveIntegerField(null=True, blank=True)
    worker_id = models.CharField(max_length=64, blank=True, default="")
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ("-created_at", "-id")
        verbose_name_plural = "resume histories"
        indexes = [
            models.Index(fields=("user", "-created_at", "-id"), name="history_user_created_idx"),
            models.Index(fields=("user", "status", "-created_at", "-id"), name="history_user_status_idx"),
            models.Index(fields=("heartbeat_at",), condition=Q(status="running"), name="history_running_idx"),
        ]

    def __str__(self) -> str:
        return f"analysis {self.pk} ({self.status})"


class HistoryCount(models.Model):
    """How many analyses a user has in each status, kept exact by database triggers (migration 0002).

    The history list reads its ``total_items`` here instead of counting the user's rows on every request.
    """

    user_id = models.BigIntegerField()
    status = models.CharField(max_length=16)
    total = models.BigIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=("user_id", "status"), name="history_count_user_status_unique")
        ]

    def __str__(self) -> str:
        return f"user {self.user_id}: {self.total} {self.status}"
