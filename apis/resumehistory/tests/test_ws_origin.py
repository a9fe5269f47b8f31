"""The handshake's Origin check: the whole origin must match, and a refusal says why in its 403 body."""

from typing import Any

import pytest
from channels.testing import ApplicationCommunicator

from apis.resumehistory.tests.ws_support import connect, session_cookie
from resumeai_proj.asgi import application

pytestmark = pytest.mark.django_db(transaction=True)

HOW_TO = (
    "Send the page's origin, e.g. 'Origin: http://127.0.0.1:8000'. In Postman, add it under the "
    "WebSocket request's Headers tab (key Origin, value the server's scheme://host:port). "
    "Operators: WS_ALLOWED_ORIGINS.\n"
)


async def handshake(headers: list[tuple[bytes, bytes]], *, scheme: str = "ws") -> list[dict[str, Any]]:
    """Return what the app sends for a handshake from a server offering the denial-response extension."""
    scope = {
        "type": "websocket",
        "path": "/ws/resume-tailor/",
        "raw_path": b"/ws/resume-tailor/",
        "query_string": b"",
        "scheme": scheme,
        "headers": headers,
        "subprotocols": [],
        "extensions": {"websocket.http.response": {}},
    }
    communicator = ApplicationCommunicator(application, scope)
    await communicator.send_input({"type": "websocket.connect"})
    first = await communicator.receive_output(timeout=5)
    sent = [first]
    if first["type"] == "websocket.http.response.start":
        sent.append(await communicator.receive_output(timeout=5))
    else:
        await communicator.send_input({"type": "websocket.disconnect", "code": 1000})
    await communicator.wait(timeout=5)
    return sent


def refusal(reason: str) -> list[dict[str, Any]]:
    return [
        {
            "type": "websocket.http.response.start",
            "status": 403,
            "headers": [(b"content-type", b"text/plain; charset=utf-8")],
        },
        {"type": "websocket.http.response.body", "body": f"{reason}\n{HOW_TO}".encode()},
    ]


def not_allowed(origin: str) -> list[dict[str, Any]]:
    return refusal(f"Forbidden: the Origin {origin} is not allowed (scheme, host and port must all match).")


@pytest.mark.parametrize(
    "origin",
    [
        "http://localhost:3000",  # another port of the served host
        "https://localhost:8000",  # https for an http host
        "http://localhost",  # default port instead of the served one
        "ws://localhost:8000",  # not a web origin
        "http://localhost:8000.evil.example.com",
        "http://evil.example.com",
        "null",
    ],
)
async def test_an_origin_differing_in_scheme_host_or_port_gets_403_saying_why(user: Any, origin: str) -> None:
    headers = [
        (b"host", b"localhost:8000"),
        (b"origin", origin.encode()),
        (b"cookie", await session_cookie(user)),
    ]
    assert await handshake(headers) == not_allowed(origin)


async def test_a_missing_origin_gets_403_saying_how_to_add_it(user: Any) -> None:
    headers = [(b"host", b"localhost:8000"), (b"cookie", await session_cookie(user))]
    assert await handshake(headers) == refusal("Forbidden: the WebSocket handshake has no Origin header.")


async def test_the_served_origin_is_accepted(user: Any) -> None:
    headers = [(b"host", b"localhost:8000"), (b"origin", b"http://localhost:8000")]
    headers.append((b"cookie", await session_cookie(user)))
    sent = await handshake(headers)
    assert sent[0]["type"] == "websocket.accept"


async def test_a_secure_socket_accepts_its_https_origin_only(user: Any) -> None:
    headers = [(b"host", b"localhost"), (b"cookie", await session_cookie(user))]
    assert (await handshake([*headers, (b"origin", b"https://localhost")], scheme="wss"))[0]["type"] == (
        "websocket.accept"
    )
    assert await handshake([*headers, (b"origin", b"http://localhost")], scheme="wss") == not_allowed(
        "http://localhost"
    )


async def test_behind_a_trusted_tls_proxy_the_https_origin_is_the_served_one(
    user: Any, settings: Any
) -> None:
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    headers = [
        (b"host", b"localhost"),
        (b"x-forwarded-proto", b"https"),
        (b"cookie", await session_cookie(user)),
    ]
    assert (await handshake([*headers, (b"origin", b"https://localhost")]))[0]["type"] == "websocket.accept"
    assert await handshake([*headers, (b"origin", b"http://localhost")]) == not_allowed("http://localhost")


async def test_a_host_outside_allowed_hosts_serves_no_origin(user: Any) -> None:
    headers = [(b"host", b"evil.example.com"), (b"origin", b"http://evil.example.com")]
    assert await handshake(headers) == not_allowed("http://evil.example.com")


async def test_configured_origins_replace_same_origin(user: Any, settings: Any) -> None:
    settings.WS_ALLOWED_ORIGINS = ["https://app.example.com"]
    cookie = (b"cookie", await session_cookie(user))
    allowed = await handshake([(b"host", b"localhost:8000"), (b"origin", b"https://app.example.com"), cookie])
    assert allowed[0]["type"] == "websocket.accept"
    assert await handshake(
        [(b"host", b"localhost:8000"), (b"origin", b"http://localhost:8000"), cookie]
    ) == not_allowed("http://localhost:8000")


async def test_without_the_extension_a_refusal_is_a_bare_close(user: Any) -> None:
    communicator = await connect_refused(
        [(b"host", b"localhost:8000"), (b"origin", b"http://localhost:3000")]
    )
    assert communicator == {"type": "websocket.close", "code": 403}


async def connect_refused(headers: list[tuple[bytes, bytes]]) -> dict[str, Any]:
    from channels.testing import WebsocketCommunicator

    communicator = WebsocketCommunicator(application, "/ws/resume-tailor/", headers=headers)
    await communicator.send_input({"type": "websocket.connect"})
    output = await communicator.receive_output(timeout=5)
    await communicator.wait(timeout=5)
    return output


async def test_the_test_helper_still_connects(user: Any) -> None:
    communicator = await connect(user=user)
    assert (await communicator.receive_json_from(timeout=5))["type"] == "connected"
    await communicator.disconnect()
