"""Run one analysis: stream the engine's answer as numbered frames, then store and publish the outcome."""

import asyncio
import logging
import time
from typing import Any

from django.conf import settings

from ai import stage_clock
from ai.errors import EngineError
from ai.json_stream import JsonFieldStream
from ai.local_engine import MODEL_NAME as LOCAL_MODEL_NAME
from ai.read_ahead import read_ahead
from ai.request_gate import requests_held_until
from api_services import status_messages as msg
from api_services.bounded_json import clean_text, clean_value
from api_services.const_response import ws_frame
from api_services.outages import is_outage, retry_while_unreachable
from api_services.request_context import request_id_var
from apis.resumehistory.analysis_coalesce import ChunkCoalescer
from apis.resumehistory.analysis_run import (
    ANALYSIS_TIMEOUT_CODE,
    CANCELLED_CODE,
    INTERNAL_ERROR_CODE,
    OUTCOME_NOT_STORED_CODE,
    Run,
    final_frame,
    on_database,
    running,
)
from apis.resumehistory.grounding_services import (
    GROUNDED_ENGINES,
    analysis_input_ground,
    analysis_input_ground_quickly,
    analysis_output_validate,
    local_analysis_run,
)
from apis.resumehistory.models import ResumeHistory
from db_cruds import analysis_runs as runs

logger = logging.getLogger(__name__)


# How long a run waits after the model's last chunk before its end-of-stream work: enough for the event
# loop to hand that chunk to the sockets first (a few callbacks), short enough not to delay the outcome.
LAST_CHUNK_RELAY_TURN_S = 0.001


async def run_analysis(run: Run) -> None:
    request_id_var.set(run.request_id)
    try:
        if run.engine.name == "local":  # it sends no request that could be held: start it once admitted
            await asyncio.shield(run.admitted)
        with requests_held_until(run.admitted):
            await _execute(run)
    finally:
        running.pop(run.analysis_id, None)
        run.release_model_slot()


async def _publish_preview(run: Run, preview: "asyncio.Future[dict[str, Any] | None]") -> None:
    """Publish the local engine's full analysis as ``analysis.preview`` (nothing if it failed)."""
    analysis = await preview
    if analysis is not None:
        await run.publish(_preview_frame(run, analysis))


def _preview_frame(run: Run, analysis: dict[str, Any]) -> dict[str, Any]:
    """Return the local engine's analysis as the ``analysis.preview`` frame."""
    return ws_frame(
        "analysis.preview",
        analysis_id=run.analysis_id,
        engine="local",
        model=LOCAL_MODEL_NAME,
        ai_analysis=analysis,
    )


async def _execute(run: Run) -> None:
    """Stream the engine's answer to the group, then store and publish the outcome."""
    # A model is grounded in the local engine's requirements: a quick reading (words only, no embeddings:
    # milliseconds) goes into its prompt, while the full analysis runs beside the model's stream; the full one
    # is the ``analysis.preview`` frame and, at the end, the evidence and score the answer is held to. An
    # analysis worker does all of that, and the model call, in its own process when one is ready.
    remote = run.remote
    full: asyncio.Future[dict[str, Any] | None] | None = None
    source = run.analysis_input
    grounded_here = remote is None and run.engine.name in GROUNDED_ENGINES

    def read_fully() -> "asyncio.Future[dict[str, Any] | None]":
        return asyncio.ensure_future(asyncio.to_thread(local_analysis_run, analysis_input=source))

    if remote is not None:
        stream = remote.chunks()
        full = remote.full
    else:
        if grounded_here:
            run.analysis_input = await asyncio.to_thread(analysis_input_ground_quickly, analysis_input=source)
            # Without a preview the full reading is needed only at the end: it starts after the first chunk,
            # so its thread does not compete with the request's building and the first frame.
            full = read_fully() if settings.ANALYSIS_PREVIEW else None
        stream = run.engine.stream(run.analysis_input)
        if run.engine.name != "local":  # a model's request is hung up on as soon as the run stops reading
            stream = read_ahead(stream)
    preview = full if full is not None and settings.ANALYSIS_PREVIEW else None
    parser = JsonFieldStream()
    texts: list[str] = []
    chunks: ChunkCoalescer | None = None  # made at the first chunk: the row's id is known by then
    usage: dict[str, int | None] = {"input_tokens": None, "output_tokens": None}
    first_chunk_ms: int | None = None
    outcome: dict[str, Any]
    try:
        async with asyncio.timeout(settings.ANALYSIS_TIMEOUT_S):
            try:
                async for chunk in stream:
                    if chunk.input_tokens is not None:
                        usage["input_tokens"] = chunk.input_tokens
                    if chunk.output_tokens is not None:
                        usage["output_tokens"] = chunk.output_tokens
                    if not chunk.text:
                        continue
                    if preview is not None:
                        await run.admitted  # the frame carries the row's id
                        await _publish_preview(run, preview)
                        preview = None
                    if chunks is None:
                        stage_clock.mark("first_chunk")
                        first_chunk_ms = _elapsed_ms(run)
                        chunks = ChunkCoalescer(analysis_id=run.analysis_id, publish=run.publish)
                    # A raw NUL or lone surrogate cannot be sent as UTF-8 (nor stored): never let one through.
                    delta = clean_text(chunk.text)
                    texts.append(delta)
                    fields = [
                        ws_frame(
                            "analysis.field",
                            analysis_id=run.analysis_id,
                            field=name,
                            value=clean_value(value),
                        )
                        for name, value in parser.feed(delta)
                    ]
                    await chunks.delta(delta, fields=fields)
                    if len(texts) == 1:
                        stage_clock.mark("frame_sent")
                        if grounded_here and full is None:
                            full = read_fully()
            finally:
                # A cancel or timeout that lands while a frame is going out leaves the stream suspended: close
                # it now, so the model's request is hung up on at once (not when the stream is collected).
                await stream.aclose()
                if chunks is not None:  # held deltas go out before anything else: the outcome, or a failure
                    await chunks.flush()
        # The last chunk is still on its way to the sockets: the stream's end was already buffered, so this
        # task went on without yielding. Give the relay its turn before storing the outcome (~3 ms here).
        await asyncio.sleep(LAST_CHUNK_RELAY_TURN_S)
        if remote is not None:
            analysis = await remote.analysis()
        else:
            if grounded_here and full is None:  # the stream ended without a text chunk
                full = read_fully()
            if full is not None and (local := await full) is not None:
                run.analysis_input = analysis_input_ground(analysis_input=run.analysis_input, local=local)
            analysis = analysis_output_validate(
                text="".join(texts), analysis_input=run.analysis_input, from_model=run.engine.name != "local"
            )
        outcome = {"status": ResumeHistory.Status.COMPLETED, "ai_analysis": analysis}
    except TimeoutError:
        limit = settings.ANALYSIS_TIMEOUT_S
        outcome = _failure(ANALYSIS_TIMEOUT_CODE, msg.ANALYSIS_TIMED_OUT.format(limit=limit))
    except EngineError as exc:
        outcome = _failure(exc.code, exc.message)
    except asyncio.CancelledError:
        if not run.admitted.done():  # refused before its request was sent: there is no row to finish
            raise
        if not run.cancel_requested:  # the process is stopping: leave the row failed, not running
            outcome = _failure(runs.INTERRUPTED, msg.ANALYSIS_INTERRUPTED)
            await _finish(run, outcome=outcome, first_chunk_ms=first_chunk_ms, usage=usage, preview=None)
            raise
        asyncio.current_task().uncancel()
        outcome = {
            "status": ResumeHistory.Status.CANCELLED,
            "error_code": CANCELLED_CODE,
            "error_message": msg.ANALYSIS_CANCELLED,
        }
    except Exception:
        logger.exception("analysis %s failed unexpectedly", run.analysis_id)
        outcome = _failure(INTERNAL_ERROR_CODE, msg.ANALYSIS_INTERNAL_ERROR)
    await _finish(run, outcome=outcome, first_chunk_ms=first_chunk_ms, usage=usage, preview=preview)


