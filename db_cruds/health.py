"""Dependency probes for the health endpoint."""

import asyncio
import uuid

from channels.layers import get_channel_layer
from django.db import connection


def database_vendor() -> str:
    """Return the database in use: ``postgresql`` or ``sqlite``."""
    return connection.vendor


def database_ping() -> None:
    """Run a trivial query; raise when the database is unreachable."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


async def channel_layer_ping(*, timeout_s: float) -> None:
    """Send a message to a fresh channel and read it back; raise when the layer is unreachable."""
    layer = get_channel_layer()
    if layer is None:
        raise RuntimeError("no channel layer configured")
    channel = await layer.new_channel(prefix="health.")
    token = uuid.uuid4().hex
    async with asyncio.timeout(timeout_s):
        await layer.send(channel, {"type": "health.ping", "token": token})
        received = await layer.receive(channel)
    if received.get("token") != token:
        raise RuntimeError("channel layer returned a foreign message")
