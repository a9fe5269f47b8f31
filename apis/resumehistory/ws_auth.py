"""WebSocket authentication: the Django session cookie (as Postman sends it) or a Bearer access JWT.

An ``Authorization: Bearer <access JWT>`` header on the handshake wins over the cookie: when it is present
it must be valid, otherwise the connection is anonymous (the consumer then refuses it with 4401).
"""

from typing import Any

from channels.auth import AuthMiddlewareStack
from channels.db import database_sync_to_async
from channels.middleware import BaseMiddleware
from django.contrib.auth.models import AnonymousUser
from rest_framework_simplejwt.exceptions import AuthenticationFailed, InvalidToken, TokenError

from apis.authentication.jwt_auth import FamilyJWTAuthentication


def _bearer_token(scope: dict[str, Any]) -> str | None:
    for name, value in scope.get("headers", []):
        if name.lower() == b"authorization":
            kind, _, token = value.decode("latin-1").strip().partition(" ")
            return token.strip() if kind.lower() == "bearer" else ""
    return None


def _jwt_user(raw_token: str) -> Any:
    authentication = FamilyJWTAuthentication()
    try:
        return authentication.get_user(authentication.get_validated_token(raw_token.encode()))
    except (InvalidToken, AuthenticationFailed, TokenError):
        return AnonymousUser()


class JwtAuthMiddleware(BaseMiddleware):
    """Replace the session user with the Bearer token's user when the handshake carries one."""

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> Any:
        token = _bearer_token(scope)
        if token is not None:
            user = await database_sync_to_async(_jwt_user)(token) if token else AnonymousUser()
            scope = {**scope, "user": user}
        return await super().__call__(scope, receive, send)


def WebSocketAuthMiddleware(inner: Any) -> Any:  # noqa: N802  (reads as a middleware class at the call site)
    """Return ``inner`` wrapped with session-cookie authentication, then Bearer JWT authentication."""
    return AuthMiddlewareStack(JwtAuthMiddleware(inner))
