"""A socket opened while PostgreSQL or Redis is down: a 503 saying why, or an error frame and 4503; never 500."""

from typing import Any

import pytest
from channels.layers import get_channel_layer
from channels.testing import ApplicationCommunicator
from django.contrib.sessions.backends.cached_db import SessionStore
from django.db import OperationalError
from redis.exceptions import ConnectionError as RedisConnectionError

from apis.resumehistory.tests.ws_support import HOST, ORIGIN, session_cookie
from resumeai_proj.asgi import application

pytestmark = pytest.mark.django_db(transaction=True)


async def handshake(cookie: bytes) -> list[dict[str, Any]]:
    """Return what the app sends for a session handshake from a server offering the denial extension."""
    scope = {
        "type": "websocket",
        "path": "/ws/resume-tailor/",
        "raw_path": b"/ws/resume-tailor/",
        "query_string": b"",
        "scheme": "ws",
        "headers": [ORIGIN, HOST, (b"cookie", cookie)],
        "subprotocols": [],
        "extensions": {"websocket.http.response": {}},
    }
    communicator = ApplicationCommunicator(application, scope)
    await communicator.send_input({"type": "websocket.connect"})
    sent = []
    while not sent or sent[-1]["type"] not in ("websocket.close", "websocket.http.response.body"):
        sent.append(await communicator.receive_output(timeout=5))
    await communicator.wait(timeout=5)
    return sent


async def test_a_handshake_while_the_database_is_down_is_a_503_saying_why(user, monkeypatch) -> None:
    def refuse(self: Any) -> dict:
        raise OperationalError("connection refused")

    cookie = await session_cookie(user)
    monkeypatch.setattr(SessionStore, "load", refuse)
    assert await handshake(cookie) == [
        {
            "type": "websocket.http.response.start",
            "status": 503,
            "headers": [(b"content-type", b"text/plain; charset=utf-8")],
        },
        {
            "type": "websocket.http.response.body",
            "body": b"Service Unavailable: a dependency (database or Redis) is unreachable; try again shortly.\n",
        },
    ]


async def test_redis_failing_after_the_accept_is_an_error_frame_and_close_code_4503(
    user, monkeypatch
) -> None:
    async def unreachable(group: str, channel: str) -> None:
        raise RedisConnectionError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    # The consumer joins its user group. Set on the instance: the Redis pub/sub layer's class has no
    # group_add of its own (its methods come through __getattr__).
    monkeypatch.setattr(get_channel_layer(), "group_add", unreachable, raising=False)
    sent = await handshake(await session_cookie(user))
    assert sent == [
        {"type": "websocket.accept", "subprotocol": None},
        {
            "type": "websocket.send",
            "text": '{"type": "error", "status": "failed", "code": "service_unavailable", '
            '"message": "The service is temporarily unavailable."}',
        },
        {"type": "websocket.close", "code": 4503},
    ]