def _failure(code: str, message: str) -> dict[str, Any]:
    return {"status": ResumeHistory.Status.FAILED, "error_code": code, "error_message": message}


def _elapsed_ms(run: Run) -> int:
    return int((time.monotonic() - run.started) * 1000)


async def _finish(
    run: Run,
    *,
    outcome: dict[str, Any],
    first_chunk_ms: int | None,
    usage: dict[str, int | None],
    preview: "asyncio.Future[dict[str, Any] | None] | None",
) -> None:
    """Store the outcome (never a partial answer), then publish the preview if pending and the final frame.

    ``preview`` is the local engine's analysis not yet published.
    """
    run.release_model_slot()
    analysis = outcome.get("ai_analysis")
    duration_ms = _elapsed_ms(run)
    fields = {
        **outcome,
        "match_score": analysis["match_score"] if analysis else None,
        "time_to_first_chunk_ms": first_chunk_ms,
        "duration_ms": duration_ms,
        **usage,
    }
    finish = on_database(pg=runs.analysis_finish_pg, orm=runs.analysis_finish)
    try:
        # The database away when the run ends: keep the outcome and store it once it is back (the run stays
        # in ``running`` meanwhile, so the sweep does not take it for an orphan).
        await retry_while_unreachable(
            lambda: finish(analysis_id=run.analysis_id, **fields),
            budget_s=settings.ANALYSIS_STORE_RETRY_S,
            what=f"analysis {run.analysis_id}: storing the outcome",
        )
    except Exception as exc:  # an outage is one line (the sweep fails the row once the database is back)
        logger.error(
            "analysis %s: the outcome could not be stored", run.analysis_id, exc_info=not is_outage(exc)
        )
        fields = _failure(OUTCOME_NOT_STORED_CODE, msg.ANALYSIS_INTERNAL_ERROR)
        try:  # the row must not stay running: store the failure (no model text in it)
            await finish(analysis_id=run.analysis_id, duration_ms=duration_ms, **fields)
        except Exception as again:
            logger.error(
                "analysis %s: the failure could not be stored either",
                run.analysis_id,
                exc_info=not is_outage(again),
            )
    if preview is not None:
        await _publish_preview(run, preview)
    row = ResumeHistory(pk=run.analysis_id, status=fields["status"], ai_analysis=fields.get("ai_analysis"))
    row.error_code = fields.get("error_code", "")
    row.error_message = fields.get("error_message", "")
    try:
        await run.publish(final_frame(row))
    except Exception:  # followers still get the outcome from the row (subscribe) once the layer is back
        logger.exception("analysis %s: the final frame could not be published", run.analysis_id)
    logger.info(
        "analysis %s %s (%s) in %sms, first chunk %sms",
        run.analysis_id,
        fields["status"],
        fields.get("error_code") or "ok",
        duration_ms,
        first_chunk_ms,
    )
