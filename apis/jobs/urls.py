from django.urls import path

from apis.jobs.views import JobDetailApi, JobListCreateApi

urlpatterns = [
    path("", JobListCreateApi.as_view(), name="jobs"),
    path("<int:job_id>/", JobDetailApi.as_view(), name="job-detail"),
]
