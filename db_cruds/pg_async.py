"""Native asyncio PostgreSQL connections for the one write on the streaming hot path.

Django's ORM is synchronous: from a consumer every query hops to a worker thread (``database_sync_to_async``),
pings the connection first (``CONN_HEALTH_CHECKS``) and then competes for the GIL with the event loop. For
the row an analysis writes before its model call, that hop cost more than the statements themselves (about
5 ms of a 9 ms start). Here the same database is reached with psycopg's ``AsyncConnection`` instead: the
statements are sent from the event loop in one query, while the loop goes on building the model request.

Connections are opened from the ``default`` database's settings (a test database too), at most
``DB_STREAM_CONNECTIONS`` per event loop (callers beyond that wait their turn), kept open between uses and
dropped when broken.
"""

import asyncio
import contextlib
import weakref
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import psycopg
from django.conf import settings
from django.db import connections

APPLICATION_NAME = "matchmetric-stream"  # how these connections show in pg_stat_activity


@dataclass
class _LoopPool:
    slots: asyncio.Semaphore
    idle: list[psycopg.AsyncConnection] = field(default_factory=list)


_pools: "weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _LoopPool]" = weakref.WeakKeyDictionary()


def available() -> bool:
    """Return whether the default database is PostgreSQL (else callers use the ORM through a thread)."""
    # From the settings: ``connections["default"]`` would build a connection wrapper in each async context.
    return settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"


def _connect_kwargs() -> dict[str, Any]:
    database = connections["default"].settings_dict
    kwargs: dict[str, Any] = {
        "dbname": database["NAME"],
        "user": database["USER"],
        "password": database["PASSWORD"],
        "host": database["HOST"],
        "port": database["PORT"] or None,
        "application_name": APPLICATION_NAME,
    }
    connect_timeout = (database.get("OPTIONS") or {}).get("connect_timeout")
    if connect_timeout:
        kwargs["connect_timeout"] = connect_timeout
    return {key: value for key, value in kwargs.items() if value not in (None, "")}


@contextlib.asynccontextmanager
async def pg_connection(*, fresh: bool = False) -> AsyncIterator[psycopg.AsyncConnection]:
    """Lend a connection of this loop's pool; wait while ``DB_STREAM_CONNECTIONS`` are lent out.

    An idle one is reused unless ``fresh``. Connections are in autocommit mode (a query of several statements
    is one transaction); one given back idle is kept, also after a statement failed (a refused admission),
    while one given back mid-query (cancelled), inside a transaction or broken is closed.
    """
    loop = asyncio.get_running_loop()
    pool = _pools.get(loop)
    if pool is None:
        pool = _pools[loop] = _LoopPool(slots=asyncio.Semaphore(settings.DB_STREAM_CONNECTIONS))
    async with pool.slots:
        connection = None
        while pool.idle and not fresh:
            candidate = pool.idle.pop()
            if not candidate.closed:
                connection = candidate
                break
        if connection is None:
            connection = await psycopg.AsyncConnection.connect(**_connect_kwargs(), autocommit=True)
        try:
            yield connection
        finally:
            idle = connection.info.transaction_status == psycopg.pq.TransactionStatus.IDLE
            if idle and not connection.closed:
                pool.idle.append(connection)
            else:
                await connection.close()


def pg_close_idle() -> None:
    """Close the idle connections of every loop, from any thread (tests between loops, shutdown)."""
    for pool in list(_pools.values()):
        while pool.idle:
            pool.idle.pop().pgconn.finish()
