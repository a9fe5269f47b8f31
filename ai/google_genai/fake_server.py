"""A local fake of Gemini's ``streamGenerateContent`` SSE endpoint, with scripted chunks, delays and faults.

Tests start it in a background thread (``FakeGemini().start()``) and point ``GEMINI_BASE_URL`` at ``.url``;
the real google-genai SDK then talks to it over HTTP. Each request takes the next queued ``Script`` (or the
default one) and is recorded (body, headers, when each chunk was sent, when the client hung up).
Other engineers run it by hand for browser tests and benchmarks:

    python -m ai.google_genai.fake_server --port 8765 --chunk-delay-ms 100

With ``--timestamps`` every chunk carries ``@<time.monotonic_ns()>;`` (when it was sent) inside the reasoning
text, and the first one also ``^<ns>;`` (when the request arrived), so a client on the same machine can tell
the model's own time to first chunk from the server's, and the relay latency of each chunk
(``bench/stream_latency.py``).
"""

import argparse
import asyncio
import contextlib
import json
import logging
import re
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from ai.google_genai.prompt import read_user_message

logger = logging.getLogger(__name__)

_STATUS_TEXT = {200: "OK", 400: "Bad Request", 404: "Not Found", 429: "Too Many Requests", 500: "Internal"}
_ERROR_STATUS = {
    400: "INVALID_ARGUMENT",
    403: "PERMISSION_DENIED",
    429: "RESOURCE_EXHAUSTED",
    500: "INTERNAL",
}
_WORD = re.compile(r"\b[A-Z][A-Za-z0-9+#.]{1,30}\b")
_COMMON_WORDS = frozenset({"We", "You", "Our", "The", "This", "Are", "Is", "And", "Nice", "Must", "Strong"})
TIMESTAMP_MARK = re.compile(r"@(\d+);")
RECEIVED_MARK = re.compile(r"\^(\d+);")


@dataclass
class Script:
    """How to answer one request.

    ``chunks``: the texts to stream (default: a valid analysis derived from the request, in ``chunk_count``
    pieces). ``status``: an HTTP error status answered instead of a stream. ``cut_after`` / ``stall_after`` /
    ``error_after``: after that many chunks, drop the connection / stop sending while keeping it open / send
    an SSE error event (``error_status``). ``finish_reason``: sent with the last chunk (None: never).
    """

    chunks: list[str] | None = None
    chunk_count: int = 6
    first_delay_s: float = 0.0
    chunk_delay_s: float = 0.0
    status: int = 200
    cut_after: int | None = None
    stall_after: int | None = None
    error_after: int | None = None
    error_status: int = 500
    finish_reason: str | None = "STOP"
    timestamps: bool = False


@dataclass
class RecordedRequest:
    """One request the fake received, and what happened to it."""

    path: str
    headers: dict[str, str]
    body: dict[str, Any]
    received_at: float
    received_ns: int = 0
    chunk_sent_at: list[float] = field(default_factory=list)
    finished_at: float | None = None
    client_closed_at: float | None = None

    @property
    def user_text(self) -> str:
        """Return the text of the user message (Gemini ``contents`` or OpenAI-style ``messages``)."""
        if "messages" in self.body:
            return "".join(m.get("content") or "" for m in self.body["messages"] if m.get("role") == "user")
        return "".join(
            part.get("text", "") for content in self.body.get("contents", []) for part in content["parts"]
        )


def default_analysis(user_text: str) -> dict[str, Any]:
    """Return a valid analysis, as a model that follows the prompt would.

    With the engine's requirements in the prompt it echoes the engine's score and missing requirements;
    without them its missing keywords are capitalised job words absent from the resume, and it scores 64.
    """
    blocks = read_user_message(user_text)
    if "engine_requirements" in blocks:
        engine = json.loads(blocks["engine_requirements"])
        return {
            "match_score": engine["engine_score"],
            "missing_keywords": engine["missing_keywords"],
            "sentence_to_improve": "Worked on backend services.",
            "recommended_improvement": "Built and ran backend services in Python.",
            "reasoning": "The resume covers the core stack but misses some requested tools.",
        }
    resume = blocks.get("resume", "").lower()
    missing: list[str] = []
    for word in _WORD.findall(blocks.get("job_description", "")):
        word = word.rstrip(".")
        if word.lower() not in resume and word not in missing and word not in _COMMON_WORDS:
            missing.append(word)
    return {
        "match_score": 64,
        "missing_keywords": missing[:5],
        "sentence_to_improve": "Worked on backend services.",
        "recommended_improvement": "Built and ran backend services in Python.",
        "reasoning": "The resume covers the core stack but misses some requested tools.",
    }


