"""Fixtures shared by every test module."""

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # imported lazily below so framework-free packages can run with `-p no:django`
    from django.test import Client
    from rest_framework.test import APIClient

    from api_services.tests.throwaway_services import ThrowawayRedis
    from apis.users.models import User

# Tests import the ASGI application; worker processes are started by the tests that need them.
os.environ.setdefault("WARM_UP_ON_START", "false")

REPO_ROOT = Path(__file__).resolve().parent
EVAL_DIR = REPO_ROOT.parent / "shared" / "eval"
STRONG_PASSWORD = "Blue-Falcon-42"


@pytest.fixture(autouse=True)
def _django_test_defaults(request: pytest.FixtureRequest) -> Iterator[None]:
    """Start each Django test with empty throttle counters and cheap password hashing; end it with no
    database connection left open by its event loop.

    The real hasher's cost is deliberate and would dominate the suite. Framework-free packages run without the
    Django plugin (``-p no:django``), so nothing here is touched then.
    """
    if not request.config.pluginmanager.hasplugin("django"):
        yield
        return
    from django.core.cache import cache

    from db_cruds.pg_async import pg_close_idle

    request.getfixturevalue("settings").PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    cache.clear()
    yield
    pg_close_idle()


@pytest.fixture(scope="session", autouse=True)
def _no_stray_connections_at_teardown(request: pytest.FixtureRequest) -> Iterator[None]:
    """Let Django drop the PostgreSQL test database at the end, rather than wait and warn.

    Worker threads of ``database_sync_to_async`` keep their own connections open until they exit.
    """
    if not request.config.pluginmanager.hasplugin("django"):
        yield
        return
    request.getfixturevalue("django_db_setup")
    blocker = request.getfixturevalue("django_db_blocker")
    yield
    from django.db import connection

    if connection.vendor == "postgresql":
        with blocker.unblock(), connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )


@pytest.fixture
def redis_server() -> Iterator["ThrowawayRedis"]:
    """A throwaway redis-server on a free port (never the shared one), stopped at the end."""
    from api_services.tests.throwaway_services import REDIS_SERVER, ThrowawayRedis

    if REDIS_SERVER is None:
        pytest.skip("redis-server is not on PATH")
    redis = ThrowawayRedis()
    redis.start()
    yield redis
    redis.stop()


@pytest.fixture
def eval_dir() -> Path:
    """Return ../shared/eval, or skip the test when it is absent."""
    if not EVAL_DIR.is_dir():
        pytest.skip(f"{EVAL_DIR} is absent: the public eval data is needed for this test")
    return EVAL_DIR


@pytest.fixture
def api_client() -> "APIClient":
    from rest_framework.test import APIClient

    return APIClient()


@pytest.fixture
def csrf_client() -> "APIClient":
    """A client that enforces CSRF checks like a browser session does."""
    from rest_framework.test import APIClient

    return APIClient(enforce_csrf_checks=True)


@pytest.fixture
def make_user(db: None) -> Callable[..., "User"]:
    from apis.users.models import User

    counter = iter(range(1, 1_000_000))

    def _make(
        *, email: str | None = None, password: str = STRONG_PASSWORD, is_staff: bool = False, **extra: str
    ) -> "User":
        number = next(counter)
        user = User.objects.create_user(
            email=email or f"user{number}@example.com",
            password=password,
            first_name=extra.pop("first_name", "Ada"),
            last_name=extra.pop("last_name", "Lovelace"),
            is_staff=is_staff,
            is_superuser=is_staff,
            **extra,
        )
        return user

    return _make


@pytest.fixture
def user(make_user: Callable[..., "User"]) -> "User":
    return make_user(email="ada@example.com")


@pytest.fixture
def staff_client(make_user: Callable[..., "User"]) -> "Client":
    """A Django test client logged in as a staff superuser, for the admin pages."""
    from django.test import Client

    client = Client()
    client.force_login(make_user(email="admin@example.com", is_staff=True))
    return client


@pytest.fixture
def jwt_client(user: "User") -> "APIClient":
    """A client authenticated with a JWT access token for ``user``.

    The once-per-cache load of recent token revocations is done here, so query counts are those of a server
    that has already answered a JWT request.
    """
    from rest_framework.test import APIClient
    from rest_framework_simplejwt.tokens import RefreshToken

    from apis.authentication.token_services import token_family_of, token_family_revoked

    access = RefreshToken.for_user(user).access_token
    token_family_revoked(family=token_family_of(access))
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {access}")
    return client


@pytest.fixture
def session_client(user: "User") -> "APIClient":
    """A session-authenticated client that enforces CSRF, holding a valid csrftoken cookie."""
    from rest_framework.test import APIClient

    client = APIClient(enforce_csrf_checks=True)
    client.force_login(user)
    response = client.get("/api/v1/auth/csrf/")
    client.defaults["HTTP_X_CSRFTOKEN"] = response.json()["data"]["csrfToken"]
    return client


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Remove what SQLite's WAL mode leaves beside the test database file Django has already deleted."""
    if not session.config.pluginmanager.hasplugin("django"):
        return
    from django.conf import settings

    test_name = settings.DATABASES["default"].get("TEST", {}).get("NAME")
    if test_name and settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
        for suffix in ("-wal", "-shm"):
            Path(test_name + suffix).unlink(missing_ok=True)
