"""JWT rules: a family per login, atomic refresh rotation, reuse detection and revocation.

Every token of one login (its refresh tokens through rotations and their access tokens) carries the claim
``fam``. Revoking a family (logout, or a rotated refresh token presented again) refuses all of them at once:
the check runs on every JWT request and WebSocket handshake, from the cache, falling back to the database.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from rest_framework_simplejwt.exceptions import TokenError
from rest_framework_simplejwt.tokens import RefreshToken, Token
from rest_framework_simplejwt.utils import datetime_from_epoch

from api_services import status_messages as msg
from api_services.cache_errors import CACHE_ERRORS
from api_services.custom_exceptions import AppError
from apis.users.models import User
from db_cruds.token_families import (
    refresh_token_consume,
    token_families_revoked_since,
    token_family_is_revoked,
    token_family_revoke,
)

logger = logging.getLogger(__name__)

FAMILY_CLAIM = "fam"
SESSION_FAMILY_KEY = "jwt_family"
_LOADED_KEY = "jwt-family-revocations-loaded"


class _UnrotatedRefreshToken(RefreshToken):
    """A refresh token verified (signature, expiry, type) without the blacklist lookup: rotation does that
    atomically, and must tell a reused token from a forged one."""

    def check_blacklist(self) -> None:
        return None


def _invalid_refresh() -> AppError:
    return AppError(msg.INVALID_REFRESH_TOKEN, code="token_not_valid", http_status=401)


def _access_lifetime() -> timedelta:
    return settings.SIMPLE_JWT["ACCESS_TOKEN_LIFETIME"]


def _access_lifetime_s() -> int:
    return int(_access_lifetime().total_seconds()) + 1


def _cache_key(family: str) -> str:
    return f"jwt-family-revoked:{family}"


def token_family_of(token: Token) -> str:
    """Return the family id of a token (tokens issued before families existed are their own family)."""
    return str(token.get(FAMILY_CLAIM) or token.get("jti") or "")


def token_pair_issue(*, user: User, family: str | None = None) -> tuple[dict[str, str], str]:
    """Return a new ``{refresh, access}`` pair in ``family`` (a new family when None) and the family id."""
    refresh = RefreshToken.for_user(user)
    family = family or str(refresh["jti"])
    refresh[FAMILY_CLAIM] = family
    return {"refresh": str(refresh), "access": str(refresh.access_token)}, family


def token_family_revoked(*, family: str) -> bool:
    """Return whether the family of an access token is revoked, usually without a query.

    Only revocations younger than the access-token lifetime matter here: an older revoked family's access
    tokens have all expired. The cache holds those (one key each) and a marker saying it holds all of them;
    when the marker is gone (cache started, restarted or flushed) one query reloads them. Cache down: the
    database answers.
    """
    key = _cache_key(family)
    try:
        cached = cache.get_many([_LOADED_KEY, key])
    except CACHE_ERRORS:
        logger.warning("token family check: cache unreachable, asking the database")
        return token_family_is_revoked(family=family)
    if key in cached:
        return True
    if _LOADED_KEY in cached:
        return False
    recent = token_families_revoked_since(since=timezone.now() - _access_lifetime())
    try:
        cache.set_many({**{_cache_key(item): 1 for item in recent}, _LOADED_KEY: 1}, _access_lifetime_s())
    except CACHE_ERRORS:
        pass  # answered from the database; the cache is filled once it is back
    return family in recent


def token_family_revoke_all(*, families: set[str], user_id: int, reason: str) -> None:
    """Revoke every family in ``families`` for ``user_id``: database first, then the cache."""
    for family in families - {""}:
        token_family_revoke(family=family, user_id=user_id, reason=reason)
        try:
            cache.set(_cache_key(family), 1, _access_lifetime_s())
        except CACHE_ERRORS:  # the database row is authoritative; the next reload picks it up
            logger.warning("user %s: token family revoked while the cache was unreachable", user_id)


def refresh_token_parse(*, raw: str) -> RefreshToken:
    """Return the verified refresh token ``raw`` (blacklist not consulted); raise a 401 AppError otherwise."""
    try:
        return _UnrotatedRefreshToken(raw)
    except TokenError:
        raise _invalid_refresh() from None


def token_refresh_rotate(*, raw: str) -> dict[str, str]:
    """Rotate ``raw``: exactly one caller gets a new pair; a reused token revokes its whole family."""
    token = refresh_token_parse(raw=raw)
    family = token_family_of(token)
    user_id = token.get(settings.SIMPLE_JWT.get("USER_ID_CLAIM", "user_id"))
    user = User.objects.filter(pk=user_id, is_active=True).first()
    if user is None or token_family_is_revoked(family=family):
        raise _invalid_refresh()
    consumed = refresh_token_consume(
        jti=str(token["jti"]),
        user_id=user.pk,
        token=raw,
        created_at=datetime_from_epoch(token["iat"]) if "iat" in token else token.current_time,
        expires_at=datetime_from_epoch(token["exp"]),
    )
    if not consumed:
        token_family_revoke_all(families={family}, user_id=user.pk, reason="reuse")
        logger.warning("user %s: a rotated refresh token was reused; its family is revoked", user.pk)
        raise _invalid_refresh()
    pair, _ = token_pair_issue(user=user, family=family)
    return pair
