from django.apps import AppConfig


class PingConfig(AppConfig):
    name = "apis.ping"
    label = "ping"
