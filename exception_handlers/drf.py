"""Turn every exception raised in a DRF view into the one envelope."""

import logging
import math
from typing import Any

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent
from django.http import Http404
from rest_framework import exceptions as drf_exceptions
from rest_framework.response import Response

from api_services import status_messages as msg
from api_services.const_response import failure_response
from api_services.custom_exceptions import AppError, ServiceUnavailable
from api_services.outages import is_outage

logger = logging.getLogger(__name__)


def _first_message(detail: Any) -> str:
    """Return the first human message inside a DRF error detail (str, list or dict)."""
    if isinstance(detail, dict):
        for value in detail.values():
            return _first_message(value)
        return msg.VALIDATION_FAILED
    if isinstance(detail, list):
        return _first_message(detail[0]) if detail else msg.VALIDATION_FAILED
    return str(detail)


def _field_errors(detail: Any) -> Any:
    """Return DRF error details as plain JSON-able values."""
    if isinstance(detail, dict):
        return {key: _field_errors(value) for key, value in detail.items()}
    if isinstance(detail, list):
        return [_field_errors(item) for item in detail]
    return str(detail)


def validation_message(detail: Any) -> str:
    """Return a message naming the first invalid field, e.g. ``password: This password is too short.``."""
    if isinstance(detail, dict) and detail:
        field, value = next(iter(detail.items()))
        text = _first_message(value)
        if field in ("non_field_errors", "detail"):
            return text
        return f"{field}: {text}"
    return _first_message(detail)


def _throttled(exc: drf_exceptions.Throttled) -> Response:
    seconds = max(1, math.ceil(exc.wait or 1))
    return failure_response(
        msg.THROTTLED.format(seconds=seconds),
        {"code": "throttled", "retry_after": seconds},
        http_status=429,
        headers={"Retry-After": str(seconds)},
    )


def envelope_exception_handler(exc: Exception, context: dict[str, Any]) -> Response:
    """Return the envelope for ``exc``; unexpected exceptions are logged and answered with a generic 500."""
    if isinstance(exc, AppError):
        data = {"code": exc.code}
        if exc.data is not None:
            data["errors"] = exc.data
        return failure_response(exc.message, data, http_status=exc.http_status)
    if isinstance(exc, Http404):
        return failure_response(msg.NOT_FOUND, {"code": "not_found"}, http_status=404)
    if isinstance(exc, DjangoPermissionDenied):
        return failure_response(msg.PERMISSION_DENIED, {"code": "permission_denied"}, http_status=403)
    if isinstance(exc, RequestDataTooBig | TooManyFieldsSent):
        return failure_response(msg.PAYLOAD_TOO_LARGE, {"code": "payload_too_large"}, http_status=413)
    if isinstance(exc, drf_exceptions.Throttled):
        return _throttled(exc)
    if isinstance(exc, drf_exceptions.ValidationError):
        return failure_response(
            validation_message(exc.detail),
            {"code": "invalid", "errors": _field_errors(exc.detail)},
            http_status=400,
        )
    if isinstance(exc, drf_exceptions.ParseError):
        return failure_response(msg.MALFORMED_JSON, {"code": "parse_error"}, http_status=400)
    if isinstance(exc, drf_exceptions.MethodNotAllowed):
        request = context.get("request")
        method = request.method if request is not None else "?"
        return failure_response(
            msg.METHOD_NOT_ALLOWED.format(method=method), {"code": "method_not_allowed"}, http_status=405
        )
    if isinstance(exc, drf_exceptions.UnsupportedMediaType):
        request = context.get("request")
        media_type = request.content_type if request is not None else ""
        return failure_response(
            msg.UNSUPPORTED_MEDIA_TYPE.format(media_type=media_type),
            {"code": "unsupported_media_type"},
            http_status=415,
        )
    if isinstance(exc, drf_exceptions.PermissionDenied) and str(exc.detail).startswith("CSRF Failed"):
        return failure_response(msg.CSRF_FAILED, {"code": "csrf_failed"}, http_status=403)
    if isinstance(exc, drf_exceptions.APIException):
        headers = {}
        auth_header = getattr(exc, "auth_header", None)
        if auth_header:
            headers["WWW-Authenticate"] = auth_header
        code = exc.get_codes() if isinstance(exc.get_codes(), str) else exc.default_code
        return failure_response(
            _first_message(exc.detail), {"code": code}, http_status=exc.status_code, headers=headers or None
        )
    view = context.get("view")
    if is_outage(exc):
        logger.warning("%s: dependency unreachable (%s)", type(view).__name__ if view else "view", type(exc))
        return envelope_exception_handler(ServiceUnavailable(), context)
    logger.exception("unhandled error in %s", type(view).__name__ if view else "view")
    return failure_response(msg.SERVER_ERROR, {"code": "server_error"}, http_status=500)
