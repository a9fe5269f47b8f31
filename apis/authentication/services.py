"""Account rules: registration, login (session + JWT pair), logout, token refresh."""

import logging

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.contrib.auth import authenticate, login, logout
from django.http import HttpRequest
from rest_framework_simplejwt.tokens import Token

from api_services import status_messages as msg
from api_services.channel_groups import user_group
from api_services.custom_exceptions import AppError, InvalidCredentials, ValidationFailed
from apis.authentication.token_services import (
    SESSION_FAMILY_KEY,
    refresh_token_parse,
    token_family_of,
    token_family_revoke_all,
    token_pair_issue,
    token_refresh_rotate,
)
from apis.users.models import User, normalize_email_address
from db_cruds.users import DuplicateEmail, user_create

logger = logging.getLogger(__name__)


def account_register(*, email: str, password: str, first_name: str, last_name: str) -> User:
    """Create the account; raise ``ValidationFailed`` when the email is taken."""
    try:
        user = user_create(email=email, password=password, first_name=first_name, last_name=last_name)
    except DuplicateEmail:
        raise ValidationFailed(
            msg.EMAIL_EXISTS, code="email_exists", data={"email": [msg.EMAIL_EXISTS]}
        ) from None
    logger.info("user %s registered", user.pk)
    return user


def account_login(*, request: HttpRequest, email: str, password: str) -> dict[str, str]:
    """Start a session (new key) and return a fresh JWT pair; raise ``InvalidCredentials`` otherwise."""
    user = authenticate(request, email=normalize_email_address(email), password=password)
    if user is None:
        logger.info("login failed")
        raise InvalidCredentials()
    login(request, user)
    tokens, family = token_pair_issue(user=user)
    request.session[SESSION_FAMILY_KEY] = family  # logging this session out revokes these tokens too
    logger.info("user %s logged in", user.pk)
    return tokens


def account_logout(*, request: HttpRequest, refresh: str | None, access_token: Token | None) -> None:
    """End the session and revoke this login's tokens (the access token used, the session's pair, ``refresh``
    when given), then close the user's open WebSockets."""
    user_id = request.user.pk
    token = refresh_token_parse(raw=refresh) if refresh else None
    if token is not None and str(token.get("user_id")) != str(user_id):
        raise AppError(msg.INVALID_REFRESH_TOKEN, code="token_not_valid", http_status=401)
    families = {request.session.get(SESSION_FAMILY_KEY) or ""}
    for used in (token, access_token):
        if used is not None:
            families.add(token_family_of(used))
    if token is not None:
        token.blacklist()
    token_family_revoke_all(families=families, user_id=user_id, reason="logout")
    logout(request)
    channel_layer = get_channel_layer()
    if channel_layer is not None:
        async_to_sync(channel_layer.group_send)(user_group(user_id), {"type": "session.revoked"})
    logger.info("user %s logged out", user_id)


def account_refresh(*, refresh: str) -> dict[str, str]:
    """Rotate ``refresh``: blacklist it and return a new pair of the same login (at most once per token)."""
    return token_refresh_rotate(raw=refresh)
