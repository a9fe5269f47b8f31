"""An analysis worker: a process that runs model calls for a server process, so that the server only relays.

Started by the server (``apis.resumehistory.analysis_workers``) as ``python -m ai.analysis_worker FD
SETTINGS_JSON`` with one end of a socket pair as ``FD``; it speaks one JSON object per line, many analyses
at once. Each analysis: the local engine's quick reading grounds the prompt, the model's request is built and
held until the server says ``go`` (its row is written), the chunks go back as they come while the full reading
runs beside them, and the answer is validated and held to that reading here too. The server's frames, rows,
limits and cancels stay in the server. The worker exits when the server's end of the pair closes (the server
stopped, or was killed).

Server → worker: ``{"op": "start", "id", "request_id", "engine", "config", "resume_text", "job_description",
"preview"}``, ``{"op": "go", "id", "analysis_id"}``, ``{"op": "cancel", "id"}``. Worker → server:
``{"op": "ready"}`` once, then per analysis ``chunk`` (``text``, ``input_tokens``, ``output_tokens``),
``full`` (the full reading, when ``preview``), ``end`` (the model's stream ended), then ``done``
(``analysis``) or ``error`` (``code``, ``message``) — an ``error`` may also come before ``end``. Nothing
is sent for a cancelled analysis.

Every log line of an analysis (ours, the SDK's, the local engine's) names its request id and, once the row is
written, its analysis id, as the server's lines do; never its texts.
"""

import asyncio
import gc
import json
import logging
import os
import socket
import sys
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from ai import stage_clock
from ai.base import AnalysisInput
from ai.engines import build_engine
from ai.errors import EngineError
from ai.google_genai import GeminiConfig
from ai.grounded import grounded_input, grounded_output, local_reading, quick_grounding
from ai.local_engine import embeddings
from ai.local_engine import warm_up as warm_up_engine
from ai.openai_compat import OpenAIConfig
from ai.request_gate import requests_held_until
from api_services.bounded_json import clean_text

logger = logging.getLogger("ai.analysis_worker")

INTERNAL_ERROR = "internal_error"
# A line holds a whole resume and job description (a few hundred KB at most, escaped).
LINE_LIMIT_BYTES = 16 * 1024 * 1024

Send = Callable[[dict[str, Any]], None]


@dataclass
class JobIds:
    """The ids an analysis's log lines carry (the analysis id arrives with ``go``)."""

    request_id: str = "-"
    analysis_id: str = "-"


_NO_JOB = JobIds()
_job_ids: ContextVar[JobIds | None] = ContextVar("analysis_job_ids", default=None)


class JobIdsFilter(logging.Filter):
    """Stamp ``record.request_id`` and ``record.analysis_id`` from the analysis being run."""

    def filter(self, record: logging.LogRecord) -> bool:
        ids = _job_ids.get() or _NO_JOB
        record.request_id, record.analysis_id = ids.request_id, ids.analysis_id
        return True


def _engine(message: dict[str, Any]) -> Any:
    name, config = message["engine"], message["config"]
    if name == "gemini":
        return build_engine(name=name, gemini=GeminiConfig(**config))
    return build_engine(name=name, openai=OpenAIConfig(**config))