def split_text(text: str, count: int) -> list[str]:
    """Return ``text`` cut into ``count`` pieces of about equal length (cut anywhere)."""
    count = max(1, min(count, len(text)))
    size = -(-len(text) // count)
    return [text[i : i + size] for i in range(0, len(text), size)]


def _timestamped_chunks(count: int) -> list[str]:
    head = '{"match_score": 50, "missing_keywords": [], "sentence_to_improve": "", '
    head += '"recommended_improvement": "", "reasoning": "'
    return [head] + ["" for _ in range(count - 1)]


def _sse_event(payload: dict[str, Any]) -> bytes:
    return f"data: {json.dumps(payload)}\r\n\r\n".encode()


def _chunk_payload(*, text: str, model: str, finish_reason: str | None, usage: bool) -> dict[str, Any]:
    candidate: dict[str, Any] = {"content": {"parts": [{"text": text}], "role": "model"}, "index": 0}
    if finish_reason:
        candidate["finishReason"] = finish_reason
    payload: dict[str, Any] = {"candidates": [candidate], "modelVersion": model}
    if usage:
        payload["usageMetadata"] = {
            "promptTokenCount": 321,
            "candidatesTokenCount": 87,
            "totalTokenCount": 408,
        }
    return payload


class FakeGemini:
    """The fake server; ``start()`` runs it on a background thread, ``serve()`` in the current loop.

    The wire format lives in the methods ``_accepts`` … ``_stream_end``; a fake of another API subclasses this
    class and overrides them (``ai/openai_compat/fake_server.py``).
    """

    name = "fake-gemini"

    def __init__(self, *, host: str = "127.0.0.1", port: int = 0, default: Script | None = None) -> None:
        self.host = host
        self.port = port
        self.default = default or Script()
        self.requests: list[RecordedRequest] = []
        self._queue: list[Script] = []
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._server: asyncio.Server | None = None
        self._changed = threading.Condition(self._lock)

    @property
    def url(self) -> str:
        """Return the base URL to give the SDK (``GEMINI_BASE_URL``)."""
        return f"http://{self.host}:{self.port}"

    def enqueue(self, *scripts: Script) -> None:
        """Answer the next requests with ``scripts``, in order; later ones get the default script."""
        with self._lock:
            self._queue.extend(scripts)

    def reset(self) -> None:
        """Forget queued scripts and recorded requests."""
        with self._lock:
            self._queue.clear()
            self.requests.clear()

    def wait_for(self, predicate: Any, *, timeout_s: float = 5.0) -> bool:
        """Block until ``predicate(self.requests)`` is true or ``timeout_s`` passes; return the outcome."""
        deadline = time.monotonic() + timeout_s
        with self._changed:
            while not predicate(self.requests):
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                self._changed.wait(remaining)
        return True

    def _notify(self) -> None:
        with self._changed:
            self._changed.notify_all()

    def _next_script(self) -> Script:
        with self._lock:
            return self._queue.pop(0) if self._queue else self.default

    async def serve(self) -> None:
        """Listen on ``host:port`` (port 0 picks a free one, stored in ``self.port``)."""
        self._server = await asyncio.start_server(self._handle_connection, self.host, self.port, backlog=1024)
        self.port = self._server.sockets[0].getsockname()[1]

    def start(self) -> "FakeGemini":
        """Run the server on a daemon thread; return once it listens."""
        ready = threading.Event()
        self._loop = asyncio.new_event_loop()

        def run() -> None:
            assert self._loop is not None
            asyncio.set_event_loop(self._loop)
            self._loop.run_until_complete(self.serve())
            ready.set()
            self._loop.run_forever()

        self._thread = threading.Thread(target=run, name=self.name, daemon=True)
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError(f"the {self.name} server did not start")
        return self

    def stop(self) -> None:
        """Stop the background server."""
        if self._loop is None or self._thread is None:
            return

        async def shutdown() -> None:
            if self._server is not None:
                self._server.close()
            for task in asyncio.all_tasks():
                if task is not asyncio.current_task():
                    task.cancel()

        asyncio.run_coroutine_threadsafe(shutdown(), self._loop).result(5)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)

    async def _handle_connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                request_line, *header_lines = head.decode("latin-1").split("\r\n")
                method, path, _ = request_line.split(" ", 2)
                headers = {}
                for line in header_lines:
                    if ":" in line:
                        name, value = line.split(":", 1)
                        headers[name.strip().lower()] = value.strip()
                body = await reader.readexactly(int(headers.get("content-length", "0")))
                keep_open = await self._respond(method, path, headers, body, reader, writer)
                if not keep_open:
                    break
        except (
            asyncio.IncompleteReadError,
            ConnectionError,
            asyncio.LimitOverrunError,
            asyncio.CancelledError,
        ):
            pass  # the client left, or the server is stopping
        finally:
            with contextlib.suppress(Exception):
                writer.close()

    async def _respond(
        self,
        method: str,
        path: str,
        headers: dict[str, str],
        raw_body: bytes,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
    ) -> bool:
        if method != "POST" or not self._accepts(path):
            await self._send_error(writer, 404, "Only the streaming endpoint is faked.")
            return True
        record = RecordedRequest(
            path=path,
            headers=headers,
            body=json.loads(raw_body or b"{}"),
            received_at=time.monotonic(),
            received_ns=time.monotonic_ns(),
        )
        with self._lock:
            self.requests.append(record)
        self._notify()
        script = self._next_script()
        if script.status != 200:
            await self._send_error(writer, script.status, "Scripted failure.")
            record.finished_at = time.monotonic()
            self._notify()
            return True
        hangup = asyncio.ensure_future(reader.read(1))  # b"" once the client closes the connection
        try:
            return await self._stream(record, script, writer, hangup)
        finally:
            hangup.cancel()
            self._notify()

    # --- the wire format (overridden by fakes of other APIs) ---

    def _accepts(self, path: str) -> bool:
        return ":streamGenerateContent" in path

    def _model_of(self, record: RecordedRequest) -> str:
        return record.path.rsplit("/", 1)[-1].split(":", 1)[0]

    def _error_body(self, status: int, message: str) -> dict[str, Any]:
        return {"error": {"code": status, "message": message, "status": _ERROR_STATUS.get(status, "UNKNOWN")}}

    def _chunk_event(self, *, text: str, model: str, finish_reason: str | None, usage: bool) -> bytes:
        return _sse_event(_chunk_payload(text=text, model=model, finish_reason=finish_reason, usage=usage))

    def _stream_end(self) -> bytes:
        """Return the bytes sent after the last chunk (none for Gemini)."""
        return b""

    async def _send_error(self, writer: asyncio.StreamWriter, status: int, message: str) -> None:
        body = json.dumps(self._error_body(status, message)).encode()
        writer.write(
            f"HTTP/1.1 {status} {_STATUS_TEXT.get(status, 'Error')}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n\r\n".encode()
            + body
        )
        await writer.drain()

    async def _pause(self, seconds: float, hangup: "asyncio.Future[bytes]", record: RecordedRequest) -> bool:
        """Wait ``seconds`` (forever when negative); return False when the client hung up meanwhile."""
        if hangup.done():
            record.client_closed_at = record.client_closed_at or time.monotonic()
            return False
        if seconds == 0:
            return True
        try:
            await asyncio.wait_for(asyncio.shield(hangup), None if seconds < 0 else seconds)
        except TimeoutError:
            return True
        record.client_closed_at = time.monotonic()
        return False

    async def _stream(
        self,
        record: RecordedRequest,
        script: Script,
        writer: asyncio.StreamWriter,
        hangup: "asyncio.Future[bytes]",
    ) -> bool:
        model = self._model_of(record)
        if script.chunks is not None:
            texts = list(script.chunks)
        elif script.timestamps:
            texts = _timestamped_chunks(script.chunk_count)
        else:
            texts = split_text(json.dumps(default_analysis(record.user_text)), script.chunk_count)
        writer.write(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"
        )
        for index, text in enumerate(texts):
            if not await self._pause(
                script.first_delay_s if index == 0 else script.chunk_delay_s, hangup, record
            ):
                return False
            if index == script.cut_after:
                writer.transport.abort()
                record.finished_at = time.monotonic()
                return False
            if index == script.stall_after:
                await self._pause(-1, hangup, record)
                return False
            if index == script.error_after:
                event = _sse_event(self._error_body(script.error_status, "Scripted mid-stream failure."))
                writer.write(b"%x\r\n%s\r\n0\r\n\r\n" % (len(event), event))
                await writer.drain()
                record.finished_at = time.monotonic()
                return True
            last = index == len(texts) - 1
            if script.timestamps:
                received = f"^{record.received_ns};" if index == 0 else ""
                text += f"{received}@{time.monotonic_ns()};" + ('"}' if last else "")
            event = self._chunk_event(
                text=text, model=model, finish_reason=script.finish_reason if last else None, usage=last
            )
            writer.write(b"%x\r\n%s\r\n" % (len(event), event))
            await writer.drain()
            record.chunk_sent_at.append(time.monotonic())
            self._notify()
        end = self._stream_end()
        writer.write((b"%x\r\n%s\r\n" % (len(end), end) if end else b"") + b"0\r\n\r\n")
        await writer.drain()
        record.finished_at = time.monotonic()
        return True


async def _main(args: argparse.Namespace, server_class: type[FakeGemini]) -> None:
    server = server_class(
        host=args.host,
        port=args.port,
        default=Script(
            chunk_count=args.chunks,
            first_delay_s=args.first_delay_ms / 1000,
            chunk_delay_s=args.chunk_delay_ms / 1000,
            timestamps=args.timestamps,
        ),
    )
    await server.serve()
    logger.warning("%s listening on %s", server.name, server.url)
    await asyncio.Event().wait()


def main(server_class: type[FakeGemini] = FakeGemini, *, port: int = 8765) -> None:
    """Run the fake server (``server_class``) until interrupted."""
    parser = argparse.ArgumentParser(description=f"Run {server_class.name}, a local fake model server.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=port)
    parser.add_argument("--chunks", type=int, default=6, help="chunks per answer")
    parser.add_argument("--first-delay-ms", type=float, default=0.0, help="delay before the first chunk")
    parser.add_argument("--chunk-delay-ms", type=float, default=0.0, help="delay between chunks")
    parser.add_argument("--timestamps", action="store_true", help="stamp each chunk with monotonic_ns")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_main(args, server_class))


if __name__ == "__main__":
    main()
