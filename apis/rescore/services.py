"""Live re-score: the local engine scores the resume being edited, over the open socket; nothing stored.

How it works (README "Dashboard"): the client sends ``{"action": "rescore", "resume_text", "job_description",
"request_id"}`` after a pause in the edits (``RESCORE_DEBOUNCE_MS``, announced in ``connected``). The frame is
checked like an analyze frame (same fields, same size limits). Each socket has one ``Rescorer``: one re-score
runs at a time, off the event loop; a frame arriving meanwhile waits, and a newer one replaces it (only the
latest text matters while typing), and runs start at least ``RESCORE_MIN_INTERVAL_MS`` apart. The answer is
``rescore.result`` (the full local analysis) or ``rescore.failed``, both carrying the frame's ``request_id``.
"""

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

from django.conf import settings

from ai.base import AnalysisInput
from ai.local_engine import MODEL_NAME as LOCAL_MODEL_NAME
from api_services import status_messages as msg
from api_services.const_response import SUCCESS, ws_error_frame, ws_frame
from api_services.custom_exceptions import AppError
from apis.resumehistory.analysis_frames import AnalyzeCommand, FrameError, analyze_command
from apis.resumehistory.grounding_services import local_analysis_run

logger = logging.getLogger(__name__)

RESULT = "rescore.result"
FAILED = "rescore.failed"
ENGINE_NAME = "local"

SendFrame = Callable[[dict[str, Any]], Awaitable[None]]


def rescore_command(payload: dict[str, Any]) -> AnalyzeCommand:
    """Return the validated ``rescore`` frame: an analyze frame with both texts inline.

    Raise ``FrameError`` (the analyze frame's codes and limits) naming the first bad field.
    """
    for name in ("resume_id", "job_id"):
        if payload.get(name) is not None:
            raise FrameError(msg.WS_RESCORE_TEXT_ONLY, code="invalid_field", field=name)
    return analyze_command(payload)


def _failed_frame(exc: AppError, request_id: Any) -> dict[str, Any]:
    fields = dict(getattr(exc, "fields", {}))
    if isinstance(request_id, str):
        fields["request_id"] = request_id
    return ws_error_frame(frame_type=FAILED, code=exc.code, message=exc.message, **fields)


def rescore_run(command: AnalyzeCommand) -> dict[str, Any]:
    """Return the ``rescore.result`` (or ``rescore.failed``) frame for ``command``; runs the engine here."""
    started = time.perf_counter()
    analysis = local_analysis_run(
        analysis_input=AnalysisInput(
            resume_text=command.resume_text or "", job_description=command.job_description
        )
    )
    engine_ms = round((time.perf_counter() - started) * 1000, 1)
    if analysis is None:
        return ws_error_frame(
            frame_type=FAILED,
            code="rescore_failed",
            message=msg.WS_RESCORE_FAILED,
            request_id=command.request_id,
        )
    return ws_frame(
        RESULT,
        status=SUCCESS,
        request_id=command.request_id,
        engine=ENGINE_NAME,
        model=LOCAL_MODEL_NAME,
        engine_ms=engine_ms,
        ai_analysis=analysis,
    )


class Rescorer:
    """One socket's re-scores: one at a time, the latest waiting one kept, starts spaced by a minimum."""

    def __init__(self, *, send: SendFrame, user_id: int) -> None:
        self._send = send
        self._user_id = user_id
        self._waiting: AnalyzeCommand | None = None
        self._task: asyncio.Task | None = None
        self._last_start = float("-inf")

    async def submit(self, payload: dict[str, Any]) -> None:
        """Queue the re-score ``payload`` asks for (replacing any waiting one); answer a bad frame at once."""
        try:
            command = rescore_command(payload)
        except AppError as exc:
            await self._send(_failed_frame(exc, payload.get("request_id")))
            return
        if self._waiting is not None:
            logger.debug(
                "user %s: re-score %s replaced by %s",
                self._user_id,
                self._waiting.request_id,
                command.request_id,
            )
        self._waiting = command
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._drain(), name=f"rescore-user-{self._user_id}")

    async def _drain(self) -> None:
        loop = asyncio.get_running_loop()
        interval_s = settings.RESCORE_MIN_INTERVAL_MS / 1000
        while self._waiting is not None:
            delay = self._last_start + interval_s - loop.time()
            if delay > 0:
                await asyncio.sleep(
                    delay
                )  # the throttle: a newer frame may replace the waiting one meanwhile
            command, self._waiting = self._waiting, None
            self._last_start = loop.time()
            frame = await asyncio.to_thread(rescore_run, command)
            await self._send(frame)

    def close(self) -> None:
        """Stop (the socket closed): the running re-score's answer and any waiting one are dropped."""
        self._waiting = None
        if self._task is not None:
            self._task.cancel()
