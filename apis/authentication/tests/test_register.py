import pytest

from apis.users.models import User
from conftest import STRONG_PASSWORD

URL = "/api/v1/auth/register/"
pytestmark = pytest.mark.django_db


def _payload(**overrides: str) -> dict[str, str]:
    body = {
        "email": "Grace@Example.com",
        "password": STRONG_PASSWORD,
        "first_name": "Grace",
        "last_name": "Hopper",
    }
    body.update(overrides)
    return body


def test_it_registers_a_user_and_answers_the_seed_envelope(api_client):
    response = api_client.post(URL, _payload(), format="json")
    assert response.status_code == 201
    assert response.json() == {"status": "success", "message": "Registration successful"}
    user = User.objects.get()
    assert user.email == "grace@example.com"
    assert (user.first_name, user.last_name) == ("Grace", "Hopper")
    assert user.check_password(STRONG_PASSWORD)


def test_it_rejects_a_duplicate_email_case_insensitively(api_client, make_user):
    make_user(email="grace@example.com")
    response = api_client.post(URL, _payload(email="GRACE@example.COM"), format="json")
    assert response.status_code == 400
    body = response.json()
    assert body["status"] == "failed"
    assert body["message"] == "Email already exists"
    assert body["data"]["code"] == "email_exists"
    assert User.objects.count() == 1


@pytest.mark.parametrize(
    ("password", "expected"),
    [
        ("Ab1", "This password is too short. It must contain at least 8 characters."),
        ("tulipgarden7", "Password must contain at least one uppercase letter."),
        ("TULIPGARDEN", "Password must contain at least one digit."),
        ("904173265", "Password must contain at least one letter."),
        ("Password1", "This password is too common."),
        ("Hopper12A", "The password is too similar to the last name."),
    ],
)
def test_it_rejects_weak_passwords_naming_the_field(api_client, password, expected):
    response = api_client.post(URL, _payload(password=password), format="json")
    assert response.status_code == 400
    body = response.json()
    assert body["status"] == "failed"
    assert body["message"].startswith("password: ")
    assert expected in body["data"]["errors"]["password"]
    assert not User.objects.exists()


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("email", "not-an-email", "email: Enter a valid email address."),
        ("email", "", "email: This field may not be blank."),
        ("first_name", "", "first_name: This field may not be blank."),
        ("last_name", "   ", "last_name: This field may not be blank."),
        (
            "first_name",
            "R2D2",
            "first_name: First name may contain letters, spaces, apostrophes and hyphens only.",
        ),
    ],
)
def test_it_rejects_invalid_fields_naming_them(api_client, field, value, expected):
    response = api_client.post(URL, _payload(**{field: value}), format="json")
    assert response.status_code == 400
    assert response.json()["message"] == expected
    assert field in response.json()["data"]["errors"]


@pytest.mark.parametrize("missing", ["email", "password", "first_name", "last_name"])
def test_it_requires_every_field(api_client, missing):
    body = _payload()
    del body[missing]
    response = api_client.post(URL, body, format="json")
    assert response.status_code == 400
    assert response.json()["message"] == f"{missing}: This field is required."


def test_it_accepts_two_word_and_hyphenated_names(api_client):
    response = api_client.post(URL, _payload(first_name="Mary Jane", last_name="O'Neil-Smith"), format="json")
    assert response.status_code == 201
    assert User.objects.get().first_name == "Mary Jane"


def test_it_accepts_names_of_more_than_two_words(api_client):
    response = api_client.post(
        URL, _payload(first_name="Anna  Maria Luisa", last_name="van der Berg"), format="json"
    )
    assert response.status_code == 201
    user = User.objects.get()
    assert (user.first_name, user.last_name) == ("Anna Maria Luisa", "van der Berg")


def test_it_answers_malformed_json_with_the_envelope(api_client):
    response = api_client.post(URL, "{not json", content_type="application/json")
    assert response.status_code == 400
    assert response.json() == {
        "status": "failed",
        "message": "The request body is not valid JSON.",
        "data": {"code": "parse_error"},
    }
