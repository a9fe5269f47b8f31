from django.contrib import admin

from apis.jobs.models import Job


@admin.register(Job)
class JobAdmin(admin.ModelAdmin):
    list_display = ("id", "title", "company", "location", "source_kind", "user", "created_at")
    search_fields = ("title", "company")
    list_select_related = ("user",)
