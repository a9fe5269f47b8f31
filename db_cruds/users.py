"""User reads and writes."""

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction

from apis.users.models import User, normalize_email_address


class DuplicateEmail(Exception):
    """The email address is already registered."""


def user_email_exists(*, email: str) -> bool:
    """Return whether an account uses this email (case-insensitively)."""
    return get_user_model().objects.filter(email__iexact=normalize_email_address(email)).exists()


def user_create(*, email: str, password: str, first_name: str, last_name: str) -> User:
    """Create a user; raise ``DuplicateEmail`` when the address is taken (even in a race)."""
    try:
        with transaction.atomic():
            return get_user_model().objects.create_user(
                email=email, password=password, first_name=first_name, last_name=last_name
            )
    except IntegrityError as exc:
        raise DuplicateEmail(email) from exc
