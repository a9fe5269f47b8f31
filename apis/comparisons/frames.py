"""The ``compare`` client frame and the ``comparison.*`` frames a comparison publishes."""

from dataclasses import dataclass
from typing import Any

from django.conf import settings

from api_services import status_messages as msg
from api_services.const_response import SUCCESS, ws_error_frame, ws_frame
from api_services.request_context import VALID_REQUEST_ID, new_request_id
from apis.comparisons.models import Comparison
from apis.resumehistory.analysis_frames import FrameError

TERMINAL_FRAMES = frozenset({"comparison.completed", "comparison.failed", "comparison.cancelled"})
CELL_FIELDS = ("seq", "resume_id", "job_index", "match_score", "sub_scores", "top_gaps")
CANCELLED_CODE = "cancelled"
INTERNAL_ERROR_CODE = "internal_error"


@dataclass(frozen=True, slots=True)
class CompareCommand:
    resume_ids: list[int]
    job_descriptions: list[str] | None
    job_ids: list[int] | None
    request_id: str


def _list_field(payload: dict[str, Any], name: str, *, limit: int) -> list[Any]:
    value = payload.get(name)
    if not isinstance(value, list):
        raise FrameError(msg.WS_FIELD_NOT_LIST.format(field=name), code="invalid_field", field=name)
    if not value:
        raise FrameError(msg.WS_LIST_EMPTY.format(field=name), code="invalid_field", field=name)
    if len(value) > limit:
        raise FrameError(
            msg.WS_LIST_TOO_LONG.format(field=name, limit=limit),
            code="too_many_items",
            field=name,
            limit=limit,
        )
    return value


def _ids(payload: dict[str, Any], name: str, *, limit: int) -> list[int]:
    values = _list_field(payload, name, limit=limit)
    for value in values:
        if isinstance(value, bool) or not isinstance(value, int) or not 0 < value < 2**63:
            raise FrameError(msg.WS_FIELD_NOT_ID.format(field=name), code="invalid_field", field=name)
    if len(set(values)) != len(values):
        raise FrameError(msg.WS_LIST_DUPLICATES.format(field=name), code="invalid_field", field=name)
    return values


def _texts(payload: dict[str, Any], name: str, *, limit: int) -> list[str]:
    values = _list_field(payload, name, limit=limit)
    for value in values:
        if not isinstance(value, str):
            raise FrameError(msg.WS_FIELD_NOT_STRING.format(field=name), code="invalid_field", field=name)
        if not value.strip():
            raise FrameError(msg.WS_BLANK_FIELD.format(field=name), code="invalid_field", field=name)
        if len(value) > settings.MAX_JOB_DESCRIPTION_CHARS:
            raise FrameError(
                msg.WS_JOB_DESCRIPTION_TOO_LONG.format(limit=settings.MAX_JOB_DESCRIPTION_CHARS),
                code="job_description_too_long",
                field=name,
            )
    return values


def compare_command(payload: dict[str, Any]) -> CompareCommand:
    """Return the validated ``compare`` frame; raise ``FrameError`` naming the first bad field."""
    if payload.get("resume_ids") is None:
        raise FrameError(
            msg.WS_MISSING_FIELD.format(field="resume_ids"), code="missing_field", field="resume_ids"
        )
    resume_ids = _ids(payload, "resume_ids", limit=settings.COMPARE_MAX_RESUMES)
    has_ids = payload.get("job_ids") is not None
    has_texts = payload.get("job_descriptions") is not None
    if has_ids and has_texts:
        raise FrameError(msg.WS_ONE_JOB_SOURCE, code="invalid_field", field="job_ids")
    if not has_ids and not has_texts:
        raise FrameError(
            msg.WS_MISSING_FIELD.format(field="job_descriptions"),
            code="missing_field",
            field="job_descriptions",
        )
    job_ids = _ids(payload, "job_ids", limit=settings.COMPARE_MAX_JOBS) if has_ids else None
    texts = None if has_ids else _texts(payload, "job_descriptions", limit=settings.COMPARE_MAX_JOBS)
    request_id = payload.get("request_id")
    if request_id is None:
        request_id = new_request_id()
    elif not isinstance(request_id, str) or not VALID_REQUEST_ID.match(request_id):
        raise FrameError(msg.WS_INVALID_REQUEST_ID, code="invalid_field", field="request_id")
    return CompareCommand(
        resume_ids=resume_ids, job_descriptions=texts, job_ids=job_ids, request_id=request_id
    )


