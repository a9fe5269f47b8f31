"""Read-only admin for inspecting analyses and stored resumes (one query per list page, whatever its size)."""

import json

from django.contrib import admin
from django.contrib.admin.views.main import ChangeList
from django.db.models import Model, QuerySet
from django.http import HttpRequest
from django.utils.html import format_html
from django.utils.safestring import SafeString

from ai.engines import ENGINE_NAMES
from apis.resumehistory.models import Resume, ResumeHistory


class EngineFilter(admin.SimpleListFilter):
    """The engines are known: no ``SELECT DISTINCT engine`` over the whole table on every list page."""

    title = "engine"
    parameter_name = "engine"

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list[tuple[str, str]]:
        return [(name, name) for name in ENGINE_NAMES]

    def queryset(self, request: HttpRequest, queryset: QuerySet[ResumeHistory]) -> QuerySet[ResumeHistory]:
        value = self.value()
        return queryset.filter(engine=value) if value else queryset


class _ListColumnsOnly(ChangeList):
    """A list page that does not read the long texts it never shows."""

    def get_queryset(self, request: HttpRequest, exclude_parameters: list[str] | None = None) -> QuerySet:
        queryset = super().get_queryset(request, exclude_parameters)
        return queryset.defer(*self.model_admin.list_deferred)


class ReadOnlyAdmin(admin.ModelAdmin):
    """Inspect and delete only: rows are written by the application, never edited by hand.

    Both models it serves belong to a user, shown by email.
    """

    show_full_result_count = False  # skip a second COUNT(*) over the whole table on every list page
    list_deferred: tuple[str, ...] = ()

    def get_changelist(self, request: HttpRequest, **kwargs: object) -> type[ChangeList]:
        return _ListColumnsOnly

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False

    @admin.display(description="user", ordering="user__email")
    def user_email(self, obj: Resume | ResumeHistory) -> str:
        return obj.user.email


@admin.register(ResumeHistory)
class ResumeHistoryAdmin(ReadOnlyAdmin):
    list_display = ("id", "user_email", "match_score", "status", "engine", "model", "created_at")
    list_select_related = ("user",)
    list_filter = ("status", EngineFilter, "created_at")
    search_fields = ("user__email", "job_description")
    list_deferred = ("resume_text", "job_description", "ai_analysis", "error_message", "user__password")
    # Newest by primary key: served by the pk index at any table size (created_at alone has no index).
    ordering = ("-id",)
    fields = (
        "id",
        "user_email",
        "resume",
        "status",
        "engine",
        "model",
        "match_score",
        "analysis",
        "error_code",
        "error_message",
        "request_id",
        "worker_id",
        "time_to_first_chunk_ms",
        "duration_ms",
        "input_tokens",
        "output_tokens",
        "created_at",
        "heartbeat_at",
        "finished_at",
        "updated_at",
        "job_description",
        "resume_text",
    )
    readonly_fields = fields

    @admin.display(description="analysis (JSON)")
    def analysis(self, obj: ResumeHistory) -> SafeString:
        if obj.ai_analysis is None:
            return format_html("<em>{}</em>", "none")
        pretty = json.dumps(obj.ai_analysis, indent=2, ensure_ascii=False, sort_keys=True)
        return format_html('<pre style="white-space: pre-wrap">{}</pre>', pretty)


@admin.register(Resume)
class ResumeAdmin(ReadOnlyAdmin):
    list_display = (
        "id",
        "user_email",
        "filename",
        "format",
        "pages",
        "characters",
        "ats_score",
        "created_at",
    )
    list_select_related = ("user",)
    search_fields = ("user__email", "filename")
    list_deferred = ("text", "warnings", "ats_checks", "user__password")
    ordering = ("-id",)
    fields = (
        "id",
        "user_email",
        "filename",
        "format",
        "sha256",
        "pages",
        "characters",
        "ats_score",
        "warnings",
        "ats_checks",
        "created_at",
        "text",
    )
    readonly_fields = fields
