"""The exceptions a cache backend raises when its server is unreachable (Redis down, timeouts)."""

try:
    from redis.exceptions import RedisError
except ImportError:  # redis-py absent: only the in-process caches are possible
    RedisError = OSError  # type: ignore[assignment,misc]

CACHE_ERRORS: tuple[type[BaseException], ...] = (RedisError, ConnectionError, TimeoutError, OSError)
