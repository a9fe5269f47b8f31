"""The attack run's service drills: its own Redis and PostgreSQL stopped and started under load.

Never the shared services: a redis-server and a PostgreSQL cluster of the run's own (free ports, temporary
directories) back one daphne. For each outage, while analyses stream on an open socket: REST, the ping
endpoint and a new socket must answer clearly (an envelope, a close code, an error frame; never a 500 or
a hang); once the service is back the same process must serve again (ping 200, REST 200, a new analysis
completes) with no row lost and none left ``running``.
"""

import asyncio
import json
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed, InvalidStatus

from ai.google_genai.fake_server import FakeGemini, Script
from api_services.tests.server_support import REPO_ROOT
from api_services.tests.throwaway_services import ThrowawayPostgres, ThrowawayRedis, missing_services
from bench.attack.harness import (
    JOB,
    RESUME,
    TERMINAL,
    Server,
    Tally,
    http,
    login,
    rows,
    server_env,
    settle,
    socket_for,
    start_analyses,
)

ANSWER_WITHIN_S = 2.0  # REST and a handshake while a service is down (issue 14: a 503 within a second)
PING_WITHIN_S = 5.0  # the ping probes the channel layer with a 2 s timeout
RECOVERY_WITHIN_S = 30.0  # from the service's start to ping 200
FRAMES_WITHIN_S = 3.0  # a follower hears something (an error frame, or chunks) after the stop
UNAVAILABLE = {
    "status": "failed",
    "message": "The service is temporarily unavailable.",
    "data": {"code": "service_unavailable"},
}


@dataclass
class Outage:
    name: str
    stop: Any
    start: Any
    ping_field: str  # the ping report's entry that must say "unreachable"


@dataclass
class Figures:
    """The slowest answers seen while services were down, and the slowest recovery."""

    answer_s: float = 0.0
    recovery_s: float = 0.0
    notes: list[str] = field(default_factory=list)


def _judge(tally: Tally, figures: Figures, ok: bool, what: str) -> None:
    tally.cases += 1
    if not ok:
        tally.crashes += 1
        figures.notes.append(what)


async def _socket(server: Server, sessionid: str) -> Any:
    """Open a socket whose handshake must answer within ANSWER_WITHIN_S (``socket_for`` waits 30 s)."""
    return await connect(
        f"ws://127.0.0.1:{server.port}/ws/resume-tailor/",
        additional_headers={"Cookie": f"sessionid={sessionid}", "Origin": server.origin},
        proxy=None,
        open_timeout=ANSWER_WITHIN_S,
    )


async def _frames(client: Any, seconds: float, *, until: Any = None) -> list[dict]:
    """Return the frames received within ``seconds`` (stop early at one ``until`` accepts)."""
    frames: list[dict] = []
    deadline = time.monotonic() + seconds
    try:
        while (left := deadline - time.monotonic()) > 0:
            frames.append(json.loads(await asyncio.wait_for(client.recv(), left)))
            if until is not None and until(frames[-1]):
                break
    except (TimeoutError, ConnectionClosed):
        pass
    return frames


async def _handshake_while_down(server: Server, sessionid: str) -> tuple[bool, float, str]:
    """Return whether a new socket was told clearly (503 refusal, or error frame and 4503), and how fast."""
    started = time.monotonic()
    try:
        client = await _socket(server, sessionid)
    except InvalidStatus as exc:
        return (
            exc.response.status_code == 503,
            time.monotonic() - started,
            f"refused {exc.response.status_code}",
        )
    except TimeoutError:
        return False, time.monotonic() - started, "no answer"
    frames = await _frames(client, ANSWER_WITHIN_S)
    await client.close()
    told = any(frame.get("code") == "service_unavailable" for frame in frames)
    return told and client.close_code == 4503, time.monotonic() - started, f"frames {frames}"


async def _analysis_completes(server: Server, sessionid: str) -> bool:
    client = await _socket(server, sessionid)
    await client.send(json.dumps({"action": "analyze", "resume_text": RESUME, "job_description": JOB}))
    frames = await _frames(
        client, 60, until=lambda frame: frame["type"] in TERMINAL or frame["type"] == "error"
    )
    await client.close()
    return bool(frames) and frames[-1]["type"] == "analysis.completed"


