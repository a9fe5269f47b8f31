"""WebSocket authentication: the Django session cookie (as Postman sends it)."""

from channels.auth import AuthMiddlewareStack


def WebSocketAuthMiddleware(inner):  # noqa: N802  (reads as a middleware class at the call site)
    """Return ``inner`` wrapped with session-cookie authentication."""
    return AuthMiddlewareStack(inner)
