"""End to end: daphne subprocesses, a real ``websockets`` client sending Cookie + Origin like Postman.

The servers use their own database (SQLite file, or ``<DB_NAME>_e2e`` on PostgreSQL) and the fake Gemini
running in this process. The two-server tests need the real Redis (``REDIS_HOST``) and skip without it.
"""

import asyncio
import http.cookiejar
import json
import os
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidStatus

from ai.google_genai.fake_server import FakeGemini, Script
from api_services import status_messages as msg
from api_services.tests.server_support import (
    AUTH_REQUEST_TIMEOUT_S,
    REPO_ROOT,
    SERVER_START_TIMEOUT_S,
    free_port,
    wait_until_listening,
)
from apis.resumehistory.tests.ws_support import (  # noqa: F401  (fixtures)
    RESUME,
    TERMINAL,
    _no_leftover_runs,
    analyze_frame,
    by_type,
)
from conftest import STRONG_PASSWORD

pytestmark = pytest.mark.e2e

DAPHNE = Path(sys.executable).with_name("daphne")


def _postgres_admin() -> psycopg.Connection:
    return psycopg.connect(
        dbname="postgres",
        user=os.environ.get("DB_USER", "postgres"),
        host=os.environ.get("DB_HOST", "127.0.0.1"),
        port=os.environ.get("DB_PORT", "5432"),
        password=os.environ.get("DB_PASSWORD", ""),
        autocommit=True,
    )


def _create_postgres_database(name: str) -> None:
    with _postgres_admin() as connection:
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
        if not exists:
            connection.execute(f'CREATE DATABASE "{name}"')


