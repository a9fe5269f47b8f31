"""Teach daphne the ASGI WebSocket denial response, so a refused handshake can say why.

Daphne 4 answers an application's ``websocket.close`` before ``accept`` with a bare ``403 Access denied``
(autobahn writes a status line and no body). The ASGI spec's ``websocket.http.response`` extension lets the
application send a full HTTP response instead; daphne neither advertises nor handles it. ``install`` adds
both to daphne's classes, and is a no-op when daphne is not installed.
"""

import http
import logging
from typing import Any

logger = logging.getLogger(__name__)

EXTENSION = "websocket.http.response"


def install() -> None:
    """Patch daphne's server and WebSocket protocol once (idempotent)."""
    try:
        from autobahn.websocket.types import ConnectionDeny
        from daphne.server import Server
        from daphne.ws_protocol import WebSocketProtocol
    except ImportError:
        return
    if getattr(WebSocketProtocol, "_denial_response_installed", False):
        return

    create_application = Server.create_application
    handle_reply = WebSocketProtocol.handle_reply
    send_http_error_response = WebSocketProtocol.sendHttpErrorResponse

    def create_application_advertising(self: Any, protocol: Any, scope: dict[str, Any]) -> Any:
        if scope.get("type") == "websocket":
            scope.setdefault("extensions", {})[EXTENSION] = {}
        return create_application(self, protocol, scope)

    def handle_reply_with_denial(self: Any, message: dict[str, Any]) -> None:
        kind = message.get("type")
        if kind == "websocket.http.response.start" and self.state == self.STATE_CONNECTING:
            self._denial = {
                "status": int(message["status"]),
                "headers": message.get("headers", []),
                "body": b"",
            }
            return
        if kind == "websocket.http.response.body" and getattr(self, "_denial", None) is not None:
            self._denial["body"] += message.get("body", b"")
            if not message.get("more_body", False) and hasattr(self, "handshake_deferred"):
                status = self._denial["status"]
                self.handshake_deferred.errback(
                    ConnectionDeny(code=status, reason=http.HTTPStatus(status).phrase)
                )
                del self.handshake_deferred
                self.server.protocol_disconnected(self)
            return
        handle_reply(self, message)

    def send_http_error_response_with_body(
        self: Any,
        code: int,
        reason: str,
        responseHeaders: Any = None,  # noqa: N803  (autobahn's name)
    ) -> None:
        denial = getattr(self, "_denial", None)
        if denial is None:
            send_http_error_response(self, code, reason, responseHeaders)
            return
        lines = [f"HTTP/1.1 {code} {reason}"]
        lines += [f"{name.decode('latin-1')}: {value.decode('latin-1')}" for name, value in denial["headers"]]
        lines += [f"Content-Length: {len(denial['body'])}", "Connection: close"]
        self.sendData(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + denial["body"])

    Server.create_application = create_application_advertising
    WebSocketProtocol.handle_reply = handle_reply_with_denial
    WebSocketProtocol.sendHttpErrorResponse = send_http_error_response_with_body
    WebSocketProtocol._denial_response_installed = True