def _job_key(*, job_index: int, job_ids: list[int] | None) -> dict[str, int]:
    """Return how frames name a posting: its grid index, and its stored id when the grid used ``job_ids``."""
    return {"job_index": job_index, **({"job_id": job_ids[job_index]} if job_ids else {})}


def grid(*, resume_ids: list[int], job_count: int, job_ids: list[int] | None = None) -> dict[str, Any]:
    """Return the grid announced in ``comparison.started``: rows are resumes, columns postings."""
    return {
        "resume_ids": resume_ids,
        "jobs": [_job_key(job_index=index, job_ids=job_ids) for index in range(job_count)],
    }


def started_frame(*, comparison: Comparison) -> dict[str, Any]:
    return ws_frame(
        "comparison.started",
        comparison_id=comparison.pk,
        request_id=comparison.request_id,
        engine=comparison.engine,
        grid=grid(
            resume_ids=comparison.resume_ids,
            job_count=len(comparison.job_descriptions),
            job_ids=comparison.job_ids,
        ),
    )


def cell_frame(
    *, comparison_id: int, cell: dict[str, Any], job_ids: list[int] | None = None
) -> dict[str, Any]:
    """Return the ``comparison.cell`` frame of a scored pair (a dict of ``CELL_FIELDS``).

    A grid of stored postings names each cell's posting by ``job_id`` too.
    """
    fields = {name: cell[name] for name in CELL_FIELDS}
    if job_ids:
        fields["job_id"] = job_ids[cell["job_index"]]
    return ws_frame("comparison.cell", comparison_id=comparison_id, **fields)


def rankings(
    *, cells: list[dict[str, Any]], job_ids: list[int] | None = None
) -> dict[str, list[dict[str, Any]]]:
    """Return each resume's postings and each posting's resumes, best first (ties keep grid order)."""
    by_resume: dict[int, list[dict[str, Any]]] = {}
    by_job: dict[int, list[dict[str, Any]]] = {}
    for cell in cells:
        score = cell["match_score"]
        by_resume.setdefault(cell["resume_id"], []).append(
            {**_job_key(job_index=cell["job_index"], job_ids=job_ids), "match_score": score}
        )
        by_job.setdefault(cell["job_index"], []).append(
            {"resume_id": cell["resume_id"], "match_score": score}
        )
    return {
        "by_resume": [{"resume_id": key, "jobs": _best_first(items)} for key, items in by_resume.items()],
        "by_job": [
            {**_job_key(job_index=key, job_ids=job_ids), "resumes": _best_first(items)}
            for key, items in sorted(by_job.items())
        ],
    }


def _best_first(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(items, key=lambda item: -item["match_score"])


def final_frame(*, comparison: Comparison) -> dict[str, Any] | None:
    """Return the terminal frame of a finished comparison, or None while it runs."""
    if comparison.status == Comparison.Status.COMPLETED:
        return ws_frame(
            "comparison.completed",
            status=SUCCESS,
            comparison_id=comparison.pk,
            rankings=comparison.rankings,
            model_pairs=comparison.analyses,
        )
    if comparison.status in (Comparison.Status.FAILED, Comparison.Status.CANCELLED):
        fallback = CANCELLED_CODE if comparison.status == Comparison.Status.CANCELLED else INTERNAL_ERROR_CODE
        return ws_error_frame(
            frame_type=f"comparison.{comparison.status}",
            code=comparison.error_code or fallback,
            message=comparison.error_message,
            comparison_id=comparison.pk,
        )
    return None
