"""Read-only admin for comparisons (inspect and delete; rows are written by the application)."""

from django.contrib import admin

from apis.comparisons.models import Comparison
from apis.resumehistory.admin import ReadOnlyAdmin


@admin.register(Comparison)
class ComparisonAdmin(ReadOnlyAdmin):
    list_display = ("id", "user_email", "status", "engine", "grid_size", "duration_ms", "created_at")
    list_filter = ("status", "engine")
    list_select_related = ("user",)
    list_deferred = ("rankings",)
    search_fields = ("user__email",)
    exclude = ("job_descriptions",)  # long texts: the API's detail shows them
    readonly_fields = ("rankings", "analyses")

    @admin.display(description="resumes x jobs")
    def grid_size(self, obj: Comparison) -> str:
        return f"{len(obj.resume_ids)} x {len(obj.job_descriptions)}"
