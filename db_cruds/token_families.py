"""Token-family revocation records and the atomic rotation of a refresh token."""

from datetime import datetime

from django.db import IntegrityError, transaction
from rest_framework_simplejwt.token_blacklist.models import BlacklistedToken, OutstandingToken

from apis.authentication.models import RevokedTokenFamily


def token_family_revoke(*, family: str, user_id: int, reason: str) -> None:
    """Record ``family`` as revoked (idempotent)."""
    RevokedTokenFamily.objects.bulk_create(
        [RevokedTokenFamily(family=family, user_id=user_id, reason=reason)], ignore_conflicts=True
    )


def token_family_is_revoked(*, family: str) -> bool:
    """Return whether ``family`` was revoked."""
    return RevokedTokenFamily.objects.filter(family=family).exists()


def token_families_revoked_since(*, since: datetime) -> set[str]:
    """Return the families revoked at or after ``since``."""
    return set(RevokedTokenFamily.objects.filter(revoked_at__gte=since).values_list("family", flat=True))


def refresh_token_consume(
    *, jti: str, user_id: int, token: str, created_at: datetime, expires_at: datetime
) -> bool:
    """Blacklist the refresh token ``jti``; return False when it already was (a reuse).

    The blacklist row is unique per token, so of concurrent consumers exactly one inserts it: the others wait
    for its commit (PostgreSQL's unique index, SQLite's IMMEDIATE transaction) and get an IntegrityError.
    """
    with transaction.atomic():
        outstanding, _ = OutstandingToken.objects.get_or_create(
            jti=jti,
            defaults={"user_id": user_id, "token": token, "created_at": created_at, "expires_at": expires_at},
        )
        try:
            with transaction.atomic():
                BlacklistedToken.objects.create(token=outstanding)
        except IntegrityError:
            return False
    return True
