"""Email-based user admin with each user's analysis count."""

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.contrib.auth.forms import UserChangeForm, UserCreationForm
from django.db.models import Count, IntegerField, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.http import HttpRequest

from apis.resumehistory.models import ResumeHistory
from apis.users.models import User


class EmailUserCreationForm(UserCreationForm):
    class Meta:
        model = User
        fields = ("email", "first_name", "last_name")


class EmailUserChangeForm(UserChangeForm):
    class Meta:
        model = User
        fields = "__all__"


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    form = EmailUserChangeForm
    add_form = EmailUserCreationForm
    ordering = ("email",)
    list_display = (
        "email",
        "first_name",
        "last_name",
        "is_staff",
        "is_active",
        "analysis_count",
        "date_joined",
    )
    list_filter = ("is_staff", "is_superuser", "is_active")
    search_fields = ("email", "first_name", "last_name")
    readonly_fields = ("last_login", "date_joined")
    fieldsets = (
        (None, {"fields": ("email", "password")}),
        ("Personal info", {"fields": ("first_name", "last_name")}),
        ("Permissions", {"fields": ("is_active", "is_staff", "is_superuser", "groups", "user_permissions")}),
        ("Important dates", {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = (
        (
            None,
            {
                "classes": ("wide",),
                "fields": ("email", "first_name", "last_name", "password1", "password2"),
            },
        ),
    )

    show_full_result_count = False

    def get_queryset(self, request: HttpRequest) -> QuerySet[User]:
        # A correlated count per listed user, not a join over every analysis: the page stays cheap at 1M rows.
        per_user = (
            ResumeHistory.objects.filter(user=OuterRef("pk"))
            .order_by()
            .values("user")
            .annotate(total=Count("id"))
            .values("total")
        )
        return (
            super()
            .get_queryset(request)
            .annotate(_analysis_count=Coalesce(Subquery(per_user, output_field=IntegerField()), 0))
        )

    @admin.display(description="Analyses", ordering="_analysis_count")
    def analysis_count(self, obj: User) -> int:
        return obj._analysis_count
