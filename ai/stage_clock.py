"""Timestamps of an analysis's stages on its way to the first chunk (``bench/stream_latency.py --stages``).

Off unless the logger ``ai.stage_clock`` is at DEBUG (``STAGE_TIMES=true``, for benchmarks): a mark then costs
one cached level check. The clock is ``time.monotonic_ns()``, which every process of a machine shares, so the
server's, its analysis worker's and the bench client's marks line up.
"""

import logging
import time

logger = logging.getLogger("ai.stage_clock")


def enable() -> None:
    """Log the marks of this process (an analysis worker told to by its server)."""
    logger.setLevel(logging.DEBUG)


def mark(stage: str) -> None:
    """Log that the current analysis (the log line's request id) reached ``stage`` now."""
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug("stage %s %d", stage, time.monotonic_ns())
