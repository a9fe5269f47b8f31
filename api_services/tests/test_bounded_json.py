"""Every JSON body goes through the bounded parser: deep nesting and odd characters get a 400 envelope."""

import pytest
from rest_framework.test import APIClient

from conftest import STRONG_PASSWORD

pytestmark = pytest.mark.django_db

ENDPOINTS = [
    "/api/v1/auth/login/",
    "/api/v1/auth/register/",
    "/api/v1/auth/token/refresh/",
]
TOO_DEEP = {
    "status": "failed",
    "message": "The JSON is nested deeper than 32 levels.",
    "data": {"code": "json_too_deep"},
}


def post_raw(client: APIClient, url: str, body: str) -> tuple[int, dict]:
    response = client.generic("POST", url, body.encode("utf-8", "surrogatepass"), "application/json")
    return response.status_code, response.json()


@pytest.mark.parametrize("url", ENDPOINTS)
@pytest.mark.parametrize("body", ["[" * 50_000, '{"email": ' + "[" * 3000 + "]" * 3000 + "}"])
def test_it_answers_deep_nesting_with_a_400_envelope(url: str, body: str) -> None:
    assert post_raw(APIClient(), url, body) == (400, TOO_DEEP)


def test_deep_nesting_is_refused_on_an_authenticated_endpoint_too(user) -> None:
    client = APIClient()
    client.force_authenticate(user)
    assert post_raw(client, "/api/v1/auth/logout/", "[" * 2000 + "]" * 2000) == (400, TOO_DEEP)


def test_nesting_within_the_limit_is_parsed_as_usual(user) -> None:
    nested = "[" * 30 + "]" * 30
    body = f'{{"email": "ada@example.com", "password": "{STRONG_PASSWORD}", "extra": {nested}}}'
    status, envelope = post_raw(APIClient(), "/api/v1/auth/login/", body)
    assert (status, envelope["message"]) == (200, "Login successful")


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ('{"email": "ada\\u0000@example.com", "password": "x"}', "email"),
        ('{"email": "ada@example.com", "password": "pa\\ud83dss"}', "password"),
        ('{"email": "ada@example.com", "pass\\udc00word": "x"}', "pass\ufffdword"),
        ('{"email": "ada@example.com", "names": ["ok", "\\udc00"]}', "names[1]"),
    ],
)
def test_it_rejects_nul_and_unpaired_surrogates_naming_the_field(body: str, field: str) -> None:
    message = f"{field} contains a NUL character or an unpaired surrogate."
    assert post_raw(APIClient(), "/api/v1/auth/login/", body) == (
        400,
        {
            "status": "failed",
            "message": message,
            "data": {"code": "invalid_field", "errors": {field: [message]}},
        },
    )


def test_it_rejects_a_lone_surrogate_in_a_registration_name() -> None:
    body = (
        f'{{"email": "new@example.com", "password": "{STRONG_PASSWORD}", '
        '"first_name": "Ad\\ud800a", "last_name": "L"}'
    )
    status, envelope = post_raw(APIClient(), "/api/v1/auth/register/", body)
    assert (status, envelope["data"]["code"], envelope["data"]["errors"]) == (
        400,
        "invalid_field",
        {"first_name": ["first_name contains a NUL character or an unpaired surrogate."]},
    )
