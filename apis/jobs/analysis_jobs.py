"""Let an analysis start from a stored posting: ``job_id`` in the start frame stands for its text."""

from typing import Any

from channels.db import database_sync_to_async

from api_services import status_messages as msg
from apis.resumehistory.analysis_frames import FrameError, frame_id
from db_cruds.jobs import job_get


async def job_payload(*, user_id: int, payload: dict[str, Any]) -> tuple[dict[str, Any], int | None, str]:
    """Return the frame with the user's job text as ``job_description``, the job's id and its title.

    A frame without ``job_id`` is returned unchanged; a missing or foreign job is a ``not_found`` error.
    """
    if payload.get("job_id") is None:
        return payload, None, ""
    if payload.get("job_description") is not None:
        raise FrameError(msg.WS_ONE_JOB_FOR_ANALYSIS, code="invalid_field", field="job_id")
    job_id = frame_id(payload, "job_id")
    job = await database_sync_to_async(job_get)(user_id=user_id, job_id=job_id)
    if job is None:
        raise FrameError(msg.JOB_NOT_FOUND, code="not_found", field="job_id")
    return {**payload, "job_description": job.text}, job.pk, job.title
