"""Routes under /{API_VERSION}/resume/ for stored resumes (the analysis history lives under histories/)."""

from django.urls import path

from apis.resumehistory import resume_views as views

urlpatterns = [
    path("", views.ResumeListApi.as_view(), name="resume-list"),
    path("upload/", views.ResumeUploadApi.as_view(), name="resume-upload"),
    path("<int:resume_id>/", views.ResumeDetailApi.as_view(), name="resume-detail"),
]
