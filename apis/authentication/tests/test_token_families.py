"""One login is one token family: rotation at most once per refresh token, reuse and logout revoke it all."""

import threading
from typing import Any

import pytest
from channels.db import database_sync_to_async
from django.db import connection
from rest_framework.test import APIClient

from apis.authentication.models import RevokedTokenFamily
from apis.resumehistory.tests.ws_support import ORIGIN, connect
from conftest import STRONG_PASSWORD

REFRESH_URL = "/api/v1/auth/token/refresh/"
REVOKED = {
    "status": "failed",
    "message": "The token belongs to a session that has ended; log in again.",
    "data": {"code": "token_not_valid"},
}


def _login(email: str) -> tuple[APIClient, dict[str, str]]:
    client = APIClient()
    response = client.post(
        "/api/v1/auth/login/", {"email": email, "password": STRONG_PASSWORD}, format="json"
    )
    assert response.status_code == 200
    return client, response.json()["data"]


def _bearer(access: str) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {access}")
    return client


@pytest.mark.django_db(transaction=True)
def test_ten_concurrent_refreshes_of_one_token_give_exactly_one_pair(user):
    _, tokens = _login(user.email)
    barrier = threading.Barrier(10)
    statuses: list[int] = []
    lock = threading.Lock()

    def refresh() -> None:
        try:
            barrier.wait(timeout=10)
            status = APIClient().post(REFRESH_URL, {"refresh": tokens["refresh"]}, format="json").status_code
            with lock:
                statuses.append(status)
        finally:
            connection.close()

    threads = [threading.Thread(target=refresh) for _ in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(statuses) == [200] + [401] * 9


@pytest.mark.django_db
def test_reusing_a_rotated_refresh_token_revokes_the_whole_login(user):
    _, tokens = _login(user.email)
    rotated = APIClient().post(REFRESH_URL, {"refresh": tokens["refresh"]}, format="json").json()["data"]
    reuse = APIClient().post(REFRESH_URL, {"refresh": tokens["refresh"]}, format="json")
    assert reuse.status_code == 401
    assert reuse.json()["data"] == {"code": "token_not_valid"}
    # The pair the legitimate rotation produced is now refused as well: the thief and the victim log in again.
    assert APIClient().post(REFRESH_URL, {"refresh": rotated["refresh"]}, format="json").status_code == 401
    me = _bearer(rotated["access"]).get("/api/v1/users/me/")
    assert (me.status_code, me.json()) == (401, REVOKED)
    assert list(RevokedTokenFamily.objects.values_list("reason", flat=True)) == ["reuse"]


@pytest.mark.django_db
def test_another_login_of_the_same_user_survives_a_reuse(user):
    _, first = _login(user.email)
    _, second = _login(user.email)
    APIClient().post(REFRESH_URL, {"refresh": first["refresh"]}, format="json")
    APIClient().post(REFRESH_URL, {"refresh": first["refresh"]}, format="json")
    assert _bearer(second["access"]).get("/api/v1/users/me/").status_code == 200


@pytest.mark.django_db
def test_logout_with_a_jwt_ends_that_access_token(user):
    _, tokens = _login(user.email)
    client = _bearer(tokens["access"])
    assert client.post("/api/v1/auth/logout/", {}, format="json").status_code == 200
    me = client.get("/api/v1/users/me/")
    assert (me.status_code, me.json()) == (401, REVOKED)
    assert APIClient().post(REFRESH_URL, {"refresh": tokens["refresh"]}, format="json").status_code == 401


@pytest.mark.django_db
def test_logout_of_the_session_ends_the_pair_issued_with_it(user):
    session, tokens = _login(user.email)
    csrf = session.get("/api/v1/auth/csrf/").json()["data"]["csrfToken"]
    assert session.post("/api/v1/auth/logout/", {}, format="json", HTTP_X_CSRFTOKEN=csrf).status_code == 200
    assert _bearer(tokens["access"]).get("/api/v1/users/me/").status_code == 401


@pytest.mark.django_db
def test_the_revocation_holds_when_the_cache_forgets_it(user):
    from django.core.cache import cache

    _, tokens = _login(user.email)
    _bearer(tokens["access"]).post("/api/v1/auth/logout/", {}, format="json")
    cache.clear()
    assert _bearer(tokens["access"]).get("/api/v1/users/me/").status_code == 401


@pytest.mark.django_db(transaction=True)
async def test_a_logged_out_access_token_is_refused_at_the_websocket_handshake(user: Any) -> None:
    _, tokens = await database_sync_to_async(_login)(user.email)
    logout = await database_sync_to_async(
        lambda: _bearer(tokens["access"]).post("/api/v1/auth/logout/", {}, format="json")
    )()
    assert logout.status_code == 200
    communicator = await connect(headers=[ORIGIN, (b"authorization", f"Bearer {tokens['access']}".encode())])
    frame = await communicator.receive_json_from(timeout=5)
    assert frame["code"] == "not_authenticated"
    assert await communicator.receive_output(timeout=5) == {"type": "websocket.close", "code": 4401}
    await communicator.disconnect()
