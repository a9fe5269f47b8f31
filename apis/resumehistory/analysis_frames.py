"""Client frames of the analysis WebSocket: parse and validate them, or raise ``FrameError`` with a code."""

from dataclasses import dataclass
from typing import Any

from django.conf import settings

from ai.text_normalize import normalize_text
from api_services import bounded_json
from api_services import status_messages as msg
from api_services.const_response import ws_error_frame
from api_services.custom_exceptions import AppError
from api_services.request_context import VALID_REQUEST_ID, new_request_id


class FrameError(AppError):
    """A client frame that cannot be served; ``fields`` go into the error frame (e.g. ``field``)."""

    def __init__(self, message: str, *, code: str, **fields: Any) -> None:
        super().__init__(message, code=code)
        self.fields = fields


def error_frame(exc: AppError) -> dict[str, Any]:
    """Return the ``error`` frame for ``exc``."""
    return ws_error_frame(code=exc.code, message=exc.message, **getattr(exc, "fields", {}))


@dataclass(frozen=True, slots=True)
class AnalyzeCommand:
    job_description: str
    resume_text: str | None
    resume_id: int | None
    request_id: str


def frame_payload(*, text: str | None) -> dict[str, Any]:
    """Return the JSON object a client frame holds; raise ``FrameError`` for anything else."""
    if text is None:
        raise FrameError(msg.WS_INVALID_FRAME, code="invalid_frame")
    limit = settings.WS_MAX_FRAME_BYTES
    depth = settings.JSON_MAX_DEPTH
    try:
        payload = bounded_json.loads_bounded(text, max_depth=depth, max_bytes=limit)
    except bounded_json.JsonTooLarge:
        raise FrameError(msg.WS_FRAME_TOO_LARGE.format(limit=limit), code="frame_too_large") from None
    except bounded_json.JsonTooDeep:
        raise FrameError(msg.JSON_TOO_DEEP.format(limit=depth), code="json_too_deep") from None
    except ValueError:
        raise FrameError(msg.WS_INVALID_JSON, code="invalid_json") from None
    if not isinstance(payload, dict):
        raise FrameError(msg.WS_INVALID_FRAME, code="invalid_frame")
    try:
        bounded_json.check_characters(payload)
    except bounded_json.BadCharacters as exc:
        message = msg.FIELD_BAD_CHARACTERS.format(field=exc.field)
        raise FrameError(message, code="invalid_field", field=exc.field) from None
    return payload


def frame_action(payload: dict[str, Any]) -> str:
    """Return the frame's action; the seed's frame (texts, no action) means ``analyze``."""
    action = payload.get("action")
    if action is None:
        if "resume_text" in payload or "job_description" in payload or "resume_id" in payload:
            return "analyze"
        raise FrameError(msg.WS_MISSING_FIELD.format(field="action"), code="missing_field", field="action")
    if action not in ("analyze", "compare", "rescore", "cancel", "subscribe"):
        raise FrameError(msg.WS_UNKNOWN_ACTION.format(action=str(action)[:40]), code="unknown_action")
    return action


def _text_field(payload: dict[str, Any], name: str) -> str:
    value = payload.get(name)
    if value is None:
        raise FrameError(msg.WS_MISSING_FIELD.format(field=name), code="missing_field", field=name)
    if not isinstance(value, str):
        raise FrameError(msg.WS_FIELD_NOT_STRING.format(field=name), code="invalid_field", field=name)
    if not value.strip():
        raise FrameError(msg.WS_BLANK_FIELD.format(field=name), code="invalid_field", field=name)
    return value


def frame_id(payload: dict[str, Any], name: str) -> int:
    """Return the positive integer id in ``payload[name]``."""
    value = payload.get(name)
    if value is None:
        raise FrameError(msg.WS_MISSING_FIELD.format(field=name), code="missing_field", field=name)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value < 2**63:
        raise FrameError(msg.WS_FIELD_NOT_ID.format(field=name), code="invalid_field", field=name)
    return value


def analyze_command(payload: dict[str, Any]) -> AnalyzeCommand:
    job_description = _text_field(payload, "job_description")
    has_id = payload.get("resume_id") is not None
    has_text = payload.get("resume_text") is not None
    if has_id and has_text:
        raise FrameError(msg.WS_ONE_RESUME_SOURCE, code="invalid_field", field="resume_id")
    if not has_id and not has_text:
        raise FrameError(msg.WS_MISSING_RESUME, code="missing_field", field="resume_text")
    resume_id = frame_id(payload, "resume_id") if has_id else None
    resume_text = None if has_id else _text_field(payload, "resume_text")
    request_id = payload.get("request_id")
    if request_id is None:
        request_id = new_request_id()
    elif not isinstance(request_id, str) or not VALID_REQUEST_ID.match(request_id):
        raise FrameError(msg.WS_INVALID_REQUEST_ID, code="invalid_field", field="request_id")
    if len(job_description) > settings.MAX_JOB_DESCRIPTION_CHARS:
        raise FrameError(
            msg.WS_JOB_DESCRIPTION_TOO_LONG.format(limit=settings.MAX_JOB_DESCRIPTION_CHARS),
            code="job_description_too_long",
            field="job_description",
        )
    if resume_text is not None:
        check_resume_length(resume_text)
    # The one normaliser every entry point uses (upload, CLI, WebSocket), after the length checks so that a
    # limit means the same characters the user sent.
    return AnalyzeCommand(
        job_description=normalize_text(text=job_description),
        resume_text=None if resume_text is None else normalize_text(text=resume_text),
        resume_id=resume_id,
        request_id=request_id,
    )


def check_resume_length(resume_text: str) -> None:
    if len(resume_text) > settings.MAX_RESUME_CHARS:
        raise FrameError(
            msg.WS_RESUME_TOO_LONG.format(limit=settings.MAX_RESUME_CHARS),
            code="resume_too_long",
            field="resume_text",
        )


def limits() -> dict[str, int]:
    """Return the limits announced in the ``connected`` frame."""
    return {
        "max_resume_chars": settings.MAX_RESUME_CHARS,
        "max_job_description_chars": settings.MAX_JOB_DESCRIPTION_CHARS,
        "max_frame_bytes": settings.WS_MAX_FRAME_BYTES,
        "max_concurrent_analyses": settings.MAX_CONCURRENT_ANALYSES_PER_USER,
        "max_analyses_per_hour": settings.MAX_ANALYSES_PER_USER_PER_HOUR,
        "max_compare_resumes": settings.COMPARE_MAX_RESUMES,
        "max_compare_jobs": settings.COMPARE_MAX_JOBS,
        "rescore_debounce_ms": settings.RESCORE_DEBOUNCE_MS,
    }
