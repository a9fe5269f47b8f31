"""Routes under /{API_VERSION}/resume/histories/."""

from django.urls import path

from apis.resumehistory import history_views as views

urlpatterns = [
    path("", views.HistoryListApi.as_view(), name="history-list"),
    path("export/", views.HistoryExportApi.as_view(), name="history-export"),
    path("<int:history_id>/", views.HistoryDetailApi.as_view(), name="history-detail"),
]
