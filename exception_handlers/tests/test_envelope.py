import logging

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("method", ["get", "post", "delete"])
def test_an_unknown_api_path_is_a_404_envelope(api_client, method):
    response = getattr(api_client, method)("/api/v1/nope/nothing/")
    assert response.status_code == 404
    assert response.json() == {
        "status": "failed",
        "message": "This API endpoint does not exist.",
        "data": {"code": "not_found"},
    }


def test_a_wrong_method_is_a_405_envelope(api_client):
    response = api_client.get("/api/v1/auth/login/")
    assert response.status_code == 405
    assert response.json() == {
        "status": "failed",
        "message": "Method GET is not allowed on this endpoint.",
        "data": {"code": "method_not_allowed"},
    }


def test_an_unsupported_media_type_is_a_415_envelope(api_client):
    response = api_client.post("/api/v1/auth/login/", "email=a", content_type="text/plain")
    assert response.status_code == 415
    assert response.json() == {
        "status": "failed",
        "message": "Unsupported media type 'text/plain': send JSON (or multipart for uploads).",
        "data": {"code": "unsupported_media_type"},
    }


def test_an_oversized_json_body_is_a_413_envelope(api_client, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 2048
    response = api_client.post(
        "/api/v1/auth/login/", {"email": "a@example.com", "password": "x" * 5000}, format="json"
    )
    assert response.status_code == 413
    assert response.json() == {
        "status": "failed",
        "message": "The request body is too large.",
        "data": {"code": "payload_too_large"},
    }


@pytest.mark.urls("exception_handlers.tests.urls_boom")
def test_an_unexpected_error_is_logged_and_answered_with_a_generic_500(api_client, caplog):
    with caplog.at_level(logging.ERROR, logger="exception_handlers.drf"):
        response = api_client.get("/api/v1/boom/")
    assert response.status_code == 500
    assert response.json() == {
        "status": "failed",
        "message": "Something went wrong on our side. The error has been logged.",
        "data": {"code": "server_error"},
    }
    assert "secret internal detail" not in response.content.decode()
    [record] = [r for r in caplog.records if r.name == "exception_handlers.drf"]
    assert record.exc_info is not None
    assert "secret internal detail" in str(record.exc_info[1])


def test_the_openapi_schema_and_docs_are_served(api_client):
    schema = api_client.get("/api/v1/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert schema.status_code == 200
    paths = schema.json()["paths"]
    for expected in ["/api/v1/auth/register/", "/api/v1/auth/login/", "/api/v1/users/me/", "/api/v1/ping/"]:
        assert expected in paths
    docs = api_client.get("/api/v1/docs/")
    assert docs.status_code == 200
    assert b"swagger" in docs.content.lower()


def test_an_unknown_api_path_is_a_404_envelope_even_when_the_csrf_check_would_fail(db):
    client = Client(enforce_csrf_checks=True)
    client.cookies["csrftoken"] = "x" * 32  # a browser that fetched /auth/csrf/ before, no X-CSRFToken sent
    response = client.delete("/api/v1/jobs/null,null/")
    assert (response.status_code, response.json()) == (
        404,
        {"status": "failed", "message": "This API endpoint does not exist.", "data": {"code": "not_found"}},
    )


@pytest.mark.parametrize("path", ["/api/v1/ping/", "/api/v1/auth/login/", "/api/v1/auth/register/"])
def test_options_is_an_envelope_naming_the_allowed_methods_and_nothing_of_the_code(api_client, path):
    response = api_client.options(path)
    body = response.json()
    assert response.status_code == 200
    assert body == {
        "status": "success",
        "message": "Methods allowed on this endpoint.",
        "data": {"methods": response["Allow"].split(", ")},
    }