def _timed(server: Server, path: str, sessionid: str) -> tuple[int, Any, float]:
    started = time.monotonic()
    status, body = http(server, "GET", path, Cookie=f"sessionid={sessionid}")
    try:
        parsed = json.loads(body)
    except ValueError:
        parsed = body[:200]
    return status, parsed, time.monotonic() - started


async def _while_down(
    server: Server, sessionid: str, outage: Outage, client: Any, tally: Tally, figures: Figures
) -> None:
    if outage.name == "redis":  # each followed analysis: an error frame, not silence
        told: set[int] = set()

        def all_told(frame: dict) -> bool:
            if frame.get("code") == "service_unavailable":
                told.add(frame.get("analysis_id"))
            return len(told) == 3

        frames = await _frames(client, FRAMES_WITHIN_S, until=all_told)
        _judge(tally, figures, len(told) == 3, f"redis down: follower heard {[f['type'] for f in frames]}")
    else:  # the stream goes on (Redis is up); only the database is away
        frames = await _frames(client, FRAMES_WITHIN_S, until=lambda frame: frame["type"] == "analysis.chunk")
        chunks = [f for f in frames if f["type"] == "analysis.chunk"]
        _judge(tally, figures, bool(chunks), f"postgresql down: follower heard {[f['type'] for f in frames]}")
    # A new analysis asked for on the open socket: an error frame saying so (or, Redis away, the analysis
    # itself), and the socket stays open.
    await client.send(json.dumps({"action": "analyze", "resume_text": RESUME, "job_description": JOB}))
    frames = await _frames(
        client, ANSWER_WITHIN_S, until=lambda frame: frame["type"] in ("error", "analysis.started")
    )
    refused = [f for f in frames if f.get("code") == "service_unavailable" and "analysis_id" not in f]
    # Redis away, the socket that starts an analysis is handed its frames directly (no channel layer on that
    # path): starting it is as good an answer as a refusal; the run must then end stored (counted as lost or
    # stuck below otherwise). Without PostgreSQL no row can be written: it must be refused.
    started = [f for f in frames if f["type"] == "analysis.started"] if outage.name == "redis" else []
    try:  # still open: it answers a ping
        await asyncio.wait_for(await client.ping(), ANSWER_WITHIN_S)
        ok = bool(refused or started)
    except (TimeoutError, ConnectionClosed):
        ok = False
    _judge(
        tally,
        figures,
        ok,
        f"{outage.name} down: analyze on the open socket got {frames[-3:]}, close {client.close_code}",
    )
    for path in ("/api/v1/users/me/", "/api/v1/resume/histories/"):
        status, body, elapsed = await asyncio.to_thread(_timed, server, path, sessionid)
        figures.answer_s = max(figures.answer_s, elapsed)
        ok = (status, body) == (503, UNAVAILABLE) and elapsed < ANSWER_WITHIN_S
        _judge(tally, figures, ok, f"{outage.name} down: {path} {status} in {elapsed:.2f}s {body}")
    status, body, elapsed = await asyncio.to_thread(_timed, server, "/api/v1/ping/", sessionid)
    report = body.get("data", {}) if isinstance(body, dict) else {}
    ok = status == 503 and report.get(outage.ping_field) == "unreachable" and elapsed < PING_WITHIN_S
    _judge(tally, figures, ok, f"{outage.name} down: ping {status} in {elapsed:.2f}s {body}")
    ok, elapsed, seen = await _handshake_while_down(server, sessionid)
    figures.answer_s = max(figures.answer_s, elapsed)
    _judge(
        tally,
        figures,
        ok and elapsed < ANSWER_WITHIN_S,
        f"{outage.name} down: handshake {seen} in {elapsed:.2f}s",
    )


