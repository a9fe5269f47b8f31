"""Tell a dependency outage (cache/Redis or database unreachable) from a bug: a 503, not a 500."""

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

from django.db import InterfaceError, OperationalError

from api_services.cache_errors import CACHE_ERRORS

logger = logging.getLogger(__name__)
T = TypeVar("T")
RETRY_FIRST_PAUSE_S = 0.25
RETRY_MAX_PAUSE_S = 2.0

OUTAGE_ERRORS: tuple[type[BaseException], ...] = (*CACHE_ERRORS, OperationalError, InterfaceError)


def is_outage(exc: BaseException | None) -> bool:
    """Return whether ``exc`` means a dependency is unreachable (the request may succeed once it is back)."""
    return exc is not None and isinstance(exc, OUTAGE_ERRORS)


async def retry_while_unreachable(call: Callable[[], Awaitable[T]], *, budget_s: float, what: str) -> T:
    """Return ``await call()``, calling again (pauses 0.25 s doubling to 2 s) while it fails with an outage.

    Raise its error once ``budget_s`` is spent, or at once for an error that is not an outage. ``what`` names
    the operation in the one warning logged per call.
    """
    deadline = time.monotonic() + budget_s
    pause_s = RETRY_FIRST_PAUSE_S
    while True:
        try:
            return await call()
        except Exception as exc:
            if not is_outage(exc) or time.monotonic() + pause_s > deadline:
                raise
            if pause_s == RETRY_FIRST_PAUSE_S:
                logger.warning(
                    "%s: a dependency is unreachable, trying again for %gs: %r", what, budget_s, exc
                )
        await asyncio.sleep(pause_s)  # waiting for the dependency to come back, not for another task
        pause_s = min(pause_s * 2, RETRY_MAX_PAUSE_S)
