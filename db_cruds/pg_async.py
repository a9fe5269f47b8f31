"""Native asyncio PostgreSQL connections for the one write on the streaming hot path.

Django's ORM is synchronous: from a consumer every query hops to a worker thread (``database_sync_to_async``),
pings the connection first (``CONN_HEALTH_CHECKS``) and then competes for the GIL with the event loop. For
the row an analysis writes before its model call, that hop cost more than the statements themselves (about
5 ms of a 9 ms start). Here the same database is reached with psycopg's ``AsyncConnection`` instead: the
statements are sent from the event loop in one pipeline, while the loop goes on building the model request.

Connections are opened from the ``default`` database's settings (a test database too), kept idle per event
loop (at most ``PG_ASYNC_IDLE_CONNECTIONS``) and dropped when broken.
"""

import asyncio
import contextlib
import weakref
from collections.abc import AsyncIterator
from typing import Any

import psycopg
from django.db import connections

PG_ASYNC_IDLE_CONNECTIONS = 8

_idle: "weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, list[psycopg.AsyncConnection]]" = (
    weakref.WeakKeyDictionary()
)


def available() -> bool:
    """Return whether the default database is PostgreSQL (else callers use the ORM through a thread)."""
    return connections["default"].vendor == "postgresql"


def _connect_kwargs() -> dict[str, Any]:
    settings = connections["default"].settings_dict
    kwargs: dict[str, Any] = {
        "dbname": settings["NAME"],
        "user": settings["USER"],
        "password": settings["PASSWORD"],
        "host": settings["HOST"],
        "port": settings["PORT"] or None,
        "application_name": "matchmetric-stream",
    }
    connect_timeout = (settings.get("OPTIONS") or {}).get("connect_timeout")
    if connect_timeout:
        kwargs["connect_timeout"] = connect_timeout
    return {key: value for key, value in kwargs.items() if value not in (None, "")}


@contextlib.asynccontextmanager
async def pg_connection(*, fresh: bool = False) -> AsyncIterator[psycopg.AsyncConnection]:
    """Lend an idle connection of this loop (a new one when ``fresh`` or none is idle); take it back after.

    The connection is handed out outside any transaction; one left in a transaction, or broken, is closed.
    """
    pool = _idle.setdefault(asyncio.get_running_loop(), [])
    connection = None
    while pool and not fresh:
        candidate = pool.pop()
        if not candidate.closed:
            connection = candidate
            break
    if connection is None:
        connection = await psycopg.AsyncConnection.connect(**_connect_kwargs())
    reusable = False
    try:
        yield connection
        reusable = connection.info.transaction_status == psycopg.pq.TransactionStatus.IDLE
    finally:
        if reusable and not connection.closed and len(pool) < PG_ASYNC_IDLE_CONNECTIONS:
            pool.append(connection)
        else:
            await connection.close()


def pg_close_idle() -> None:
    """Close the idle connections of every loop, from any thread (tests between loops, shutdown)."""
    for pool in list(_idle.values()):
        while pool:
            pool.pop().pgconn.finish()
