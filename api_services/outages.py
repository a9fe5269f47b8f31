"""Tell a dependency outage (cache/Redis or database unreachable) from a bug: a 503, not a 500."""

from django.db import InterfaceError, OperationalError

from api_services.cache_errors import CACHE_ERRORS

OUTAGE_ERRORS: tuple[type[BaseException], ...] = (*CACHE_ERRORS, OperationalError, InterfaceError)


def is_outage(exc: BaseException | None) -> bool:
    """Return whether ``exc`` means a dependency is unreachable (the request may succeed once it is back)."""
    return exc is not None and isinstance(exc, OUTAGE_ERRORS)
