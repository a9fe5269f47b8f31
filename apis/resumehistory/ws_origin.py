"""The WebSocket handshake's Origin check: scheme, host and port must all match an allowed origin.

Allowed origins are ``WS_ALLOWED_ORIGINS`` when set, else the served origin itself (same-origin): the
request's scheme and ``Host`` header, when that host is in ``ALLOWED_HOSTS``. A missing Origin is refused as
well: a session cookie alone must not open a socket (Postman sends no Origin unless told to). A refusal is an
HTTP 403 whose short text body says why, when the server can send one (the ASGI denial-response extension),
else a bare 403.
"""

import logging
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.http.request import split_domain_port, validate_host

from api_services import status_messages as msg

logger = logging.getLogger(__name__)

DENIAL_EXTENSION = "websocket.http.response"
_DEFAULT_PORTS = {"http": 80, "https": 443}

Origin = tuple[str, str, int]


def origin_parse(value: str) -> Origin | None:
    """Return ``(scheme, host, port)`` of an ``http(s)://host[:port]`` origin, or None when it is not one."""
    try:
        parts = urlsplit(value.strip())
        port = parts.port
    except ValueError:
        return None
    if parts.scheme not in _DEFAULT_PORTS or not parts.hostname or parts.path not in ("", "/"):
        return None
    return parts.scheme, parts.hostname.lower(), port or _DEFAULT_PORTS[parts.scheme]


def _header(scope: dict[str, Any], name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key.lower() == name:
            return value.decode("latin-1")
    return None


def _proxy_says_secure(scope: dict[str, Any]) -> bool:
    """Return whether a trusted TLS proxy (``SECURE_PROXY_SSL_HEADER``) marks this request as https."""
    configured = getattr(settings, "SECURE_PROXY_SSL_HEADER", None)
    if not configured:
        return False
    name, value = configured
    header = name.removeprefix("HTTP_").lower().replace("_", "-").encode()
    return _header(scope, header) == value


def _served_origin(scope: dict[str, Any]) -> Origin | None:
    """Return the origin this request was served on, when its Host is an allowed host."""
    host_header = _header(scope, b"host")
    if not host_header:
        return None
    domain, port = split_domain_port(host_header)
    if not domain or not validate_host(domain, settings.ALLOWED_HOSTS):
        return None
    scheme = "https" if scope.get("scheme") in ("wss", "https") or _proxy_says_secure(scope) else "http"
    return scheme, domain.strip("[]"), int(port) if port else _DEFAULT_PORTS[scheme]


def origin_refusal(scope: dict[str, Any]) -> str | None:
    """Return why the handshake's Origin is refused, or None when it is allowed."""
    raw = _header(scope, b"origin")
    if raw is None:
        return msg.WS_ORIGIN_MISSING
    origin = origin_parse(raw)
    configured = settings.WS_ALLOWED_ORIGINS
    allowed = {origin_parse(item) for item in configured} if configured else {_served_origin(scope)}
    if origin is None or origin not in allowed - {None}:
        return msg.WS_ORIGIN_NOT_ALLOWED.format(origin=raw[:200])
    return None


class OriginValidator:
    """ASGI middleware: refuse a handshake whose Origin is not allowed, before anything else runs."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> Any:
        if scope["type"] != "websocket":
            return await self.inner(scope, receive, send)
        refusal = origin_refusal(scope)
        if refusal is None:
            return await self.inner(scope, receive, send)
        message = await receive()
        if message["type"] != "websocket.connect":
            return None
        logger.info("websocket handshake refused: origin")
        await handshake_denial(scope, send, status=403, text=f"{refusal}\n{msg.WS_ORIGIN_HOW_TO}\n")
        return None


async def handshake_denial(scope: dict[str, Any], send: Any, *, status: int, text: str) -> None:
    """Refuse a WebSocket handshake with HTTP ``status`` and ``text`` as its body (a bare 403 without the
    ASGI denial-response extension)."""
    if DENIAL_EXTENSION in scope.get("extensions", {}):
        await send(
            {
                "type": "websocket.http.response.start",
                "status": status,
                "headers": [(b"content-type", b"text/plain; charset=utf-8")],
            }
        )
        await send({"type": "websocket.http.response.body", "body": text.encode()})
    else:
        await send({"type": "websocket.close", "code": 403})
