import pytest
from django.contrib.sessions.models import Session
from rest_framework.test import APIClient
from rest_framework_simplejwt.token_blacklist.models import BlacklistedToken

from conftest import STRONG_PASSWORD

pytestmark = pytest.mark.django_db


def _login(client: APIClient, email: str) -> dict[str, str]:
    response = client.post(
        "/api/v1/auth/login/", {"email": email, "password": STRONG_PASSWORD}, format="json"
    )
    assert response.status_code == 200
    return response.json()["data"]


def _csrf(client: APIClient) -> str:
    return client.get("/api/v1/auth/csrf/").json()["data"]["csrfToken"]


def test_logout_ends_the_session_and_the_old_cookie_is_refused(user):
    client = APIClient(enforce_csrf_checks=True)
    tokens = _login(client, user.email)
    old_cookie = client.cookies["sessionid"].value
    response = client.post(
        "/api/v1/auth/logout/", {"refresh": tokens["refresh"]}, format="json", HTTP_X_CSRFTOKEN=_csrf(client)
    )
    assert response.status_code == 200
    assert response.json() == {"status": "success", "message": "Logout successful"}
    assert not Session.objects.filter(session_key=old_cookie).exists()
    replay = APIClient()
    replay.cookies["sessionid"] = old_cookie
    me = replay.get("/api/v1/users/me/")
    assert me.status_code == 401
    assert me.json()["status"] == "failed"
    assert BlacklistedToken.objects.count() == 1
    refresh = APIClient().post("/api/v1/auth/token/refresh/", {"refresh": tokens["refresh"]}, format="json")
    assert refresh.status_code == 401


def test_logout_with_a_jwt_blacklists_the_refresh_token(user):
    client = APIClient()
    tokens = _login(client, user.email)
    jwt = APIClient()
    jwt.credentials(HTTP_AUTHORIZATION=f"Bearer {tokens['access']}")
    response = jwt.post("/api/v1/auth/logout/", {"refresh": tokens["refresh"]}, format="json")
    assert response.status_code == 200
    assert BlacklistedToken.objects.filter(token__user=user).count() == 1


def test_logout_refuses_someone_elses_refresh_token(make_user):
    alice, bob = make_user(email="alice@example.com"), make_user(email="bob@example.com")
    bob_tokens = _login(APIClient(), bob.email)
    alice_tokens = _login(APIClient(), alice.email)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {alice_tokens['access']}")
    response = client.post("/api/v1/auth/logout/", {"refresh": bob_tokens["refresh"]}, format="json")
    assert response.status_code == 401
    assert not BlacklistedToken.objects.exists()


def test_logout_needs_authentication(api_client):
    response = api_client.post("/api/v1/auth/logout/", {}, format="json")
    assert response.status_code == 401
    assert response.json()["data"]["code"] == "not_authenticated"


def test_refresh_rotates_the_pair_and_blacklists_the_old_refresh(user):
    tokens = _login(APIClient(), user.email)
    client = APIClient()
    response = client.post("/api/v1/auth/token/refresh/", {"refresh": tokens["refresh"]}, format="json")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "success"
    assert body["message"] == "Token refreshed"
    assert set(body["data"]) == {"refresh", "access"}
    assert body["data"]["refresh"] != tokens["refresh"]
    again = client.post("/api/v1/auth/token/refresh/", {"refresh": tokens["refresh"]}, format="json")
    assert again.status_code == 401
    assert again.json()["message"] == "The refresh token is invalid, expired or already used."


@pytest.mark.parametrize("token", ["garbage", "a.b.c"])
def test_refresh_rejects_a_bad_token(api_client, token):
    response = api_client.post("/api/v1/auth/token/refresh/", {"refresh": token}, format="json")
    assert response.status_code == 401
    assert response.json()["data"]["code"] == "token_not_valid"


def test_refresh_rejects_an_access_token(api_client, user):
    tokens = _login(APIClient(), user.email)
    response = api_client.post("/api/v1/auth/token/refresh/", {"refresh": tokens["access"]}, format="json")
    assert response.status_code == 401