async def _back_up(server: Server, sessionid: str, outage: Outage, tally: Tally, figures: Figures) -> None:
    started = time.monotonic()
    while True:
        status, _, _ = await asyncio.to_thread(_timed, server, "/api/v1/ping/", sessionid)
        elapsed = time.monotonic() - started
        if status == 200 or elapsed > RECOVERY_WITHIN_S:
            break
        await asyncio.sleep(0.1)  # polling the observable recovery under a deadline
    figures.recovery_s = max(figures.recovery_s, elapsed)
    _judge(tally, figures, status == 200, f"{outage.name} back: ping still {status} after {elapsed:.1f}s")
    status, body, _ = await asyncio.to_thread(_timed, server, "/api/v1/users/me/", sessionid)
    _judge(tally, figures, status == 200, f"{outage.name} back: users/me {status} {body}")
    ok = await _analysis_completes(server, sessionid)
    _judge(tally, figures, ok, f"{outage.name} back: a new analysis did not complete")


async def _drill(
    server: Server, sessionid: str, outage: Outage, tally: Tally, figures: Figures, *, hold_s: float
) -> None:
    """Stop ``outage``'s service for ``hold_s`` while 3 analyses stream, probe it, start it again, check."""
    saved = {row["id"] for row in await asyncio.to_thread(rows, server, sessionid)}
    client = await socket_for(server, sessionid)
    ids = await start_analyses(client, 3)
    await asyncio.to_thread(outage.stop)
    down_until = time.monotonic() + hold_s
    try:
        await _while_down(server, sessionid, outage, client, tally, figures)
        await _frames(client, down_until - time.monotonic())  # the outage lasts its time, the socket reads
    finally:
        await asyncio.to_thread(outage.start)
    await _back_up(server, sessionid, outage, tally, figures)
    await client.close()
    await asyncio.to_thread(settle, server, sessionid, ids, tally)
    after = {row["id"]: row["status"] for row in await asyncio.to_thread(rows, server, sessionid)}
    tally.lost += len((saved | ids) - set(after))
    if outage.name == "redis":  # the database was there all along: the analyses must have completed
        statuses = [after.get(i) for i in sorted(ids)]
        _judge(tally, figures, statuses == ["completed"] * 3, f"redis down: analyses ended {statuses}")


def part_services(workdir: Path, *, quick: bool) -> Tally | str:
    """Run the Redis and PostgreSQL drills; return a message instead when their binaries are missing."""
    reason = missing_services()
    if reason:
        return f"skipped: {reason}"
    tally, figures = Tally("services"), Figures()
    redis, postgres = ThrowawayRedis(), ThrowawayPostgres()
    gemini = FakeGemini(default=Script(chunk_delay_s=0.2, chunk_count=20)).start()
    server = None
    try:
        redis.start()
        postgres.start()
        postgres.create_database("attack")
        env = server_env(workdir)
        env.update(
            DB_NAME="attack",
            DB_USER="postgres",
            DB_HOST="127.0.0.1",
            DB_PORT=str(postgres.port),
            DB_CONNECT_TIMEOUT="1",
            REDIS_HOST="127.0.0.1",
            REDIS_PORT=str(redis.port),
            REDIS_CHANNEL_PREFIX="attack",
            AI_ENGINE="gemini",
            GEMINI_API_KEY="attack-run",
            GEMINI_BASE_URL=gemini.url,
        )
        subprocess.run(
            [sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"],
            cwd=REPO_ROOT,
            env=env,
            check=True,
        )
        log = workdir / "services.log"
        server = Server(env, log)
        sessionid = login(server)
        outages = [
            Outage("redis", redis.stop, redis.start, "channel_layer"),
            Outage("postgresql", postgres.stop, postgres.start, "database"),
        ]
        for outage in outages * (1 if quick else 3):
            asyncio.run(_drill(server, sessionid, outage, tally, figures, hold_s=2.0 if quick else 10.0))
        tally.tracebacks = log.read_text(errors="replace").count("Traceback")
        sys.stderr.write(
            f"services: slowest answer while down {figures.answer_s:.2f}s, slowest recovery "
            f"{figures.recovery_s:.2f}s\n" + "".join(f"  {note}\n" for note in figures.notes)
        )
    finally:
        if server is not None:
            server.stop()
        gemini.stop()
        redis.stop()
        postgres.remove()
    return tally
