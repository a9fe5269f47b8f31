from django.apps import AppConfig


class AuthenticationConfig(AppConfig):
    name = "apis.authentication"
    label = "authentication"
