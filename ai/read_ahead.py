"""Read a model stream in a task of its own, so that closing it hangs up on the model at once.

Closing an async generator while it waits at its ``yield`` only closes that generator: the SDK's inner
generators, which hold the HTTP response, are left for the garbage collector, and the request stays open
(seconds, or until the model ends its answer). That happens whenever the reader is stopped between two
chunks: a cancel or a timeout that lands while a frame is being sent. Read by its own task, the stream waits
inside the HTTP client whenever it is not handing over a chunk; cancelling that task there unwinds every
generator and closes the response.
"""

import asyncio
from collections.abc import AsyncGenerator
from typing import Any, TypeVar

Item = TypeVar("Item")

_END = object()


async def read_ahead(stream: AsyncGenerator[Item, None]) -> AsyncGenerator[Item, None]:
    """Yield what ``stream`` yields, in order, with its exception; closing this cancels the read."""
    queue: asyncio.Queue[tuple[Any, BaseException | None]] = asyncio.Queue()

    async def read() -> None:
        try:
            async for item in stream:
                queue.put_nowait((item, None))
        except Exception as exc:  # the reader re-raises it, in order after the items before it
            queue.put_nowait((_END, exc))
        else:
            queue.put_nowait((_END, None))

    reader = asyncio.ensure_future(read())
    try:
        while True:
            item, error = await queue.get()
            if error is not None:
                raise error
            if item is _END:
                return
            yield item
    finally:
        if not reader.done():
            reader.cancel()
            # Let the cancel unwind the stream now (its ``finally`` blocks close the response), then go on.
            await asyncio.wait({reader})
