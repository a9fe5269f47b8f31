"""Data settings: the database (PostgreSQL or SQLite) and Redis (channel layer, cache) or their stand-ins.

Imported by settings.py after the environment (and .env) is loaded; every variable is in env.example.
"""

import os
import tempfile
from pathlib import Path

from api_services.environmentals import env_float, env_int, env_str

BASE_DIR = Path(__file__).resolve().parent.parent

# --- database: PostgreSQL when DB_NAME is set, else a local SQLite file ------------------------------------
DB_NAME = env_str("DB_NAME")
if DB_NAME:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": DB_NAME,
            "USER": env_str("DB_USER", "postgres"),
            "PASSWORD": env_str("DB_PASSWORD"),
            "HOST": env_str("DB_HOST", "127.0.0.1"),
            "PORT": env_int("DB_PORT", 5432, minimum=1, maximum=65535),
            "CONN_MAX_AGE": env_int("DB_CONN_MAX_AGE", 60, minimum=0),
            "CONN_HEALTH_CHECKS": True,
            "OPTIONS": {"connect_timeout": env_int("DB_CONNECT_TIMEOUT", 5, minimum=1)},
        }
    }
else:
    env_int("DB_PORT", 5432, minimum=1, maximum=65535)  # a malformed value is an error in either mode
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": env_str("SQLITE_PATH", str(BASE_DIR / "db.sqlite3")),
            # Kept open between requests too: opening one (Django's per-connection setup, the PRAGMAs) took
            # most of the few milliseconds an analysis start spends writing its row here.
            "CONN_MAX_AGE": env_int("DB_CONN_MAX_AGE", 60, minimum=0),
            "CONN_HEALTH_CHECKS": True,
            "OPTIONS": {
                "timeout": 20,
                "transaction_mode": "IMMEDIATE",
                # WAL with synchronous=NORMAL: a commit waits for no fsync (the WAL is synced at checkpoints);
                # an application crash loses nothing, a power cut may roll back the last commits, never
                # corrupts. SQLite is the single-machine default; production runs on PostgreSQL.
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            },
            # Tests run on a file too, not the default shared-cache memory database: that one answers
            # concurrent writers with "table is locked" at once, where a file makes them wait their turn.
            "TEST": {"NAME": str(Path(tempfile.gettempdir()) / f"matchmetric-test-{os.getpid()}.sqlite3")},
        }
    }
# Connections per server process that write the running rows from the event loop (db_cruds/pg_async).
DB_STREAM_CONNECTIONS = env_int("DB_STREAM_CONNECTIONS", 8, minimum=1, maximum=1000)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Redis: channel layer and shared cache when REDIS_HOST is set -----------------------------------------
REDIS_HOST = env_str("REDIS_HOST")
REDIS_PORT = env_int("REDIS_PORT", 6379, minimum=1, maximum=65535)
REDIS_PASSWORD = env_str("REDIS_PASSWORD")
REDIS_CHANNEL_DB = env_int("REDIS_CHANNEL_DB", 0, minimum=0)
REDIS_CACHE_DB = env_int("REDIS_CACHE_DB", 1, minimum=0)
# redis-py's pool defaults to 100 connections and fails (not waits) beyond: hundreds of streams publishing
# at once need more. The query argument reaches channels_redis's ConnectionPool.from_url.
REDIS_MAX_CONNECTIONS = env_int("REDIS_MAX_CONNECTIONS", 1000, minimum=10)
REDIS_CACHE_TIMEOUT_S = env_float("REDIS_CACHE_TIMEOUT_S", 0.3, minimum=0.05)  # connect and read, each


def _redis_url(db: int) -> str:
    auth = f":{REDIS_PASSWORD}@" if REDIS_PASSWORD else ""
    return f"redis://{auth}{REDIS_HOST}:{REDIS_PORT}/{db}"


if REDIS_HOST:
    # Pub/sub: Redis pushes each message to the processes subscribed to its channel or group, instead of one
    # blocking read per process polling every local channel (channels_redis.core), which backed up at 500
    # sockets. Delivery is at most once, like a socket: a follower that was not subscribed when a frame was
    # published gets it from the snapshot (subscribe) or the row (the final frame).
    CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "api_services.channel_layers.OutageAwareRedisPubSubChannelLayer",
            "CONFIG": {
                "hosts": [f"{_redis_url(REDIS_CHANNEL_DB)}?max_connections={REDIS_MAX_CONNECTIONS}"],
                "prefix": env_str("REDIS_CHANNEL_PREFIX", "matchmetric"),
            },
        }
    }
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": _redis_url(REDIS_CACHE_DB),
            "KEY_PREFIX": "matchmetric",
            # Short timeouts: with Redis down, a request answers 503 within a second rather than hanging;
            # each request tries a fresh connection, so service resumes as soon as Redis is back.
            "OPTIONS": {
                "socket_connect_timeout": REDIS_CACHE_TIMEOUT_S,
                "socket_timeout": REDIS_CACHE_TIMEOUT_S,
            },
        }
    }
else:
    CHANNEL_LAYERS = {"default": {"BACKEND": "api_services.channel_layers.SweepingInMemoryChannelLayer"}}
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
