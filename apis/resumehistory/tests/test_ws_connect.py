"""Handshake: who may connect, what they are told, and how a logout ends their sockets."""

from typing import Any

import pytest
from channels.db import database_sync_to_async
from channels.testing import WebsocketCommunicator
from django.test import Client
from rest_framework_simplejwt.tokens import RefreshToken

from apis.resumehistory.tests.ws_support import (  # noqa: F401  (fixtures)
    ORIGIN,
    _no_leftover_runs,
    connect,
    session_cookie,
)
from resumeai_proj.asgi import application

pytestmark = pytest.mark.django_db(transaction=True)

NOT_AUTHENTICATED = {
    "type": "error",
    "status": "failed",
    "code": "not_authenticated",
    "message": "Authentication credentials were not provided or are invalid.",
}


async def assert_refused(communicator: Any) -> None:
    assert await communicator.receive_json_from(timeout=5) == NOT_AUTHENTICATED
    assert await communicator.receive_output(timeout=5) == {"type": "websocket.close", "code": 4401}
    await communicator.disconnect()


async def test_a_session_cookie_connects_and_announces_user_engine_and_limits(
    user: Any, settings: Any
) -> None:
    settings.AI_ENGINE_RESOLVED = "local"
    settings.MAX_CONCURRENT_ANALYSES_PER_USER = 3
    communicator = await connect(user=user)
    assert await communicator.receive_json_from(timeout=5) == {
        "type": "connected",
        "status": "success",
        "data": {
            "user": {"id": user.pk, "email": "ada@example.com", "first_name": "Ada", "last_name": "Lovelace"},
            "engine": "local",
            "model": "local-v2",
            "limits": {
                "max_resume_chars": settings.MAX_RESUME_CHARS,
                "max_job_description_chars": settings.MAX_JOB_DESCRIPTION_CHARS,
                "max_frame_bytes": settings.WS_MAX_FRAME_BYTES,
                "max_concurrent_analyses": 3,
                "max_analyses_per_hour": settings.MAX_ANALYSES_PER_USER_PER_HOUR,
                "max_compare_resumes": settings.COMPARE_MAX_RESUMES,
                "max_compare_jobs": settings.COMPARE_MAX_JOBS,
                "rescore_debounce_ms": settings.RESCORE_DEBOUNCE_MS,
            },
        },
    }
    await communicator.disconnect()


async def test_a_bearer_access_token_connects(user: Any) -> None:
    token = await database_sync_to_async(lambda: str(RefreshToken.for_user(user).access_token))()
    communicator = await connect(headers=[ORIGIN, (b"authorization", f"Bearer {token}".encode())])
    frame = await communicator.receive_json_from(timeout=5)
    assert (frame["type"], frame["data"]["user"]["id"]) == ("connected", user.pk)
    await communicator.disconnect()


async def test_no_credentials_get_one_error_frame_and_close_4401(db: None) -> None:
    await assert_refused(await connect())


async def test_an_unknown_session_cookie_is_refused(db: None) -> None:
    await assert_refused(
        await connect(headers=[ORIGIN, (b"cookie", b"sessionid=forged0000000000000000000000")])
    )


@pytest.mark.parametrize("header", [b"Bearer not.a.jwt", b"Bearer ", b"Basic dXNlcjpwYXNz"])
async def test_an_invalid_authorization_header_is_refused_even_with_a_valid_cookie(
    user: Any, header: bytes
) -> None:
    cookie = await session_cookie(user)
    await assert_refused(await connect(headers=[ORIGIN, (b"cookie", cookie), (b"authorization", header)]))


async def test_a_refresh_token_is_not_an_access_token(user: Any) -> None:
    refresh = await database_sync_to_async(lambda: str(RefreshToken.for_user(user)))()
    await assert_refused(await connect(headers=[ORIGIN, (b"authorization", f"Bearer {refresh}".encode())]))


async def test_a_session_of_an_inactive_user_is_refused(user: Any) -> None:
    cookie = await session_cookie(user)
    user.is_active = False
    await database_sync_to_async(user.save)()
    await assert_refused(await connect(headers=[ORIGIN, (b"cookie", cookie)]))


@pytest.mark.parametrize(
    "headers", [[(b"origin", b"http://evil.example.com")], []], ids=["foreign origin", "missing origin"]
)
async def test_a_foreign_or_missing_origin_is_refused_at_the_handshake(user: Any, headers: list) -> None:
    cookie = await session_cookie(user)
    communicator = WebsocketCommunicator(
        application, "/ws/resume-tailor/", headers=[*headers, (b"cookie", cookie)]
    )
    connected, _ = await communicator.connect(timeout=5)
    assert connected is False
    await communicator.disconnect()


async def test_a_logout_over_rest_closes_the_users_sockets(user: Any) -> None:
    client = Client()
    await database_sync_to_async(client.force_login)(user)
    cookie = f"sessionid={client.cookies['sessionid'].value}".encode()
    communicator = await connect(headers=[ORIGIN, (b"cookie", cookie)])
    assert (await communicator.receive_json_from(timeout=5))["type"] == "connected"

    response = await database_sync_to_async(client.post)(
        "/api/v1/auth/logout/", {}, content_type="application/json"
    )
    assert response.status_code == 200
    assert await communicator.receive_json_from(timeout=5) == {
        "type": "error",
        "status": "failed",
        "code": "not_authenticated",
        "message": "The session has ended; log in again.",
    }
    assert await communicator.receive_output(timeout=5) == {"type": "websocket.close", "code": 4401}
    await communicator.disconnect()
    await assert_refused(await connect(headers=[ORIGIN, (b"cookie", cookie)]))
