import datetime as dt

import jwt
import pytest
from django.conf import settings
from rest_framework.test import APIClient

pytestmark = pytest.mark.django_db
URL = "/api/v1/users/me/"


def _profile(user) -> dict:
    return {
        "status": "success",
        "message": "Profile retrieved",
        "data": {
            "id": user.pk,
            "email": "ada@example.com",
            "first_name": "Ada",
            "last_name": "Lovelace",
            "date_joined": user.date_joined.isoformat().replace("+00:00", "Z"),
        },
    }


def test_me_works_with_a_session(session_client, user):
    response = session_client.get(URL)
    assert response.status_code == 200
    assert response.json() == _profile(user)


def test_me_works_with_a_jwt(jwt_client, user):
    response = jwt_client.get(URL)
    assert response.status_code == 200
    assert response.json() == _profile(user)


def test_me_needs_credentials(api_client):
    response = api_client.get(URL)
    assert response.status_code == 401
    assert response.json() == {
        "status": "failed",
        "message": "Authentication credentials were not provided.",
        "data": {"code": "not_authenticated"},
    }
    assert response["WWW-Authenticate"].startswith("Bearer")


def _forged(user, *, key: str, **claims) -> str:
    now = dt.datetime.now(dt.UTC)
    payload = {
        "token_type": "access",
        "user_id": str(user.pk),
        "jti": "x",
        "iat": now,
        "exp": now + dt.timedelta(minutes=5),
    }
    payload.update(claims)
    return jwt.encode(payload, key, algorithm="HS256")


@pytest.mark.parametrize(
    "make_token",
    [
        lambda user: _forged(user, key="not-the-server-key-" * 4),
        lambda user: _forged(
            user, key=settings.SECRET_KEY, exp=dt.datetime.now(dt.UTC) - dt.timedelta(seconds=5)
        ),
        lambda user: _forged(user, key=settings.SECRET_KEY, token_type="refresh"),
        lambda user: "not.a.jwt",
    ],
    ids=["wrong-signature", "expired", "refresh-used-as-access", "garbage"],
)
def test_me_rejects_invalid_jwts(user, make_token):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {make_token(user)}")
    response = client.get(URL)
    assert response.status_code == 401
    assert response.json()["status"] == "failed"
    assert response.json()["data"]["code"] == "token_not_valid"


def test_a_session_post_without_csrf_is_refused_but_jwt_needs_none(user, jwt_client):
    client = APIClient(enforce_csrf_checks=True)
    client.force_login(user)
    response = client.post("/api/v1/auth/logout/", {}, format="json")
    assert response.status_code == 403
    assert response.json() == {
        "status": "failed",
        "message": "CSRF check failed: send the X-CSRFToken header with the csrftoken cookie value (GET auth/csrf/).",
        "data": {"code": "csrf_failed"},
    }
    assert client.get(URL).status_code == 200  # still logged in: nothing happened
    assert jwt_client.post("/api/v1/auth/logout/", {}, format="json").status_code == 200


def test_a_session_post_with_the_csrf_token_passes(session_client):
    response = session_client.post("/api/v1/auth/logout/", {}, format="json")
    assert response.status_code == 200


def test_csrf_endpoint_sets_the_cookie(api_client):
    response = api_client.get("/api/v1/auth/csrf/")
    assert response.status_code == 200
    body = response.json()
    assert body["message"] == "CSRF cookie set"
    assert response.cookies["csrftoken"].value
    assert len(body["data"]["csrfToken"]) == 64
