from django.apps import AppConfig


class ResumeHistoryConfig(AppConfig):
    name = "apis.resumehistory"
    label = "resumehistory"
    verbose_name = "Resumes and analyses"
