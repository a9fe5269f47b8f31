"""Run extraction in reusable worker processes with a wall-clock timeout and an address-space cap.

A hostile file can spin pypdf or make it allocate; the worker is killed at the deadline or dies at the
memory cap, the caller gets an ExtractionError and the pool starts a fresh worker for the next call.
Blocking pipe reads happen in a thread, so the asyncio event loop keeps serving other requests.
"""

import asyncio
import atexit
import dataclasses
import json
import logging
import os
import queue
import selectors
import subprocess
import sys
import threading
import time
from pathlib import Path

from pdf_extract.core import check_size
from pdf_extract.document import ExtractedDocument, ExtractionLimits
from pdf_extract.errors import (
    ExtractionResourceLimitError,
    ExtractionTimeoutError,
    error_from_code,
)
from pdf_extract.protocol import READY, frame, split_frame

logger = logging.getLogger(__name__)

_DEFAULT_POOL_SIZE = 2
# Time a fresh worker may take to import its libraries before the pool gives up on it.
_START_TIMEOUT_S = 30.0
_KILL_WAIT_S = 2.0
_PROJECT_ROOT = Path(__file__).resolve().parent.parent
_WORKER_ENVIRONMENT = ("PATH", "LANG", "LC_ALL", "LC_CTYPE", "TMPDIR", "VIRTUAL_ENV", "PYTHONHASHSEED")
# A reply is a resume's text plus a few facts; anything bigger means the worker is not behaving.
_MAX_REPLY_BYTES = 64 * 1024 * 1024


class _WorkerGone(Exception):
    """The worker closed its pipe: it crashed or the kernel killed it."""


