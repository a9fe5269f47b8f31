"""WebSocket connections while PostgreSQL or Redis is down: a clear refusal or close code, never a 500.

A handshake reads the session (database, cache) and subscribes a channel (Redis) before the consumer runs;
with either down that raised into daphne, which answered 500 and logged a traceback. This middleware turns
an outage error into an HTTP 503 denial with a short text body before the socket is accepted, and into an
``error`` frame (``service_unavailable``) and close code 4503 (try again later) after it.
"""

import json
import logging
from typing import Any

from api_services import status_messages as msg
from api_services.const_response import ws_error_frame
from api_services.outages import is_outage
from apis.resumehistory.ws_origin import handshake_denial

logger = logging.getLogger(__name__)

# 1013 (try again later) is what it means, but autobahn lets an application close only with 1000 or 3000-4999.
TRY_AGAIN_LATER_CLOSE_CODE = 4503


class OutageGuard:
    """ASGI middleware for the WebSocket routes: answer a dependency outage instead of crashing."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> Any:
        state = {"accepted": False, "closed": False}

        async def watched_send(message: dict[str, Any]) -> None:
            if message["type"] == "websocket.accept":
                state["accepted"] = True
            elif message["type"] in ("websocket.close", "websocket.http.response.body"):
                state["closed"] = True
            await send(message)

        try:
            return await self.inner(scope, receive, watched_send)
        except Exception as exc:
            if not is_outage(exc) or state["closed"]:
                raise
            logger.warning("websocket: a dependency is unreachable: %r", exc)
        if state["accepted"]:
            frame = ws_error_frame(code="service_unavailable", message=msg.SERVICE_UNAVAILABLE)
            await send({"type": "websocket.send", "text": json.dumps(frame)})
            await send({"type": "websocket.close", "code": TRY_AGAIN_LATER_CLOSE_CODE})
        else:
            await handshake_denial(scope, send, status=503, text=f"{msg.WS_HANDSHAKE_UNAVAILABLE}\n")
        return None
