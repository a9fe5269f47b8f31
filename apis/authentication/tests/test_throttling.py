import pytest
from rest_framework.test import APIClient

from conftest import STRONG_PASSWORD

pytestmark = pytest.mark.django_db


def _login(client: APIClient, email: str, password: str = "Wrong-Password-1", ip: str = "10.0.0.1"):
    return client.post(
        "/api/v1/auth/login/", {"email": email, "password": password}, format="json", REMOTE_ADDR=ip
    )


def test_login_is_throttled_per_email_across_addresses(user, settings):
    settings.THROTTLE_RATES = {**settings.THROTTLE_RATES, "login_email": "3/min", "login_ip": "100/min"}
    client = APIClient()
    for i in range(3):
        assert _login(client, user.email, ip=f"10.0.0.{i + 1}").status_code == 401
    response = _login(client, user.email, password=STRONG_PASSWORD, ip="10.0.0.9")
    assert response.status_code == 429
    body = response.json()
    assert body["status"] == "failed"
    assert body["data"]["code"] == "throttled"
    retry_after = body["data"]["retry_after"]
    assert 1 <= retry_after <= 60
    assert response["Retry-After"] == str(retry_after)
    assert body["message"] == f"Too many requests. Try again in {retry_after} seconds."
    assert _login(client, "other@example.com", ip="10.0.0.9").status_code == 401


def test_login_is_throttled_per_address_across_emails(user, settings):
    settings.THROTTLE_RATES = {**settings.THROTTLE_RATES, "login_email": "100/min", "login_ip": "2/min"}
    client = APIClient()
    assert _login(client, "a@example.com").status_code == 401
    assert _login(client, "b@example.com").status_code == 401
    assert _login(client, "c@example.com").status_code == 429
    assert _login(client, "c@example.com", ip="10.9.9.9").status_code == 401


def test_registration_is_throttled_per_address(settings):
    settings.THROTTLE_RATES = {**settings.THROTTLE_RATES, "register": "1/hour"}
    client = APIClient()
    body = {"email": "x@example.com", "password": STRONG_PASSWORD, "first_name": "X", "last_name": "Y"}
    assert client.post("/api/v1/auth/register/", body, format="json").status_code == 201
    second = client.post("/api/v1/auth/register/", {**body, "email": "y@example.com"}, format="json")
    assert second.status_code == 429
    assert int(second["Retry-After"]) > 60


def test_a_forged_forwarded_for_header_does_not_give_a_fresh_bucket(settings):
    settings.THROTTLE_RATES = {**settings.THROTTLE_RATES, "login_email": "100/min", "login_ip": "2/min"}
    client = APIClient()
    statuses = [
        client.post(
            "/api/v1/auth/login/",
            {"email": f"x{i}@example.com", "password": "Wrong-Password-1"},
            format="json",
            REMOTE_ADDR="10.0.0.1",
            HTTP_X_FORWARDED_FOR=f"198.51.100.{i}",
        ).status_code
        for i in range(4)
    ]
    assert statuses == [401, 401, 429, 429]


def test_behind_one_trusted_proxy_the_address_it_appends_is_the_client(settings):
    settings.NUM_PROXIES = 1
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "NUM_PROXIES": 1}
    settings.THROTTLE_RATES = {**settings.THROTTLE_RATES, "login_email": "100/min", "login_ip": "1/min"}
    client = APIClient()

    def attempt(forwarded_for: str) -> int:
        return client.post(
            "/api/v1/auth/login/",
            {"email": "x@example.com", "password": "Wrong-Password-1"},
            format="json",
            REMOTE_ADDR="10.0.0.1",
            HTTP_X_FORWARDED_FOR=forwarded_for,
        ).status_code

    assert attempt("203.0.113.5") == 401
    # The client forges a first hop; the proxy appends the real peer last: same bucket.
    assert attempt("198.51.100.7, 203.0.113.5") == 429
    assert attempt("203.0.113.6") == 401


def test_the_proxy_count_setting_reaches_the_throttles():
    from django.conf import settings
    from rest_framework.settings import api_settings

    assert api_settings.NUM_PROXIES == settings.NUM_PROXIES == 0
