"""Requests to the process running an analysis (cancel, snapshot), through one control channel per process.

With a shared (Redis) layer every server process listens on one channel named after its ``WORKER_ID``,
which the running row stores (``worker_id``): another process sends a cancel or a snapshot request there,
naming the analysis. A run therefore costs Redis nothing at its start or end (no per-analysis group or
channel to subscribe and drop, each a round trip behind channels_redis's one lock per connection). A request
for a run that has ended finds nothing to do: the asker then reads the outcome from the row.
"""

import asyncio
import contextlib
import logging
import os
import re
import socket
from typing import Any

from channels.layers import BaseChannelLayer, InMemoryChannelLayer, get_channel_layer

from api_services.outages import is_outage
from apis.resumehistory.analysis_run import CANCEL, SNAPSHOT_REQUEST, running

logger = logging.getLogger(__name__)

WORKER_ID = f"{socket.gethostname()}:{os.getpid()}"[:64]
_READY = "analysis.control_ready"
_READY_PROBE_S = 0.02
_READY_WITHIN_S = 2.0
_RETRY_AFTER_FAILURE_S = 1.0


def control_channel(worker_id: str) -> str:
    """Return the channel the process ``worker_id`` (as stored in a running row) takes requests on."""
    return "analysis-control." + re.sub(r"[^a-zA-Z0-9_.-]", "-", worker_id)


class _ControlListener:
    def __init__(self) -> None:
        self.task: asyncio.Task | None = None
        self.layer: BaseChannelLayer | None = None
        self.ready: asyncio.Event | None = None

    def running_for(self, layer: BaseChannelLayer) -> bool:
        loop = asyncio.get_running_loop()
        return (
            self.task is not None
            and not self.task.done()
            and self.task.get_loop() is loop
            and self.layer is layer
        )

    async def serve(self, layer: BaseChannelLayer, ready: asyncio.Event) -> None:
        channel = control_channel(WORKER_ID)
        failing = False
        while True:
            try:
                message = await layer.receive(channel)
            except (
                Exception
            ) as exc:  # Redis unreachable: the consumers report it; listen again once it is back
                if not failing:  # one line per outage, not a traceback a second
                    logger.warning(
                        "the analysis control channel could not be read: %r", exc, exc_info=not is_outage(exc)
                    )
                failing = True
                await asyncio.sleep(_RETRY_AFTER_FAILURE_S)
                continue
            failing = False
            try:
                await _handle(layer, message, ready)
            except Exception:
                logger.exception("a request to this process's analyses failed")


async def _handle(layer: BaseChannelLayer, message: dict[str, Any], ready: asyncio.Event) -> None:
    kind = message.get("type")
    if kind == _READY:
        ready.set()
        return
    run = running.get(message.get("analysis_id", 0))
    if run is None:
        return
    if kind == SNAPSHOT_REQUEST:
        await layer.send(message["reply_to"], run.snapshot())
    elif kind == CANCEL:
        run.request_cancel()


_listener = _ControlListener()


async def ensure_control_listener() -> None:
    """Listen on this process's control channel (once per event loop and layer), subscribed when this returns.

    The in-memory layer needs none: one process is the whole world there, and it reaches its runs directly.
    """
    layer = get_channel_layer()
    if isinstance(layer, InMemoryChannelLayer):
        return
    if _listener.running_for(layer) and _listener.ready is not None:
        if not _listener.ready.is_set():  # another start is knocking: wait for the same answer
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(_listener.ready.wait(), _READY_WITHIN_S)
        return
    ready = asyncio.Event()
    _listener.layer, _listener.ready = layer, ready
    _listener.task = asyncio.get_running_loop().create_task(
        _listener.serve(layer, ready), name="analysis-control"
    )
    # Subscribing happens inside the listener's first receive: knock until it answers, so that a request
    # sent as soon as a row names this process is not published before anyone listens.
    deadline = asyncio.get_running_loop().time() + _READY_WITHIN_S
    while not ready.is_set() and asyncio.get_running_loop().time() < deadline:
        await layer.send(control_channel(WORKER_ID), {"type": _READY})
        try:
            await asyncio.wait_for(ready.wait(), _READY_PROBE_S)
        except TimeoutError:
            continue
    if not ready.is_set():
        logger.warning("the analysis control channel did not answer within %ss", _READY_WITHIN_S)


async def send_control(*, worker_id: str, message: dict[str, Any]) -> None:
    """Send ``message`` to the process ``worker_id`` that runs (or ran) an analysis."""
    await get_channel_layer().send(control_channel(worker_id), message)
