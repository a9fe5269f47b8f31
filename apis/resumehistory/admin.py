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


def _analysis_field(obj: ResumeHistory, name: str) -> object:
    return obj.ai_analysis.get(name) if isinstance(obj.ai_analysis, dict) else None


def _pretty_json(value: object) -> SafeString:
    """Return ``value`` as indented JSON in a wrapping ``<pre>`` (escaped: model text is untrusted)."""
    pretty = json.dumps(value, indent=2, ensure_ascii=False, sort_keys=True)
    return format_html('<pre style="white-space: pre-wrap; max-width: 100ch">{}</pre>', pretty)


@admin.register(ResumeHistory)
class ResumeHistoryAdmin(ReadOnlyAdmin):
    list_display = (
        "id",
        "user_email",
        "job_title_or_dash",
        "match_score",
        "engine",
        "model",
        "status",
        "created_at",
    )
    list_select_related = ("user",)
    list_filter = ("status", EngineFilter, "created_at")
    search_fields = ("user__email", "job_title", "job_description")
    list_deferred = ("resume_text", "job_description", "ai_analysis", "error_message", "user__password")
    # Newest by primary key: served by the pk index at any table size (created_at alone has no index).
    ordering = ("-id",)
    # What a reader looks for first (score, gaps, rewrite), then the run; the long JSON and texts folded away.
    fieldsets = (
        (
            "Result",
            {
                "fields": (
                    "id",
                    "user_email",
                    "job_title",
                    "status",
                    "match_score",
                    "missing_keywords",
                    "sentence_to_improve",
                    "recommended_improvement",
                    "reasoning",
                )
            },
        ),
        (
            "Run",
            {
                "fields": (
                    "engine",
                    "model",
                    "resume",
                    "job",
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
                )
            },
        ),
        ("Details (JSON)", {"classes": ("collapse",), "fields": ("details",)}),
        ("Inputs", {"classes": ("collapse",), "fields": ("job_description", "resume_text")}),
    )
    readonly_fields = tuple(name for _, options in fieldsets for name in options["fields"])

    @admin.display(description="job title", ordering="job_title")
    def job_title_or_dash(self, obj: ResumeHistory) -> str:
        return obj.job_title or "–"

    @admin.display(description="missing keywords")
    def missing_keywords(self, obj: ResumeHistory) -> str:
        keywords = _analysis_field(obj, "missing_keywords")
        return ", ".join(str(k) for k in keywords) if isinstance(keywords, list) and keywords else "–"

    @admin.display(description="sentence to improve")
    def sentence_to_improve(self, obj: ResumeHistory) -> str:
        return str(_analysis_field(obj, "sentence_to_improve") or "–")

    @admin.display(description="recommended rewrite")
    def recommended_improvement(self, obj: ResumeHistory) -> str:
        return str(_analysis_field(obj, "recommended_improvement") or "–")

    @admin.display(description="reasoning")
    def reasoning(self, obj: ResumeHistory) -> str:
        return str(_analysis_field(obj, "reasoning") or "–")

    @admin.display(description="details (the engine's evidence, JSON)")
    def details(self, obj: ResumeHistory) -> SafeString:
        value = _analysis_field(obj, "details")
        if value is None:
            return format_html("<em>{}</em>", "none")
        return _pretty_json(value)


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
