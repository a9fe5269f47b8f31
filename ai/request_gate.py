"""Hold an engine's HTTP requests until the caller says go (shared by every engine built on httpx2).

The SDKs build the whole request (config, schema, body) first, so a caller can overlap that with work that
must finish before the model is called (the running row being written).
"""

import asyncio
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

import httpx2

from ai import stage_clock

_request_gate: ContextVar["tuple[asyncio.Future[Any], Callable[[], None] | None] | None"] = ContextVar(
    "model_request_gate", default=None
)


@contextmanager
def requests_held_until(
    gate: "asyncio.Future[Any]", *, then: Callable[[], None] | None = None
) -> Iterator[None]:
    """Hold each model request sent in this context until ``gate`` is done; raise its error if it has one.

    ``then`` is called once a request may leave, at the sending task's next pause: on a kept-alive connection,
    once the request is written.
    """
    token = _request_gate.set((gate, then))
    try:
        yield
    finally:
        _request_gate.reset(token)


async def wait_for_gate(request: httpx2.Request) -> None:
    """httpx request hook: runs after the request is built, before a connection is taken or a byte sent."""
    held = _request_gate.get()
    stage_clock.mark("request_built")
    if held is not None:
        gate, then = held
        await asyncio.shield(gate)  # a cancelled waiter must not cancel the shared gate
        stage_clock.mark("request_released")
        if then is not None:
            asyncio.get_running_loop().call_soon(then)
