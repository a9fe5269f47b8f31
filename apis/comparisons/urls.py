"""Routes under /{API_VERSION}/comparisons/."""

from django.urls import path

from apis.comparisons import views

urlpatterns = [
    path("", views.ComparisonListApi.as_view(), name="comparison-list"),
    path("<int:comparison_id>/", views.ComparisonDetailApi.as_view(), name="comparison-detail"),
]
