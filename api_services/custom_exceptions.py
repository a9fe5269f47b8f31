"""Typed application errors: code raises them, ``exception_handlers`` turns them into the envelope."""

from typing import Any

from api_services import status_messages as msg


class AppError(Exception):
    """An error a client can act on: a stable ``code``, an HTTP status and a user-facing message."""

    code = "error"
    http_status = 400
    default_message = msg.BAD_REQUEST

    def __init__(
        self,
        message: str | None = None,
        *,
        code: str | None = None,
        http_status: int | None = None,
        data: Any = None,
    ) -> None:
        self.message = message or self.default_message
        self.code = code or self.code
        self.http_status = http_status or self.http_status
        self.data = data
        super().__init__(self.message)


class ValidationFailed(AppError):
    code = "invalid"
    http_status = 400


class NotAuthenticated(AppError):
    code = "not_authenticated"
    http_status = 401
    default_message = msg.NOT_AUTHENTICATED


class InvalidCredentials(AppError):
    code = "invalid_credentials"
    http_status = 401
    default_message = msg.INVALID_CREDENTIALS


class PermissionDenied(AppError):
    code = "permission_denied"
    http_status = 403
    default_message = msg.PERMISSION_DENIED


class NotFound(AppError):
    code = "not_found"
    http_status = 404
    default_message = msg.NOT_FOUND


class Conflict(AppError):
    code = "conflict"
    http_status = 409


class PayloadTooLarge(AppError):
    code = "payload_too_large"
    http_status = 413
    default_message = msg.PAYLOAD_TOO_LARGE


class UnsupportedMediaType(AppError):
    code = "unsupported_media_type"
    http_status = 415


class RateLimited(AppError):
    code = "throttled"
    http_status = 429
    default_message = msg.THROTTLED


class ServiceUnavailable(AppError):
    code = "service_unavailable"
    http_status = 503
    default_message = msg.SERVICE_UNAVAILABLE
