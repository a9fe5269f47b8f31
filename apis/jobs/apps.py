from django.apps import AppConfig


class JobsConfig(AppConfig):
    name = "apis.jobs"
    label = "jobs"