class _Worker:
    """One worker process speaking length-prefixed frames over its stdin/stdout."""

    def __init__(self) -> None:
        # The worker reads hostile input, so it gets no secrets: only what an interpreter needs to start.
        environment = {name: os.environ[name] for name in _WORKER_ENVIRONMENT if name in os.environ}
        environment["PYTHONPATH"] = os.pathsep.join(
            filter(None, [str(_PROJECT_ROOT), os.environ.get("PYTHONPATH", "")])
        )
        self.process = subprocess.Popen(  # noqa: S603 - fixed argv: this interpreter and our own module
            [sys.executable, "-m", "pdf_extract.worker"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=environment,
            cwd=_PROJECT_ROOT,
        )
        self._selector = selectors.DefaultSelector()
        assert self.process.stdout is not None
        self._stdout_fd = self.process.stdout.fileno()
        os.set_blocking(self._stdout_fd, False)
        self._selector.register(self._stdout_fd, selectors.EVENT_READ)
        self._buffer = b""
        try:
            ready = self._read_frame(deadline=time.monotonic() + _START_TIMEOUT_S)
        except (_WorkerGone, ExtractionTimeoutError):
            ready = b""
        if ready != READY:
            self.stop()
            raise ExtractionResourceLimitError()

    @property
    def pid(self) -> int:
        return self.process.pid

    def run(self, *, data: bytes, filename: str | None, limits: ExtractionLimits) -> dict[str, object]:
        """Send one job and return the decoded reply; raise on deadline or when the worker is gone."""
        header = json.dumps({"filename": filename, "limits": dataclasses.asdict(limits)}).encode()
        deadline = time.monotonic() + limits.timeout_s
        assert self.process.stdin is not None
        try:
            self.process.stdin.write(frame(header) + frame(data))
            self.process.stdin.flush()
        except (BrokenPipeError, OSError) as error:
            raise _WorkerGone() from error
        return json.loads(self._read_frame(deadline=deadline))

    def alive(self) -> bool:
        return self.process.poll() is None

    def stop(self) -> None:
        self._selector.close()
        self.process.kill()
        try:
            self.process.wait(_KILL_WAIT_S)
        except subprocess.TimeoutExpired:
            logger.error("extraction worker %s did not exit after kill", self.pid)
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                stream.close()

    def _read_frame(self, *, deadline: float) -> bytes:
        while True:
            payload, self._buffer = split_frame(self._buffer)
            if payload is not None:
                return payload
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not self._selector.select(remaining):
                raise ExtractionTimeoutError()
            chunk = os.read(self._stdout_fd, 1 << 20)
            if not chunk or len(self._buffer) + len(chunk) > _MAX_REPLY_BYTES:
                raise _WorkerGone()
            self._buffer += chunk


class WorkerPool:
    """A fixed number of reusable extraction workers, safe to use from many threads at once."""

    def __init__(self, *, size: int = _DEFAULT_POOL_SIZE) -> None:
        self._slots = threading.BoundedSemaphore(size)
        self._idle: queue.SimpleQueue[_Worker] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._workers: set[_Worker] = set()
        self._size = size

    def extract(self, *, data: bytes, filename: str | None, limits: ExtractionLimits) -> ExtractedDocument:
        """Extract in a worker; block the calling thread (never an event loop) until done or cut."""
        with self._slots:
            worker = self._take()
            try:
                reply = worker.run(data=data, filename=filename, limits=limits)
            except ExtractionTimeoutError:
                logger.warning("extraction worker %s cut after %.2f s", worker.pid, limits.timeout_s)
                self._discard(worker)
                self._replace_in_background()
                raise
            except _WorkerGone as error:
                # The kernel killed it at the address-space cap, or the parser crashed the interpreter.
                logger.warning("extraction worker %s died", worker.pid)
                self._discard(worker)
                self._replace_in_background()
                raise ExtractionResourceLimitError() from error
            self._release(worker)
        document = reply.get("document")
        if isinstance(document, dict):
            return ExtractedDocument(**document)
        raise error_from_code(code=str(reply.get("code")), message=str(reply.get("message")))

    def warm_up(self) -> None:
        """Start every worker of the pool now, so no upload pays the start-up time."""
        with self._lock:
            missing = self._size - len(self._workers)
        for _ in range(missing):
            self._add_idle_worker()

    def shutdown(self) -> None:
        """Stop every worker; later calls start new ones."""
        with self._lock:
            workers, self._workers = self._workers, set()
            self._idle = queue.SimpleQueue()
        for worker in workers:
            worker.stop()

    def _take(self) -> _Worker:
        while True:
            try:
                worker = self._idle.get_nowait()
            except queue.Empty:
                break
            if worker.alive():
                return worker
            self._discard(worker)
        worker = _Worker()
        with self._lock:
            self._workers.add(worker)
        return worker

    def _release(self, worker: _Worker) -> None:
        with self._lock:
            surplus = len(self._workers) > self._size
        if worker.alive() and not surplus:
            self._idle.put(worker)
        else:
            self._discard(worker)

    def _replace_in_background(self) -> None:
        """Start a worker for the next caller now, so a cut costs that caller no start-up time."""

        def start() -> None:
            try:
                self._add_idle_worker()
            except ExtractionResourceLimitError:
                logger.error("replacement extraction worker failed to start")

        threading.Thread(target=start, name="pdf-extract-worker-start", daemon=True).start()

    def _add_idle_worker(self) -> None:
        worker = _Worker()
        with self._lock:
            self._workers.add(worker)
        self._release(worker)

    def _discard(self, worker: _Worker) -> None:
        worker.stop()
        with self._lock:
            self._workers.discard(worker)


_pool: WorkerPool | None = None
_pool_lock = threading.Lock()


def default_pool() -> WorkerPool:
    """Return the process-wide pool, created on first use and stopped at interpreter exit."""
    global _pool
    with _pool_lock:
        if _pool is None:
            _pool = WorkerPool()
            atexit.register(_pool.shutdown)
        return _pool


async def extract_document_isolated(
    data: bytes,
    *,
    filename: str | None = None,
    limits: ExtractionLimits = ExtractionLimits(),
    pool: WorkerPool | None = None,
) -> ExtractedDocument:
    """Return extract_document's result computed in a worker process under limits' time and memory caps.

    Raise an ExtractionError for bad input, a worker cut at the deadline or a worker that died.
    """
    # Size is checked here so an oversized body never crosses the pipe.
    check_size(data=data, limits=limits)
    chosen = pool if pool is not None else default_pool()
    return await asyncio.to_thread(chosen.extract, data=data, filename=filename, limits=limits)
