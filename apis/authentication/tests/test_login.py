import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from rest_framework.test import APIClient
from rest_framework_simplejwt.tokens import AccessToken

from conftest import STRONG_PASSWORD

URL = "/api/v1/auth/login/"
pytestmark = pytest.mark.django_db


def test_it_logs_in_with_a_session_cookie_and_a_jwt_pair(api_client, user):
    response = api_client.post(URL, {"email": "ADA@example.com", "password": STRONG_PASSWORD}, format="json")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "success"
    assert body["message"] == "Login successful"
    assert set(body["data"]) == {"refresh", "access"}
    assert AccessToken(body["data"]["access"])["user_id"] == str(user.pk)
    cookie = response.cookies["sessionid"]
    assert cookie["httponly"] is True
    assert cookie["samesite"] == "Lax"
    assert not cookie["secure"]  # Secure only in production (covered by the deploy check)
    session = Session.objects.get(session_key=cookie.value)
    assert session.get_decoded()["_auth_user_id"] == str(user.pk)


def test_it_rotates_the_session_key_at_login(user):
    client = APIClient()
    client.get("/api/v1/ping/")
    session = client.session
    session["pre_login"] = True
    session.save()
    before = session.session_key
    response = client.post(URL, {"email": user.email, "password": STRONG_PASSWORD}, format="json")
    assert response.status_code == 200
    assert response.cookies["sessionid"].value != before
    assert not Session.objects.filter(session_key=before).exists()


@pytest.mark.parametrize(
    "payload",
    [
        {"email": "ada@example.com", "password": "Wrong-Password-1"},
        {"email": "nobody@example.com", "password": STRONG_PASSWORD},
    ],
)
def test_it_rejects_wrong_credentials_with_one_clear_message(api_client, user, payload):
    response = api_client.post(URL, payload, format="json")
    assert response.status_code == 401
    assert response.json() == {
        "status": "failed",
        "message": "Invalid email or password",
        "data": {"code": "invalid_credentials"},
    }
    assert "sessionid" not in response.cookies


def test_it_refuses_an_inactive_user(api_client, make_user):
    make_user(email="gone@example.com", is_active=False)
    response = api_client.post(URL, {"email": "gone@example.com", "password": STRONG_PASSWORD}, format="json")
    assert response.status_code == 401


def test_it_validates_the_login_payload(api_client):
    response = api_client.post(URL, {"email": "ada@example.com"}, format="json")
    assert response.status_code == 400
    assert response.json()["message"] == "password: This field is required."


def test_the_session_cookie_is_secure_in_production():
    assert settings.SESSION_COOKIE_HTTPONLY is True
    assert settings.SESSION_COOKIE_SAMESITE == "Lax"
