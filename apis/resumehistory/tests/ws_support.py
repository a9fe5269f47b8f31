"""Fixtures and helpers for the WebSocket tests.

The ``*_fixture`` functions are registered for the whole folder by ``conftest.py`` (tests ask for them by
``name``). Import the autouse ``_no_leftover_runs`` into each ``test_ws_*`` module: only those run under it.
"""

import asyncio
import contextlib
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from channels.db import database_sync_to_async
from channels.layers import channel_layers
from channels.testing import WebsocketCommunicator
from django.db import connections
from django.test import Client

from ai.engines import build_engine
from ai.google_genai.fake_server import FakeGemini
from ai.local_engine import analyze as local_analyze
from ai.openai_compat.fake_server import FakeOpenAI
from apis.resumehistory import analysis_run, analysis_workers
from apis.resumehistory.models import ResumeHistory
from apis.users.models import User
from resumeai_proj.asgi import application

ORIGIN = (b"origin", b"http://localhost:8000")
HOST = (b"host", b"localhost:8000")  # the served origin ORIGIN must match (a browser always sends Host)
TERMINAL = {"analysis.completed", "analysis.failed", "analysis.cancelled"}
RESUME = (
    "Backend developer. Built REST APIs in Python and Django. Worked on backend services with PostgreSQL."
)
JOB = "We hire a Python developer who knows Django, Kubernetes and Terraform. Redis is a plus."


@pytest.fixture(scope="session", name="fake_gemini_server")
def fake_gemini_server_fixture() -> Iterator[FakeGemini]:
    server = FakeGemini().start()
    yield server
    server.stop()


@pytest.fixture(name="gemini")
def gemini_fixture(fake_gemini_server: FakeGemini, settings: Any) -> Iterator[FakeGemini]:
    """Route analyses to Gemini, served by the fake (fresh queue and records), with fast retries."""
    fake_gemini_server.reset()
    settings.AI_ENGINE_RESOLVED = "gemini"
    settings.GEMINI_API_KEY = "test-key-not-secret"
    settings.GEMINI_BASE_URL = fake_gemini_server.url
    settings.GEMINI_RETRY_BASE_DELAY_S = 0.01
    settings.GEMINI_RETRY_MAX_DELAY_S = 0.02
    settings.GEMINI_READ_TIMEOUT_S = 0.5
    settings.ANALYSIS_PREVIEW = False
    yield fake_gemini_server
    fake_gemini_server.reset()


@pytest.fixture(scope="session", name="fake_openai_server")
def fake_openai_server_fixture() -> Iterator[FakeOpenAI]:
    server = FakeOpenAI().start()
    yield server
    server.stop()


@pytest.fixture(name="openai_compatible")
def openai_compatible_fixture(fake_openai_server: FakeOpenAI, settings: Any) -> Iterator[FakeOpenAI]:
    """Route analyses to the openai engine, served by the fake OpenAI-compatible server, with fast retries."""
    fake_openai_server.reset()
    settings.AI_ENGINE_RESOLVED = "openai"
    settings.OPENAI_BASE_URL = fake_openai_server.url
    settings.OPENAI_MODEL = "qwen2.5:3b"
    settings.OPENAI_RETRY_BASE_DELAY_S = 0.01
    settings.OPENAI_RETRY_MAX_DELAY_S = 0.02
    settings.OPENAI_READ_TIMEOUT_S = 0.5
    settings.ANALYSIS_PREVIEW = False
    yield fake_openai_server
    fake_openai_server.reset()


@contextlib.asynccontextmanager
async def one_analysis_worker() -> AsyncIterator[analysis_workers.WorkerPool]:
    """Start one analysis worker (as daphne does at start); stop it at the end of the block."""
    await asyncio.to_thread(analysis_workers.pool.start, 1)
    assert len(analysis_workers.pool.workers) == 1
    try:
        yield analysis_workers.pool
    finally:
        analysis_workers.pool.shutdown()


@pytest.fixture(name="analysis_worker")
async def analysis_worker_fixture() -> AsyncIterator[analysis_workers.WorkerPool]:
    """Run the test's model analyses in one analysis worker."""
    async with one_analysis_worker() as pool:
        yield pool


