"""REST routes under /{API_VERSION}/resume/: stored resumes and the analysis history."""

from django.urls import include, path

urlpatterns = [
    path("histories/", include("apis.resumehistory.history_urls")),
    path("", include("apis.resumehistory.resume_urls")),
]
