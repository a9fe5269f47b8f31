"""An analysis run by an analysis worker, as this server process sees it (``analysis_workers``)."""

import asyncio
from collections.abc import AsyncGenerator
from typing import TYPE_CHECKING, Any

from ai.base import StreamChunk
from ai.errors import EngineError

if TYPE_CHECKING:
    from apis.resumehistory.analysis_workers import Worker

# What every analysis of a worker that stopped is told.
GONE = {"op": "error", "code": "internal_error", "message": ""}


class WorkerFailed(Exception):
    """The worker running an analysis stopped, or failed in a way that is not the model's."""


def _engine_error(message: dict[str, Any]) -> Exception:
    for kind in (EngineError, *EngineError.__subclasses__()):
        if kind.code == message["code"]:
            return kind(message["message"] or None)
    return WorkerFailed(message["code"])


class RemoteAnalysis:
    """One analysis run by a worker: its chunks, the full local reading (preview) and the checked answer."""

    def __init__(self, worker: "Worker", job_id: int) -> None:
        self._worker, self._id = worker, job_id
        self._messages: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        self.full: asyncio.Future[dict[str, Any] | None] = asyncio.get_running_loop().create_future()
        self._ended = False

    def deliver(self, message: dict[str, Any]) -> None:
        if message["op"] == "full":
            if not self.full.done():
                self.full.set_result(message["analysis"])
            return
        if message["op"] in ("done", "error") and not self.full.done():
            self.full.set_result(None)  # no preview is coming
        self._messages.put_nowait(message)

    def go(self, *, analysis_id: int) -> None:
        """Let the worker send the model's request (the row ``analysis_id`` is written)."""
        if not self._ended:
            self._worker.send({"op": "go", "id": self._id, "analysis_id": analysis_id})

    async def chunks(self) -> AsyncGenerator[StreamChunk, None]:
        """Yield the model's chunks; the worker reports nothing before ``go``."""
        try:
            while True:
                message = await self._messages.get()
                if message["op"] == "chunk":
                    yield StreamChunk(
                        text=message["text"],
                        input_tokens=message["input_tokens"],
                        output_tokens=message["output_tokens"],
                    )
                elif message["op"] == "end":
                    return
                else:
                    self._close()
                    raise _engine_error(message)
        except BaseException:
            self.cancel()  # cancelled or timed out here: the worker stops the model call too
            raise

    async def analysis(self) -> dict[str, Any]:
        """Return the answer, validated and held to the full reading; raise ``EngineError`` if invalid."""
        try:
            message = await self._messages.get()
        except BaseException:
            self.cancel()
            raise
        finally:
            self._close()
        if message["op"] == "done":
            return message["analysis"]
        raise _engine_error(message)

    def cancel(self) -> None:
        """Stop the worker's model call (never sent, if it was not admitted yet)."""
        if not self._ended:
            self._worker.send({"op": "cancel", "id": self._id})
            self._close()

    def _close(self) -> None:
        self._ended = True
        self._worker.analyses.pop(self._id, None)
        if not self.full.done():  # nothing more comes from the worker: no preview
            self.full.set_result(None)