@pytest.fixture(name="local_engine")
def local_engine_fixture(settings: Any) -> None:
    settings.AI_ENGINE_RESOLVED = "local"


@pytest.fixture(autouse=True)
async def _no_leftover_runs(request: pytest.FixtureRequest) -> AsyncIterator[None]:
    """Give the test a fresh channel layer; after it, let its runs finish and cancel what a failure left.

    A Redis channel layer keeps receive state bound to the event loop that used it, and each test has its
    own loop, so each test gets its own layer instance.
    """
    channel_layers.backends.clear()
    yield
    loop = asyncio.get_running_loop()
    mine = [run.task for run in analysis_run.running.values() if run.task and run.task.get_loop() is loop]
    if mine:
        _, pending = await asyncio.wait(mine, timeout=5)
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.wait(pending, timeout=5)
    analysis_run.running.clear()
    analysis_run.model_slots.used = 0
    build_engine.cache_clear()  # engines hold per-loop HTTP pools; each test has its own loop
    if request.node.get_closest_marker("django_db"):
        await database_sync_to_async(connections.close_all)()  # lets the test database be dropped at the end
    channel_layers.backends.clear()


async def session_cookie(user: User) -> bytes:
    """Return a ``Cookie`` header value holding a logged-in session of ``user``."""

    def login() -> str:
        client = Client()
        client.force_login(user)
        return client.cookies["sessionid"].value

    return f"sessionid={await database_sync_to_async(login)()}".encode()


async def connect(*, user: User | None = None, headers: list[tuple[bytes, bytes]] | None = None) -> Any:
    """Open a socket on the real ASGI app (Origin set; session cookie of ``user`` when given)."""
    all_headers = [ORIGIN] if headers is None else list(headers)
    if not any(name == b"host" for name, _ in all_headers):
        all_headers.append(HOST)
    if user is not None:
        all_headers.append((b"cookie", await session_cookie(user)))
    communicator = WebsocketCommunicator(application, "/ws/resume-tailor/", headers=all_headers)
    connected, _ = await communicator.connect(timeout=5)
    assert connected
    return communicator


async def connected(user: User) -> Any:
    """Open an authenticated socket and consume its ``connected`` frame."""
    communicator = await connect(user=user)
    frame = await communicator.receive_json_from(timeout=5)
    assert frame["type"] == "connected"
    return communicator


async def frames_until(communicator: Any, types: set[str], *, timeout_s: float = 5.0) -> list[dict[str, Any]]:
    """Return the frames received up to and including the first whose type is in ``types``."""
    frames = []
    while True:
        frame = await communicator.receive_json_from(timeout=timeout_s)
        frames.append(frame)
        if frame["type"] in types:
            return frames


def by_type(frames: list[dict[str, Any]], frame_type: str) -> list[dict[str, Any]]:
    return [frame for frame in frames if frame["type"] == frame_type]


def engine_score() -> int:
    """Return the local engine's score of RESUME against JOB: every engine's final score for the pair."""
    return local_analyze(resume_text=RESUME, job_description=JOB)["match_score"]


def error(code: str, message: str, **fields: Any) -> dict[str, Any]:
    return {"type": "error", "status": "failed", **fields, "code": code, "message": message}


def analyze_frame(**overrides: Any) -> dict[str, Any]:
    return {"action": "analyze", "resume_text": RESUME, "job_description": JOB, **overrides}


async def row(analysis_id: int) -> ResumeHistory:
    return await database_sync_to_async(ResumeHistory.objects.get)(pk=analysis_id)


async def wait_for_row(analysis_id: int, predicate: Any, *, timeout_s: float = 5.0) -> ResumeHistory:
    """Poll the row until ``predicate(row)`` holds (bounded by ``timeout_s``) and return it."""
    deadline = asyncio.get_running_loop().time() + timeout_s
    while True:
        current = await row(analysis_id)
        if predicate(current):
            return current
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"analysis {analysis_id} stayed {current.status}")
        await asyncio.sleep(0.02)  # polling a condition with a deadline