async def run_job(
    message: dict[str, Any], ids: JobIds, go: "asyncio.Future[None]", send: Send, limits: dict[str, int]
) -> None:
    """Run one analysis for the server: send its chunks, then its validated answer or its error."""
    _job_ids.set(ids)  # this task's context: its threads and the SDK's calls log the same ids
    stage_clock.mark("worker_job")
    job_id = message["id"]
    details_max_bytes = limits["details_max_bytes"]
    try:
        engine = _engine(message)
        source = AnalysisInput(resume_text=message["resume_text"], job_description=message["job_description"])
        # On this loop, not in a thread: ~1 ms of CPU holds the GIL either way, and the two thread wake-ups
        # (there and back) each wait for a core on a busy machine, on the way to the model's request.
        analysis_input = quick_grounding(analysis_input=source, details_max_bytes=details_max_bytes)
        stage_clock.mark("quick_reading")
        full: list[asyncio.Future[dict[str, Any] | None]] = []

        def read_fully() -> None:
            # Once the model's request has left: this reading's thread would take the GIL from the loop
            # building and sending it (5 ms at a time), and a start refused by a limit needs none.
            if full:
                return  # a retry's request
            stage_clock.mark("full_reading")
            full.append(
                asyncio.ensure_future(
                    asyncio.to_thread(
                        local_reading, analysis_input=source, details_max_bytes=details_max_bytes
                    )
                )
            )
            if message["preview"]:
                full[0].add_done_callback(send_full)

        preview_sent: list[bool] = []

        def send_full(done: "asyncio.Future[dict[str, Any] | None]") -> None:
            # Once: from the reading's done-callback, or before "done" when the reading ended in the same
            # turn of the loop as the stream (its callback would then run after "done", and the server,
            # told by "done" that no preview is coming, would publish none).
            if not preview_sent:
                preview_sent.append(True)
                send({"op": "full", "id": job_id, "analysis": None if done.cancelled() else done.result()})

        texts: list[str] = []
        try:
            # Without a preview the full reading is needed only at the end: it starts once the first chunk is
            # on its way, so its thread competes neither with the request nor with that chunk (0.6-1.0 ms of
            # added time to the first chunk here). A preview goes before the first chunk: it starts at once.
            early = message["preview"]
            with requests_held_until(go, then=read_fully if early else None):
                async for chunk in engine.stream(analysis_input):
                    text = clean_text(chunk.text)
                    if not texts:
                        stage_clock.mark("worker_chunk")
                    texts.append(text)
                    send(
                        {
                            "op": "chunk",
                            "id": job_id,
                            "text": text,
                            "input_tokens": chunk.input_tokens,
                            "output_tokens": chunk.output_tokens,
                        }
                    )
                    if not full and not early:  # after the chunk's write, which ``send`` scheduled first
                        asyncio.get_running_loop().call_soon(read_fully)
        except BaseException:
            if full:
                full[0].cancel()
            raise
        send({"op": "end", "id": job_id})
        read_fully()
        local = await full[0]
        if message["preview"]:
            send_full(full[0])
        analysis_input = grounded_input(analysis_input=analysis_input, local=local)
        analysis = grounded_output(
            text="".join(texts),
            analysis_input=analysis_input,
            from_model=True,
            details_max_bytes=details_max_bytes,
            score_band=limits["score_band"],
        )
        send({"op": "done", "id": job_id, "analysis": analysis})
    except asyncio.CancelledError:
        raise
    except EngineError as exc:
        logger.warning("analysis failed in the worker: %s", exc.code)
        send({"op": "error", "id": job_id, "code": exc.code, "message": exc.message})
    except Exception:
        logger.exception("analysis worker: job %s failed unexpectedly", job_id)
        send({"op": "error", "id": job_id, "code": INTERNAL_ERROR, "message": ""})


async def serve(fd: int, limits: dict[str, int]) -> None:
    """Take the server's requests on the socket ``fd`` until the server closes its end."""
    reader, writer = await asyncio.open_unix_connection(sock=socket.socket(fileno=fd), limit=LINE_LIMIT_BYTES)

    pending: list[str] = []

    def flush() -> None:
        lines = "".join(pending)
        pending.clear()
        if not writer.is_closing():
            writer.write(lines.encode())

    def send(message: dict[str, Any]) -> None:
        # What this loop turn produces (under load, chunks of many analyses) goes out in one write.
        if not pending:
            asyncio.get_running_loop().call_soon(flush)
        pending.append(json.dumps(message, ensure_ascii=False) + "\n")

    jobs: dict[int, tuple[JobIds, asyncio.Future[None], asyncio.Task]] = {}
    send({"op": "ready"})
    while line := await reader.readline():
        message = json.loads(line)
        op, job_id = message["op"], message.get("id")
        if op == "start":
            ids = JobIds(request_id=message["request_id"])
            go = asyncio.get_running_loop().create_future()
            task = asyncio.create_task(run_job(message, ids, go, send, limits))
            jobs[job_id] = (ids, go, task)
            task.add_done_callback(lambda _, job_id=job_id: jobs.pop(job_id, None))
        elif job_id in jobs:
            ids, go, task = jobs[job_id]
            if op == "go" and not go.done():
                ids.analysis_id = str(message["analysis_id"])
                go.set_result(None)
            elif op == "cancel":
                task.cancel()
    for _, _, task in list(jobs.values()):
        task.cancel()


def main() -> None:
    fd, settings_json = int(sys.argv[1]), sys.argv[2]
    settings = json.loads(settings_json)
    logging.basicConfig(
        level=os.environ.get("LOG_LEVEL", "info").upper(),
        format="%(asctime)s %(levelname)s %(name)s [worker %(process)d req=%(request_id)s "
        "analysis=%(analysis_id)s] %(message)s",
    )
    for handler in logging.getLogger().handlers:
        handler.addFilter(JobIdsFilter())
    if settings["stage_times"]:
        stage_clock.enable()
    embeddings.configure(**settings["embeddings"])
    warm_up_engine()
    # The vocabulary and the libraries live as long as the worker: keep their ~300,000 objects out of every
    # garbage collection, as the server does (a full collection walking them took 100-200 ms here).
    gc.collect()
    gc.freeze()
    asyncio.run(serve(fd, settings["limits"]))


if __name__ == "__main__":
    main()