def _drop_postgres_database(name: str) -> None:
    """Drop the database the e2e servers used (they are stopped; FORCE ends any connection left)."""
    with _postgres_admin() as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def server_env(
    tmp_path_factory: pytest.TempPathFactory, fake_gemini_server: FakeGemini
) -> Iterator[dict[str, str]]:
    """Yield the environment of the e2e servers, with their database migrated; drop a PostgreSQL one after."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DB_", "REDIS_", "GEMINI_", "SQLITE_", "AI_ENGINE"))
    }
    env.update(
        {
            "PYTHONPATH": str(REPO_ROOT),
            "ENVIRONMENT": "development",
            "AI_ENGINE": "gemini",
            "GEMINI_API_KEY": "test-key-not-secret",
            "GEMINI_BASE_URL": fake_gemini_server.url,
            "ANALYSIS_PREVIEW": "false",
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "THROTTLE_REGISTER": "1000/min",
            "THROTTLE_LOGIN_IP": "1000/min",
            "THROTTLE_LOGIN_EMAIL": "1000/min",
            "LOG_LEVEL": "warning",
            "WARM_UP_ON_START": "true",  # as in production: the engine is built off the event loop
        }
    )
    if os.environ.get("DB_NAME"):
        name = f"{os.environ['DB_NAME']}_e2e"
        _create_postgres_database(name)
        for key in ("DB_USER", "DB_HOST", "DB_PORT", "DB_PASSWORD"):
            if key in os.environ:
                env[key] = os.environ[key]
        env["DB_NAME"] = name
    else:
        env["SQLITE_PATH"] = str(tmp_path_factory.mktemp("e2e") / "e2e.sqlite3")
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"],
        cwd=REPO_ROOT,
        env=env,
        check=True,
        timeout=120,
    )
    yield env
    if env.get("DB_NAME"):
        _drop_postgres_database(env["DB_NAME"])


class Daphne:
    def __init__(self, env: dict[str, str], *, log: Path | None = None) -> None:
        self.port = free_port()
        output = log.open("wb") if log is not None else subprocess.DEVNULL
        self.process = subprocess.Popen(
            [str(DAPHNE), "-b", "127.0.0.1", "-p", str(self.port), "resumeai_proj.asgi:application"],
            cwd=REPO_ROOT,
            env=env,
            stdout=output,
            stderr=output,
        )

    def wait_ready(self) -> "Daphne":
        wait_until_listening(
            port=self.port, process=self.process, name="daphne", timeout_s=SERVER_START_TIMEOUT_S
        )
        return self

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.process.kill()  # a test server: no graceful drain needed
        self.process.wait(10)


@pytest.fixture(scope="module")
def daphne(server_env: dict[str, str]) -> Iterator[Daphne]:
    server = Daphne(server_env).wait_ready()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def sessionid(daphne: Daphne) -> str:
    return register_and_login(daphne)


@pytest.fixture(scope="module")
def redis_sessionid(redis_pair: tuple[Daphne, Daphne]) -> str:
    return register_and_login(redis_pair[0])  # sessions live in the shared database: valid on both


@pytest.fixture(scope="module")
def redis_pair(server_env: dict[str, str]) -> Iterator[tuple[Daphne, Daphne]]:
    if not os.environ.get("REDIS_HOST"):
        pytest.skip("REDIS_HOST is not set: fan-out across two daphne processes needs the real Redis")
    env = {**server_env, "REDIS_CHANNEL_PREFIX": f"e2e{uuid.uuid4().hex[:8]}"}
    for key in ("REDIS_HOST", "REDIS_PORT", "REDIS_PASSWORD", "REDIS_CHANNEL_DB", "REDIS_CACHE_DB"):
        if key in os.environ:
            env[key] = os.environ[key]
    first, second = Daphne(env), Daphne(env)  # started in parallel
    first.wait_ready()
    second.wait_ready()
    yield first, second
    first.stop()
    second.stop()


def register_and_login(server: Daphne) -> str:
    """Register a user over REST, log in like Postman, and return the ``sessionid`` cookie value."""
    email = f"e2e-{uuid.uuid4().hex[:10]}@example.com"
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    for path, body in (
        (
            "register",
            {"email": email, "password": STRONG_PASSWORD, "first_name": "Grace", "last_name": "Hopper"},
        ),
        ("login", {"email": email, "password": STRONG_PASSWORD}),
    ):
        request = urllib.request.Request(
            f"{server.origin}/api/v1/auth/{path}/",
            data=json.dumps(body).encode(),
            headers={"Content-Type": "application/json"},
        )
        with opener.open(request, timeout=AUTH_REQUEST_TIMEOUT_S) as response:
            assert response.status in (200, 201)
    return next(cookie.value for cookie in jar if cookie.name == "sessionid")


async def open_socket(server: Daphne, sessionid: str) -> ClientConnection:
    socket_ = await connect(
        f"ws://127.0.0.1:{server.port}/ws/resume-tailor/",
        additional_headers={"Cookie": f"sessionid={sessionid}", "Origin": server.origin},
        proxy=None,
        open_timeout=10,
    )
    hello = json.loads(await asyncio.wait_for(socket_.recv(), 10))
    assert (hello["type"], hello["status"], hello["data"]["engine"]) == ("connected", "success", "gemini")
    return socket_


async def frames_until(socket_: ClientConnection, types: set[str]) -> list[tuple[float, dict[str, Any]]]:
    """Return ``(monotonic receive time, frame)`` pairs up to the first frame whose type is in ``types``."""
    frames = []
    while True:
        frame = json.loads(await asyncio.wait_for(socket_.recv(), 10))
        frames.append((time.monotonic(), frame))
        if frame["type"] in types:
            return frames


async def test_a_postman_like_client_streams_the_first_chunk_before_the_model_has_finished(
    daphne: Daphne, sessionid: str, fake_gemini_server: FakeGemini
) -> None:
    fake_gemini_server.reset()
    fake_gemini_server.enqueue(Script(chunk_delay_s=0.1, chunk_count=6))
    async with await open_socket(daphne, sessionid) as client:
        await client.send(
            json.dumps({"resume_text": RESUME, "job_description": "Python, Kubernetes, Terraform."})
        )
        timed = await frames_until(client, TERMINAL)
    frames = [frame for _, frame in timed]
    assert frames[-1]["type"] == "analysis.completed"
    assert frames[-1]["ai_analysis"]["missing_keywords"] == ["Kubernetes", "Terraform"]
    first_chunk_at = next(at for at, frame in timed if frame["type"] == "analysis.chunk")
    sent = fake_gemini_server.requests[-1].chunk_sent_at
    assert len(sent) == 6
    # Read before the model had sent its last three chunks (100 ms apart): streamed, not buffered. Checked by
    # the order of events, not by a margin in seconds that a busy machine could eat.
    assert first_chunk_at < sent[-3]
    assert [frame["seq"] for frame in by_type(frames, "analysis.chunk")] == [1, 2, 3, 4, 5, 6]


@pytest.mark.parametrize(
    "headers",
    [{"Origin": "http://evil.example.com"}, {}],
    ids=["foreign origin", "missing origin"],
)
async def test_a_foreign_or_missing_origin_gets_http_403(
    daphne: Daphne, sessionid: str, headers: dict[str, str]
) -> None:
    with pytest.raises(InvalidStatus) as caught:
        await connect(
            f"ws://127.0.0.1:{daphne.port}/ws/resume-tailor/",
            additional_headers={"Cookie": f"sessionid={sessionid}", **headers},
            proxy=None,
            open_timeout=10,
        )
    assert caught.value.response.status_code == 403
    reason = "has no Origin header" if not headers else "Origin http://evil.example.com is not allowed"
    assert reason in caught.value.response.body.decode()
    assert (
        "In Postman, add it under the WebSocket request's Headers tab" in caught.value.response.body.decode()
    )


@pytest.mark.parametrize(
    "scheme_host_port", ["http://127.0.0.1:3000", "https://127.0.0.1:{port}", "http://127.0.0.1"]
)
async def test_an_origin_of_another_scheme_or_port_gets_http_403(
    daphne: Daphne, sessionid: str, scheme_host_port: str
) -> None:
    origin = scheme_host_port.format(port=daphne.port)
    with pytest.raises(InvalidStatus) as caught:
        await connect(
            f"ws://127.0.0.1:{daphne.port}/ws/resume-tailor/",
            additional_headers={"Cookie": f"sessionid={sessionid}", "Origin": origin},
            proxy=None,
            open_timeout=10,
        )
    assert caught.value.response.status_code == 403
    assert caught.value.response.body.decode().startswith(f"Forbidden: the Origin {origin} is not allowed")


async def test_no_cookie_gets_one_error_frame_and_close_4401(daphne: Daphne) -> None:
    async with connect(
        f"ws://127.0.0.1:{daphne.port}/ws/resume-tailor/",
        additional_headers={"Origin": daphne.origin},
        proxy=None,
        open_timeout=10,
    ) as client:
        frame = json.loads(await asyncio.wait_for(client.recv(), 10))
        assert (frame["type"], frame["code"]) == ("error", "not_authenticated")
        await asyncio.wait_for(client.wait_closed(), 10)
        assert client.close_code == 4401


async def test_a_socket_on_another_process_re_attaches_with_continuous_seq(
    redis_pair: tuple[Daphne, Daphne], redis_sessionid: str, fake_gemini_server: FakeGemini
) -> None:
    first, second = redis_pair
    sessionid = redis_sessionid
    fake_gemini_server.reset()
    fake_gemini_server.enqueue(Script(chunk_delay_s=0.1, chunk_count=8))
    async with await open_socket(first, sessionid) as starter, await open_socket(second, sessionid) as other:
        await starter.send(json.dumps(analyze_frame()))
        seen = [frame for _, frame in await frames_until(starter, {"analysis.chunk"})]
        seen += [frame for _, frame in await frames_until(starter, {"analysis.chunk"})]
        analysis_id = seen[0]["analysis_id"]
        await other.send(json.dumps({"action": "subscribe", "analysis_id": analysis_id}))
        replayed = [frame for _, frame in await frames_until(other, TERMINAL)]
        seen += [frame for _, frame in await frames_until(starter, TERMINAL)]
    assert replayed == seen
    assert replayed[-1]["type"] == "analysis.completed"
    assert [frame["seq"] for frame in by_type(replayed, "analysis.chunk")] == list(range(1, 9))


async def test_a_socket_on_another_process_cancels_the_run(
    redis_pair: tuple[Daphne, Daphne], redis_sessionid: str, fake_gemini_server: FakeGemini
) -> None:
    first, second = redis_pair
    sessionid = redis_sessionid
    fake_gemini_server.reset()
    fake_gemini_server.enqueue(Script(chunk_delay_s=5.0))
    async with await open_socket(first, sessionid) as starter, await open_socket(second, sessionid) as other:
        await starter.send(json.dumps(analyze_frame()))
        analysis_id = (await frames_until(starter, {"analysis.chunk"}))[0][1]["analysis_id"]
        cancelled_at = time.monotonic()
        await other.send(json.dumps({"action": "cancel", "analysis_id": analysis_id}))
        on_other = [frame for _, frame in await frames_until(other, TERMINAL)]
        on_starter = [frame for _, frame in await frames_until(starter, TERMINAL)]
    assert (
        on_other[-1]
        == on_starter[-1]
        == {
            "type": "analysis.cancelled",
            "status": "failed",
            "analysis_id": analysis_id,
            "code": "cancelled",
            "message": "The analysis was cancelled.",
        }
    )
    closed = await asyncio.to_thread(
        fake_gemini_server.wait_for, lambda requests: requests[-1].client_closed_at, timeout_s=2
    )
    assert closed
    assert fake_gemini_server.requests[-1].client_closed_at - cancelled_at < 1.0


def history_detail(server: Daphne, sessionid: str, analysis_id: int) -> dict[str, Any]:
    request = urllib.request.Request(
        f"{server.origin}/api/v1/resume/histories/{analysis_id}/",
        headers={"Cookie": f"sessionid={sessionid}"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)["data"]


async def test_a_stopping_server_stores_its_running_analysis_as_interrupted(
    server_env: dict[str, str], fake_gemini_server: FakeGemini
) -> None:
    server = Daphne(server_env).wait_ready()
    try:
        sessionid = register_and_login(server)
        fake_gemini_server.reset()
        fake_gemini_server.enqueue(Script(chunk_delay_s=5.0))
        async with await open_socket(server, sessionid) as client:
            await client.send(json.dumps(analyze_frame()))
            analysis_id = (await frames_until(client, {"analysis.chunk"}))[0][1]["analysis_id"]
            server.process.terminate()  # SIGTERM, as a service manager stops it
            last = (await frames_until(client, TERMINAL))[-1][1]  # handed over before the socket closes
            assert (last["type"], last["analysis_id"], last["code"]) == (
                "analysis.failed",
                analysis_id,
                "interrupted",
            )
            with pytest.raises(ConnectionClosed):
                await frames_until(client, TERMINAL)
        assert await asyncio.to_thread(server.process.wait, 15) == 0
    finally:
        server.stop()
    # The client reconnects (to the restarted server) and re-attaches: the outcome is there at once, well
    # before any orphan sweep could have run.
    restarted = Daphne(server_env).wait_ready()
    try:
        async with await open_socket(restarted, sessionid) as client:
            await client.send(json.dumps({"action": "subscribe", "analysis_id": analysis_id}))
            final = (await frames_until(client, TERMINAL))[-1][1]
        row = await asyncio.to_thread(history_detail, restarted, sessionid, analysis_id)
    finally:
        restarted.stop()
    assert final == {
        "type": "analysis.failed",
        "status": "failed",
        "analysis_id": analysis_id,
        "code": "interrupted",
        "message": msg.ANALYSIS_INTERRUPTED,
    }
    assert (row["status"], row["error_code"], row["ai_analysis"]) == ("failed", "interrupted", None)


async def test_a_killed_servers_running_row_is_failed_by_another_server_no_socket_needed(
    server_env: dict[str, str], fake_gemini_server: FakeGemini
) -> None:
    fast = {**server_env, "ANALYSIS_HEARTBEAT_S": "0.2", "ANALYSIS_ORPHAN_AFTER_S": "1"}
    victim = Daphne(fast).wait_ready()
    try:
        sessionid = register_and_login(victim)
        fake_gemini_server.reset()
        fake_gemini_server.enqueue(Script(chunk_delay_s=5.0))
        async with await open_socket(victim, sessionid) as client:
            await client.send(json.dumps(analyze_frame()))
            analysis_id = (await frames_until(client, {"analysis.chunk"}))[0][1]["analysis_id"]
            victim.process.kill()  # SIGKILL: nothing is stored on the way out
    finally:
        victim.stop()
    survivor = Daphne(fast).wait_ready()  # nobody connects a socket to it
    try:
        deadline = time.monotonic() + 10  # the bound: ORPHAN_AFTER + HEARTBEAT = 1.2 s, plus start-up
        row = await asyncio.to_thread(history_detail, survivor, sessionid, analysis_id)
        while row["status"] == "running" and time.monotonic() < deadline:
            await asyncio.sleep(0.2)  # polling the observable outcome under a deadline
            row = await asyncio.to_thread(history_detail, survivor, sessionid, analysis_id)
    finally:
        survivor.stop()
    assert (row["status"], row["error_code"]) == ("failed", "interrupted")


async def test_connect_close_cycles_leave_no_traceback_in_the_server_log(
    server_env: dict[str, str], tmp_path: Path
) -> None:
    env = {**server_env, "AI_ENGINE": "local"}
    if os.environ.get(
        "REDIS_HOST"
    ):  # the race showed with the Redis layer (its group_add before "connected")
        env["REDIS_CHANNEL_PREFIX"] = f"e2e{uuid.uuid4().hex[:8]}"
        for key in ("REDIS_HOST", "REDIS_PORT", "REDIS_PASSWORD", "REDIS_CHANNEL_DB", "REDIS_CACHE_DB"):
            if key in os.environ:
                env[key] = os.environ[key]
    log = tmp_path / "daphne.log"
    server = Daphne(env, log=log).wait_ready()
    try:
        sessionid = register_and_login(server)
        url = f"ws://127.0.0.1:{server.port}/ws/resume-tailor/"
        headers = {"Cookie": f"sessionid={sessionid}", "Origin": server.origin}

        async def cycle(number: int) -> None:
            socket_ = await connect(url, additional_headers=headers, proxy=None, open_timeout=10)
            if number % 3 == 0:  # close while the analysis streams
                await socket_.send(json.dumps(analyze_frame()))
            elif number % 3 == 1:  # vanish without a close handshake
                socket_.transport.abort()
                return
            await socket_.close()

        for batch in range(20):
            await asyncio.gather(*(cycle(batch * 30 + number) for number in range(30)))
    finally:
        server.process.terminate()
        await asyncio.to_thread(server.process.wait, 15)
    text = log.read_text(errors="replace")
    assert "Traceback" not in text, text[text.index("Traceback") :][:3000]
