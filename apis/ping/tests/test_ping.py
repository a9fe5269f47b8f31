import pytest
from django.db.utils import OperationalError

import db_cruds.health

pytestmark = pytest.mark.django_db(transaction=True)


def test_ping_reports_healthy_dependencies_and_the_backends_in_use(api_client, settings):
    settings.AI_ENGINE_RESOLVED = "local"
    response = api_client.get("/api/v1/ping/")
    assert response.status_code == 200
    assert response.json() == {
        "status": "success",
        "message": "pong",
        "data": {
            "database": "ok",
            "channel_layer": "ok",
            "ai_engine": "local",
            "ai_model": "local-v2",
            "database_backend": "postgresql" if settings.DB_NAME else "sqlite",
            "channel_layer_backend": "redis" if settings.REDIS_HOST else "in-memory",
        },
    }
    assert response["X-Request-ID"]


def test_ping_names_the_model_of_an_openai_compatible_server(api_client, settings):
    settings.AI_ENGINE_RESOLVED = "openai"
    settings.OPENAI_MODEL = "qwen2.5:3b"
    data = api_client.get("/api/v1/ping/").json()["data"]
    assert (data["ai_engine"], data["ai_model"]) == ("openai", "qwen2.5:3b")


def test_ping_echoes_a_safe_request_id_and_replaces_an_unsafe_one(api_client):
    assert api_client.get("/api/v1/ping/", HTTP_X_REQUEST_ID="abc-123")["X-Request-ID"] == "abc-123"
    replaced = api_client.get("/api/v1/ping/", HTTP_X_REQUEST_ID="bad id\nwith newline")["X-Request-ID"]
    assert len(replaced) == 32


def test_ping_is_503_when_the_channel_layer_is_unreachable(api_client, settings):
    from channels.layers import channel_layers

    settings.CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "channels_redis.core.RedisChannelLayer",
            "CONFIG": {"hosts": ["redis://127.0.0.1:1/0"]},
        }
    }
    channel_layers.backends.clear()
    try:
        response = api_client.get("/api/v1/ping/")
    finally:
        channel_layers.backends.clear()
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "failed"
    assert body["message"] == "Service degraded: a dependency is unreachable."
    assert body["data"]["channel_layer"] == "unreachable"
    assert body["data"]["database"] == "ok"


def test_ping_is_503_when_the_database_is_unreachable(api_client, monkeypatch):
    def refuse() -> None:
        raise OperationalError("connection refused")

    monkeypatch.setattr("apis.ping.services.database_ping", refuse)
    response = api_client.get("/api/v1/ping/")
    assert response.status_code == 503
    assert response.json()["data"]["database"] == "unreachable"
    assert db_cruds.health.database_ping is not refuse


def test_an_unreachable_database_is_one_warning_line_without_a_traceback(api_client, monkeypatch, caplog):
    def refuse() -> None:
        raise OperationalError("connection refused")

    monkeypatch.setattr("apis.ping.services.database_ping", refuse)
    api_client.get("/api/v1/ping/")
    [record] = [r for r in caplog.records if r.name == "apis.ping.services"]
    assert (record.levelname, record.getMessage()) == (
        "WARNING",
        "health: database unreachable: OperationalError('connection refused')",
    )
    assert not record.exc_info
