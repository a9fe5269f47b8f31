"""Input validation for the account endpoints."""

import re
from typing import Any

from django.contrib.auth import password_validation
from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework import serializers

from api_services import status_messages as msg
from apis.users.models import User, normalize_email_address

_NAME_CHARS = re.compile(r"^[^\W\d_]+(?:['’\-][^\W\d_]+)*$")


def _validate_name(value: str, *, field: str) -> str:
    words = value.split()  # any number of words: "Anna Maria Luisa", "van der Berg"
    if not all(_NAME_CHARS.match(word) for word in words):
        raise serializers.ValidationError(msg.NAME_INVALID.format(field=field))
    return " ".join(words)


class RegisterInputSerializer(serializers.Serializer):
    email = serializers.EmailField(max_length=254)
    password = serializers.CharField(max_length=128, trim_whitespace=False, write_only=True)
    first_name = serializers.CharField(max_length=150)
    last_name = serializers.CharField(max_length=150)

    def validate_email(self, value: str) -> str:
        return normalize_email_address(value)

    def validate_first_name(self, value: str) -> str:
        return _validate_name(value, field="First name")

    def validate_last_name(self, value: str) -> str:
        return _validate_name(value, field="Last name")

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        candidate = User(email=attrs["email"], first_name=attrs["first_name"], last_name=attrs["last_name"])
        try:
            password_validation.validate_password(attrs["password"], user=candidate)
        except DjangoValidationError as exc:
            raise serializers.ValidationError({"password": list(exc.messages)}) from exc
        return attrs


class LoginInputSerializer(serializers.Serializer):
    email = serializers.EmailField(max_length=254)
    password = serializers.CharField(max_length=128, trim_whitespace=False, write_only=True)


class LogoutInputSerializer(serializers.Serializer):
    refresh = serializers.CharField(required=False, allow_blank=False, max_length=2048)


class RefreshInputSerializer(serializers.Serializer):
    refresh = serializers.CharField(max_length=2048)


class TokenPairSerializer(serializers.Serializer):
    refresh = serializers.CharField()
    access = serializers.CharField()
