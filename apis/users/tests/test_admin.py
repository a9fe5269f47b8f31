import pytest
from django.test import Client

from apis.users.models import User
from conftest import STRONG_PASSWORD

pytestmark = pytest.mark.django_db


def test_the_user_admin_lists_users_by_email(staff_client, make_user):
    make_user(email="listed@example.com")
    response = staff_client.get("/admin/users/user/")
    assert response.status_code == 200
    assert b"listed@example.com" in response.content
    assert b"Analyses" in response.content


def test_staff_can_create_a_user_in_the_admin(staff_client):
    response = staff_client.post(
        "/admin/users/user/add/",
        {
            "email": "New@Example.com",
            "first_name": "New",
            "last_name": "Person",
            "password1": STRONG_PASSWORD,
            "password2": STRONG_PASSWORD,
            "usable_password": "true",
        },
    )
    assert response.status_code == 302, response.content[:2000]
    created = User.objects.get(email="new@example.com")
    assert created.check_password(STRONG_PASSWORD)


def test_the_admin_login_uses_the_email(make_user):
    make_user(email="boss@example.com", is_staff=True)
    client = Client()
    response = client.post(
        "/admin/login/?next=/admin/", {"username": "boss@example.com", "password": STRONG_PASSWORD}
    )
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200
