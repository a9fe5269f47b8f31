"""THE response envelope ``{status, message, data}`` for REST replies and WebSocket frames."""

from typing import Any

from drf_spectacular.utils import inline_serializer
from rest_framework import serializers
from rest_framework.response import Response

SUCCESS = "success"
FAILED = "failed"


def envelope(*, status: str, message: str, data: Any = None, **extra: Any) -> dict[str, Any]:
    """Return the envelope dict; ``data`` is omitted when empty, ``extra`` keys are added after it."""
    body: dict[str, Any] = {"status": status, "message": message}
    if data is not None and data != {} and data != []:
        body["data"] = data
    body.update(extra)
    return body


def success_response(
    message: str,
    data: Any = None,
    *,
    http_status: int = 200,
    headers: dict[str, str] | None = None,
    **extra: Any,
) -> Response:
    """Return a success envelope as a DRF response."""
    return Response(
        envelope(status=SUCCESS, message=message, data=data, **extra), status=http_status, headers=headers
    )


def failure_response(
    message: str,
    data: Any = None,
    *,
    http_status: int = 400,
    headers: dict[str, str] | None = None,
) -> Response:
    """Return a failure envelope as a DRF response."""
    return Response(envelope(status=FAILED, message=message, data=data), status=http_status, headers=headers)


def ws_frame(frame_type: str, *, status: str | None = None, **fields: Any) -> dict[str, Any]:
    """Return a WebSocket frame: ``type`` first, then ``status`` when given, then the fields."""
    frame: dict[str, Any] = {"type": frame_type}
    if status is not None:
        frame["status"] = status
    frame.update(fields)
    return frame


def ws_error_frame(*, code: str, message: str, frame_type: str = "error", **fields: Any) -> dict[str, Any]:
    """Return a failure frame carrying a stable ``code`` and a user-facing ``message``."""
    return ws_frame(frame_type, status=FAILED, **fields, code=code, message=message)


def envelope_schema(
    name: str, data: serializers.Field | None = None, **extra: serializers.Field
) -> serializers.Serializer:
    """Return the OpenAPI schema of an envelope reply: status, message, data, then ``extra``."""
    fields: dict[str, serializers.Field] = {
        "status": serializers.CharField(),
        "message": serializers.CharField(),
    }
    if data is not None:
        fields["data"] = data
    fields.update(extra)
    return inline_serializer(name=name, fields=fields)
