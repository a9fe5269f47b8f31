"""The grid scored in a worker thread, its cells handed one by one to the event loop that stores and publishes
them (``runs``); ``DONE`` follows the last cell, an exception stops the stream."""

import asyncio
import threading
from collections.abc import Callable
from typing import Any

from ai.local_engine.grid import score_grid

DONE = object()


def thread_put(*, loop: asyncio.AbstractEventLoop, queue: asyncio.Queue) -> Callable[[Any], bool]:
    """Return a function the worker thread hands items to the event loop with; False once it is closed."""

    def put(item: Any) -> bool:
        try:
            loop.call_soon_threadsafe(queue.put_nowait, item)
        except RuntimeError:  # the loop has closed
            return False
        return True

    return put


def score_in_thread(
    *, resumes: list[str], jobs: list[str], stop: threading.Event, put: Callable[[Any], bool]
) -> None:
    """Score every resume x job pair, handing each cell to ``put``; stop early when asked or closed."""
    try:
        for cell in score_grid(resumes=resumes, jobs=jobs):
            if stop.is_set() or not put(cell):
                return
    except Exception as exc:
        put(exc)
        return
    put(DONE)
