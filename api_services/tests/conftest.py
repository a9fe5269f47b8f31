"""Fixtures shared by the outage tests."""

from collections.abc import Iterator

import pytest

from api_services.tests.test_outages import REDIS_SERVER, ThrowawayRedis


@pytest.fixture
def redis_server() -> Iterator[ThrowawayRedis]:
    """A throwaway redis-server on a free port (never the shared one), stopped at the end."""
    if not REDIS_SERVER.exists():
        pytest.skip("redis-server is not installed")
    redis = ThrowawayRedis()
    redis.start()
    yield redis
    redis.stop()
