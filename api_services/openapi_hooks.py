"""drf-spectacular post-processing: the error envelope on every operation, limits read from settings."""

from typing import Any

from django.conf import settings

ERROR_ENVELOPE = "ErrorEnvelope"
# Any operation may answer these (a 401 is also a wrong password or refresh token, a 404 a foreign row).
_ERRORS = {
    400: "Invalid input (data.code names the rule, data.errors lists per-field messages).",
    401: "Not authenticated, or the credentials or token are invalid, expired or revoked.",
    403: "Permission denied or CSRF check failed (session requests).",
    404: "Not found (or not yours).",
    405: "Method not allowed.",
    409: "Conflict with what is stored (data.code names it, e.g. a per-user limit reached).",
    413: "Body too large.",
    415: "Unsupported media type.",
    429: "Throttled (data.retry_after, Retry-After header).",
    500: "Unexpected server error (logged).",
    503: "A dependency (database, Redis) is unreachable: service_unavailable.",
}
# Statuses only some operations answer, by operation id.
_OPERATION_ERRORS = {
    "resume_upload": {
        422: "The file cannot be used (encrypted, damaged, or no text to read): data.code names why.",
    },
}
_ERROR_SCHEMA = {
    "type": "object",
    "properties": {
        "status": {"type": "string", "enum": ["failed"]},
        "message": {"type": "string"},
        "data": {
            "type": "object",
            "properties": {
                "code": {"type": "string"},
                "errors": {},
                "retry_after": {"type": "integer", "minimum": 0},
            },
            "required": ["code"],
        },
    },
    "required": ["status", "message", "data"],
}


def _error_response(description: str) -> dict[str, Any]:
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{ERROR_ENVELOPE}"}}},
    }


def document_envelope_errors(
    result: dict[str, Any], generator: Any, request: Any, public: bool
) -> dict[str, Any]:
    """Add the error envelope and its statuses to every operation; give ``per_page`` its current maximum."""
    result.setdefault("components", {}).setdefault("schemas", {})[ERROR_ENVELOPE] = _ERROR_SCHEMA
    for path_item in result.get("paths", {}).values():
        for operation in path_item.values():
            responses = operation.setdefault("responses", {})
            errors = {**_ERRORS, **_OPERATION_ERRORS.get(operation.get("operationId"), {})}
            for status, description in errors.items():
                responses.setdefault(str(status), _error_response(description))
            for parameter in operation.get("parameters", []):
                if parameter.get("name") == "per_page" and parameter.get("in") == "query":
                    parameter["schema"]["maximum"] = settings.HISTORY_MAX_PER_PAGE
    return result
