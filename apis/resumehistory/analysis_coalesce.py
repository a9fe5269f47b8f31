"""Merge an analysis's pending text deltas into one ``analysis.chunk`` frame while the server is behind.

Under load the model's chunks of one stream reach the event loop in bunches (it read the socket late): one
frame per chunk then costs a frame's JSON, framing and send each, for text the client shows at once anyway.
A delta that comes less than ``ANALYSIS_COALESCE_WINDOW_MS`` after the previous chunk frame, while this
process's event loop takes ``ANALYSIS_COALESCE_LAG_MS`` or more to come back to the stream (one pass over
its ready callbacks, measured then), waits; the deltas gathered meanwhile go out as one frame when the
window ends (or sooner, with the next frame that must go out). ``seq`` numbers the
chunk frames sent, so it stays 1, 2, 3... with no gap; the text is the same, in order; ``analysis.field``
frames are never held (the chunk that completed the field goes out first); the final frame waits for none.
Without lag every delta is its own frame, as before.
"""

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from django.conf import settings

from api_services.const_response import ws_frame

logger = logging.getLogger(__name__)


class ChunkCoalescer:
    """Publish an analysis's deltas as ``analysis.chunk`` frames, merging the pending ones under load."""

    def __init__(self, *, analysis_id: int, publish: Callable[..., Awaitable[None]]) -> None:
        self.analysis_id = analysis_id
        self.seq = 0  # chunk frames published
        self._publish = publish
        self._pending: list[str] = []
        self._lock = asyncio.Lock()  # the window's flush and the stream's own frames keep their order
        self._window_s = settings.ANALYSIS_COALESCE_WINDOW_MS / 1000
        self._lag_s = settings.ANALYSIS_COALESCE_LAG_MS / 1000
        self._window_ends = 0.0
        self._flush: asyncio.TimerHandle | None = None

    async def delta(self, text: str, *, fields: list[dict[str, Any]]) -> None:
        """Publish ``text`` (held while the loop lags within the window), then ``fields`` (never held)."""
        loop = asyncio.get_running_loop()
        if not fields and loop.time() < self._window_ends and (self._pending or await self._lagging(loop)):
            self._pending.append(text)
            if self._flush is None:
                self._flush = loop.call_at(self._window_ends, self._flush_soon)
            return
        async with self._lock:
            self._pending.append(text)
            await self._send_pending(*fields)

    async def _lagging(self, loop: asyncio.AbstractEventLoop) -> bool:
        """Return whether the event loop takes ``ANALYSIS_COALESCE_LAG_MS`` or more to come back to this task.

        Asked only for a delta that follows the last chunk frame within the window (a bunch: the stream was
        read late), so an idle server never waits here, nor runs a timer to know its lag.
        """
        asked = loop.time()
        await asyncio.sleep(0)
        return loop.time() - asked >= self._lag_s

    async def flush(self) -> None:
        """Publish the held deltas now (the window has ended, or the stream); log, never raise, a failure."""
        try:
            async with self._lock:
                await self._send_pending()
        except Exception:  # the final frame still goes out (or is stored for a later subscribe)
            logger.exception("analysis %s: held chunks could not be published", self.analysis_id)

    def _flush_soon(self) -> None:
        self._flush = None
        asyncio.ensure_future(self.flush())

    async def _send_pending(self, *fields: dict[str, Any]) -> None:
        if self._flush is not None:
            self._flush.cancel()
            self._flush = None
        frames = list(fields)
        if self._pending:
            self.seq += 1
            delta = "".join(self._pending)
            self._pending.clear()
            frames.insert(
                0, ws_frame("analysis.chunk", analysis_id=self.analysis_id, seq=self.seq, delta=delta)
            )
            self._window_ends = asyncio.get_running_loop().time() + self._window_s
        if frames:
            await self._publish(*frames)
