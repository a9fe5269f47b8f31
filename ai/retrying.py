"""Bounded retries of a model stream, only while nothing has been yielded (shared by the remote engines)."""

import asyncio
import contextlib
import logging
import random
from collections.abc import AsyncGenerator, Callable

from ai.base import StreamChunk
from ai.errors import EngineError

logger = logging.getLogger(__name__)


def backoff_s(*, retry: int, base_delay_s: float, max_delay_s: float) -> float:
    """Return the wait before retry number ``retry`` (1-based): exponential, capped, with jitter."""
    ceiling = min(max_delay_s, base_delay_s * 2 ** (retry - 1))
    return ceiling * (0.5 + random.random() / 2)  # jitter spreads the retries of concurrent analyses


async def stream_with_retries(
    attempt: Callable[[], AsyncGenerator[StreamChunk, None]],
    *,
    engine_name: str,
    max_retries: int,
    base_delay_s: float,
    max_delay_s: float,
) -> AsyncGenerator[StreamChunk, None]:
    """Yield the chunks of ``attempt()``; retry a retryable ``EngineError`` raised before any text.

    Once the client has seen text, a retry would show it a different answer, so the fault ends the stream.
    """
    retry = 0
    while True:
        yielded = False
        try:
            async with contextlib.aclosing(attempt()) as chunks:  # closed, too, when this stream is closed
                async for chunk in chunks:
                    yielded = yielded or bool(chunk.text)
                    yield chunk
            return
        except EngineError as exc:
            if yielded or not exc.retryable or retry >= max_retries:
                raise
            retry += 1
            delay = backoff_s(retry=retry, base_delay_s=base_delay_s, max_delay_s=max_delay_s)
            logger.info(
                "%s fault %s before the first chunk; retry %s in %.2fs", engine_name, exc.code, retry, delay
            )
        await asyncio.sleep(delay)
