"""This server process's analysis workers (``ai.analysis_worker``): model calls run there, frames stay here.

``ANALYSIS_WORKERS`` processes (default 1) are started with the server; each takes many analyses at once over
one socket pair, one JSON object per line. A model analysis (Gemini, openai) then costs this process one
short message per chunk instead of the SDK's request building and response parsing, the local engine's two
readings and the answer's validation, which run in the worker on the other core. Everything a client or the
database sees is decided here as before: limits, the row, frame numbers, cancels, the outcome stored.

No worker ready (``ANALYSIS_WORKERS=0``, not started yet, or one that died and is being replaced): the
analysis runs in this process, as it always could. A worker that dies mid-analysis fails that analysis with
``internal_error`` (its row is stored failed; the next analyses go to a replacement).
"""

import asyncio
import contextlib
import dataclasses
import json
import logging
import socket
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

from django.conf import settings

from ai.base import AnalysisEngine, AnalysisInput
from ai.grounded import GROUNDED_ENGINES
from apis.resumehistory.analysis_remote import GONE, RemoteAnalysis

logger = logging.getLogger(__name__)

_PROJECT_ROOT = Path(__file__).resolve().parent.parent.parent
_START_TIMEOUT_S = 60.0
_READY_LINE = b'{"op": "ready"}\n'
_LINE_LIMIT_BYTES = 16 * 1024 * 1024


class Worker:
    """One worker process and this process's end of its socket pair."""

    def __init__(self) -> None:
        ours, theirs = socket.socketpair()
        worker_settings = {
            "limits": {
                "details_max_bytes": settings.ANALYSIS_DETAILS_MAX_BYTES,
                "score_band": settings.MODEL_SCORE_BAND,
            },
            "stage_times": settings.STAGE_TIMES,
            "embeddings": {
                "enabled": settings.ENGINE_EMBEDDINGS != "off",
                "threads": settings.ENGINE_EMBEDDINGS_THREADS,
                "cache_size": settings.ENGINE_EMBEDDINGS_CACHE,
                "kind": "model" if settings.ENGINE_EMBEDDINGS == "model" else "static",
            },
        }
        command = [
            sys.executable,
            "-m",
            "ai.analysis_worker",
            str(theirs.fileno()),
            json.dumps(worker_settings),
        ]
        self.process = subprocess.Popen(  # noqa: S603 - fixed argv: this interpreter and our own module
            command, pass_fds=[theirs.fileno()], cwd=_PROJECT_ROOT
        )
        theirs.close()
        self.socket = ours
        self.analyses: dict[int, RemoteAnalysis] = {}
        self.writer: asyncio.StreamWriter | None = None
        self.alive = True
        self.handed = 0  # analyses handed to it so far
        ours.settimeout(_START_TIMEOUT_S)
        try:
            ready = ours.recv(len(_READY_LINE))
        except OSError:
            ready = b""
        if ready != _READY_LINE:
            self.stop()
            raise RuntimeError("the analysis worker did not start")
        ours.setblocking(False)

    async def attach(self) -> None:
        """Read the worker's replies on the running event loop (once)."""
        reader, self.writer = await asyncio.open_unix_connection(sock=self.socket, limit=_LINE_LIMIT_BYTES)
        asyncio.get_running_loop().create_task(self._read(reader), name=f"analysis-worker-{self.process.pid}")

    async def _read(self, reader: asyncio.StreamReader) -> None:
        try:
            while line := await reader.readline():
                message = json.loads(line)
                analysis = self.analyses.get(message.get("id"))
                if analysis is not None:
                    analysis.deliver(message)
        except Exception:
            logger.exception("analysis worker %s: its replies could not be read", self.process.pid)
        self._gone()

    def start(
        self, *, request_id: str, engine: AnalysisEngine, analysis_input: AnalysisInput
    ) -> RemoteAnalysis:
        self.handed += 1
        analysis = RemoteAnalysis(self, self.handed)
        self.analyses[self.handed] = analysis

        self.send(
            {
                "op": "start",
                "id": self.handed,
                "request_id": request_id,
                "engine": engine.name,
                "config": dataclasses.asdict(engine.config),
                "resume_text": analysis_input.resume_text,
                "job_description": analysis_input.job_description,
                "preview": settings.ANALYSIS_PREVIEW,
            }
        )
        return analysis

    def send(self, message: dict[str, Any]) -> None:
        if self.alive and self.writer is not None and not self.writer.is_closing():
            self.writer.write(json.dumps(message, ensure_ascii=False).encode() + b"\n")

    def _gone(self) -> None:
        if not self.alive:
            return
        self.alive = False
        logger.error("analysis worker %s stopped; %d analyses fail", self.process.pid, len(self.analyses))
        for analysis in list(self.analyses.values()):
            analysis.deliver(GONE)
        self.analyses.clear()
        self.stop()
        pool.replace(self)

    def stop(self) -> None:
        self.alive = False
        with contextlib.suppress(OSError, RuntimeError):  # RuntimeError: its event loop is closed
            if self.writer is not None:
                self.writer.close()
            self.socket.close()
        self.process.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(2.0)


class WorkerPool:
    """The worker processes of this server process."""

    def __init__(self) -> None:
        self.workers: list[Worker] = []
        self._lock = threading.Lock()
        self._attaching: dict[Worker, asyncio.Task] = {}
        self._changed = threading.Condition(self._lock)

    def start(self, count: int) -> None:
        """Start ``count`` workers (blocking: call it from a thread at server start)."""
        for _ in range(count):
            self._add()

    def _add(self) -> None:
        try:
            worker = Worker()
        except Exception:
            logger.exception("an analysis worker could not be started; analyses run in this process")
            return
        with self._lock:
            self.workers.append(worker)
            self._changed.notify_all()
        logger.info("analysis worker %s started", worker.process.pid)

    def wait_ready(self, timeout_s: float) -> bool:
        """Block until a worker is ready (after a start or a replacement); False after ``timeout_s``."""
        with self._lock:
            return self._changed.wait_for(
                lambda: any(worker.alive for worker in self.workers), timeout=timeout_s
            )

    def replace(self, worker: Worker) -> None:
        """Drop a dead worker and start another in the background."""
        with self._lock:
            if worker not in self.workers:
                return
            self.workers.remove(worker)
        threading.Thread(target=self._add, name="analysis-worker-start", daemon=True).start()

    async def start_analysis(
        self, *, request_id: str, engine: AnalysisEngine, analysis_input: AnalysisInput
    ) -> RemoteAnalysis | None:
        """Hand a model analysis to the least busy worker; None when it must run here (no worker ready)."""
        if engine.name not in GROUNDED_ENGINES:
            return None
        with self._lock:
            ready = [worker for worker in self.workers if worker.alive]
        if not ready:
            return None
        worker = min(ready, key=lambda candidate: len(candidate.analyses))
        try:
            if worker.writer is None:
                if worker not in self._attaching:
                    self._attaching[worker] = asyncio.ensure_future(worker.attach())
                await asyncio.shield(self._attaching[worker])
            return worker.start(request_id=request_id, engine=engine, analysis_input=analysis_input)
        except Exception:  # e.g. an engine without a plain config: this process runs it, as before
            logger.exception("analysis worker %s could not take an analysis", worker.process.pid)
            return None

    def shutdown(self) -> None:
        with self._lock:
            workers, self.workers = self.workers, []
        for worker in workers:
            worker.stop()


pool = WorkerPool()
