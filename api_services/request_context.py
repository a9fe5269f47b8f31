"""Carry a request id through logs: middleware sets it, a logging filter stamps every record."""

import logging
import re
import uuid
from collections.abc import Callable
from contextvars import ContextVar

from django.http import HttpRequest, HttpResponse

REQUEST_ID_HEADER = "X-Request-ID"
VALID_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
request_id_var: ContextVar[str] = ContextVar("request_id", default="-")


def new_request_id() -> str:
    """Return a fresh opaque id."""
    return uuid.uuid4().hex


def clean_request_id(candidate: str | None) -> str:
    """Return ``candidate`` when it is a safe id, else a fresh one (never log client garbage)."""
    if candidate and VALID_REQUEST_ID.match(candidate):
        return candidate
    return new_request_id()


class RequestIdFilter(logging.Filter):
    """Stamp ``record.request_id`` from the current context."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not hasattr(record, "request_id"):
            record.request_id = request_id_var.get()
        return True


class RequestIdMiddleware:
    """Give each HTTP request an id (client-provided or new) and echo it in the response."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        request_id = clean_request_id(request.headers.get(REQUEST_ID_HEADER))
        request.request_id = request_id
        # Left set after the response: Django logs 4xx/5xx lines after the middleware chain returns, and
        # each request (ASGI) or the next one on this thread (WSGI) sets its own id.
        request_id_var.set(request_id)
        response = self.get_response(request)
        response[REQUEST_ID_HEADER] = request_id
        return response
