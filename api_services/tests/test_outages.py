"""Redis or PostgreSQL going away: a 503 envelope within a second, and service again once it is back.

Redis: a throwaway ``redis-server`` on a free port that the test stops and starts (never the shared one).
PostgreSQL: a daphne process whose database port is closed (never the shared server).
"""

import json
import os
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from rest_framework.test import APIClient
from rest_framework_simplejwt.tokens import AccessToken

from api_services.tests.server_support import (
    SERVER_START_TIMEOUT_S,
    daphne_process,
    free_port,
    wait_until_listening,
)
from api_services.tests.throwaway_services import REDIS_SERVER, ThrowawayRedis

pytestmark = pytest.mark.django_db

UNAVAILABLE = {
    "status": "failed",
    "message": "The service is temporarily unavailable.",
    "data": {"code": "service_unavailable"},
}


@pytest.fixture
def throwaway_redis(settings: Any) -> Iterator[ThrowawayRedis]:
    if REDIS_SERVER is None:
        pytest.skip("redis-server is not installed")
    redis = ThrowawayRedis()
    redis.start()
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{redis.port}/0",
            "OPTIONS": {"socket_connect_timeout": 0.3, "socket_timeout": 0.3},
        }
    }
    yield redis
    redis.stop()


def test_redis_down_is_a_503_envelope_within_a_second_and_recovers_when_it_is_back(user, throwaway_redis):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {AccessToken.for_user(user)}")
    assert client.get("/api/v1/users/me/").status_code == 200

    throwaway_redis.stop()
    started = time.monotonic()
    response = client.get("/api/v1/users/me/")
    elapsed = time.monotonic() - started
    assert (response.status_code, response.json()) == (503, UNAVAILABLE)
    assert elapsed < 1.0

    throwaway_redis.start()
    assert client.get("/api/v1/users/me/").status_code == 200


def test_redis_down_login_throttle_is_a_503_envelope(user, throwaway_redis):
    throwaway_redis.stop()
    response = APIClient().post(
        "/api/v1/auth/login/", {"email": user.email, "password": "Wrong-Password-1"}, format="json"
    )
    assert (response.status_code, response.json()) == (503, UNAVAILABLE)


def test_postgresql_unreachable_is_a_503_envelope(tmp_path: Path, settings: Any) -> None:
    """A daphne whose PostgreSQL port is closed answers an authenticated request with the 503 envelope."""
    closed_port = free_port()
    port = free_port()
    token = AccessToken()
    token["user_id"] = 1
    env = {
        key: value for key, value in os.environ.items() if not key.startswith(("DB_", "REDIS_", "GEMINI_"))
    }
    env.update(
        DB_NAME="matchmetric_absent",
        DB_HOST="127.0.0.1",
        DB_PORT=str(closed_port),
        DB_CONNECT_TIMEOUT="1",
        JWT_SIGNING_KEY=settings.SIMPLE_JWT["SIGNING_KEY"],
        WARM_UP_ON_START="false",
    )
    daphne = daphne_process(port=port, env=env)
    try:
        wait_until_listening(port=port, process=daphne, name="daphne", timeout_s=SERVER_START_TIMEOUT_S)
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/api/v1/users/me/", headers={"Authorization": f"Bearer {token}"}
        )
        with pytest.raises(urllib.error.HTTPError) as caught:
            urllib.request.urlopen(request, timeout=10)
        assert (caught.value.code, json.loads(caught.value.read())) == (503, UNAVAILABLE)
    finally:
        daphne.kill()
        daphne.wait(10)
