"""A job posting the user stored once and reuses by id."""

from django.conf import settings
from django.db import models


class Job(models.Model):
    class Source(models.TextChoices):
        TEXT = "text"
        HTML = "html"
        PDF = "pdf"
        DOCX = "docx"
        TXT = "txt"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="jobs")
    title = models.CharField(max_length=300, blank=True)
    company = models.CharField(max_length=300, blank=True)
    location = models.CharField(max_length=300, blank=True)
    text = models.TextField()
    structured = models.JSONField(default=dict, blank=True)
    source_kind = models.CharField(max_length=16, choices=Source.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ("-created_at", "-id")

    def __str__(self) -> str:
        return self.title or f"Job {self.pk}"
