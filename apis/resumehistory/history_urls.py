"""Routes under /{API_VERSION}/resume/histories/."""

from django.urls import path

from apis.resumehistory import history_views as views
from apis.tailoring import views as tailoring_views

urlpatterns = [
    path("", views.HistoryListApi.as_view(), name="history-list"),
    path("export/", views.HistoryExportApi.as_view(), name="history-export"),
    path("<int:history_id>/", views.HistoryDetailApi.as_view(), name="history-detail"),
    path("<int:history_id>/rewrites/", tailoring_views.HistoryRewritesApi.as_view(), name="history-rewrites"),
    path(
        "<int:history_id>/export/",
        tailoring_views.HistoryResumeExportApi.as_view(),
        name="history-resume-export",
    ),
]
