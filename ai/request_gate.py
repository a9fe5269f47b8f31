"""Hold an engine's HTTP requests until the caller says go (shared by every engine built on httpx2).

The SDKs build the whole request (config, schema, body) first, so a caller can overlap that with work that
must finish before the model is called (the running row being written).
"""

import asyncio
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

import httpx2

_request_gate: ContextVar["asyncio.Future[None] | None"] = ContextVar("model_request_gate", default=None)


@contextmanager
def requests_held_until(gate: "asyncio.Future[None]") -> Iterator[None]:
    """Hold each model request sent in this context until ``gate`` is done; raise its error if it has one."""
    token = _request_gate.set(gate)
    try:
        yield
    finally:
        _request_gate.reset(token)


async def wait_for_gate(request: httpx2.Request) -> None:
    """httpx request hook: runs after the request is built, before a connection is taken or a byte sent."""
    gate = _request_gate.get()
    if gate is not None:
        await asyncio.shield(gate)  # a cancelled waiter must not cancel the shared gate
