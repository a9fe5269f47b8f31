from django.apps import AppConfig


class ComparisonsConfig(AppConfig):
    name = "apis.comparisons"
    label = "comparisons"
    verbose_name = "Comparisons"
