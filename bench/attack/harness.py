"""The attack run's servers and client helpers: daphne processes, login, history rows, lost/stuck counting."""

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass
from pathlib import Path

from websockets.asyncio.client import ClientConnection, connect

from api_services.tests.server_support import REPO_ROOT, free_port, wait_until_listening

PASSWORD = "Attack-run-Passw0rd"
RESUME = "Backend developer. Built REST APIs in Python and Django with PostgreSQL and Redis. " * 3
JOB = "We hire a Python developer who knows Django, Kubernetes and Terraform. Redis is a plus. " * 2
TERMINAL = {"analysis.completed", "analysis.failed", "analysis.cancelled"}


@dataclass
class Tally:
    part: str
    cases: int = 0
    crashes: int = 0
    tracebacks: int = 0
    lost: int = 0
    stuck: int = 0

    def line(self) -> str:
        return (
            f"{self.part:<10} cases {self.cases:>6}  crashes {self.crashes}  tracebacks {self.tracebacks}  "
            f"lost {self.lost}  stuck {self.stuck}"
        )

    @property
    def clean(self) -> bool:
        return self.crashes == self.tracebacks == self.lost == self.stuck == 0


class Server:
    """One daphne on a free port, its output in ``log``."""

    def __init__(self, env: dict[str, str], log: Path) -> None:
        self.env, self.log, self.port = env, log, free_port()
        self.process = subprocess.Popen(
            [
                str(Path(sys.executable).with_name("daphne")),
                "-b",
                "127.0.0.1",
                "-p",
                str(self.port),
                "resumeai_proj.asgi:application",
            ],
            cwd=REPO_ROOT,
            env=env,
            stdout=log.open("ab"),
            stderr=subprocess.STDOUT,
        )
        wait_until_listening(port=self.port, process=self.process, name="daphne", timeout_s=60)

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stop(self, sig: int = signal.SIGTERM) -> None:
        if self.process.poll() is None:
            self.process.send_signal(sig)
            self.process.wait(30)


def server_env(workdir: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DB_", "REDIS_", "GEMINI_", "AI_ENGINE"))}
    env.update(
        PYTHONPATH=str(REPO_ROOT),
        ENVIRONMENT="development",
        AI_ENGINE="local",
        LOG_LEVEL="warning",
        SQLITE_PATH=str(workdir / "attack.sqlite3"),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        THROTTLE_REGISTER="100000/min",
        THROTTLE_LOGIN_IP="100000/min",
        THROTTLE_LOGIN_EMAIL="100000/min",
        THROTTLE_USER="100000/min",
        THROTTLE_UPLOAD="100000/min",
        MAX_CONCURRENT_ANALYSES_PER_USER="1000",
        MAX_CONCURRENT_MODEL_CALLS="1000",
        MAX_ANALYSES_PER_USER_PER_HOUR="1000000",
        ANALYSIS_HEARTBEAT_S="0.5",
        ANALYSIS_ORPHAN_AFTER_S="2",
        **extra,
    )
    return env


def http(
    server: Server, method: str, path: str, body: bytes | None = None, **headers: str
) -> tuple[int, bytes]:
    request = urllib.request.Request(f"{server.origin}{path}", data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def login(server: Server) -> str:
    email = f"attack-{uuid.uuid4().hex[:10]}@example.com"
    payload = {"email": email, "password": PASSWORD, "first_name": "Eve", "last_name": "Tester"}
    http(
        server,
        "POST",
        "/api/v1/auth/register/",
        json.dumps(payload).encode(),
        **{"Content-Type": "application/json"},
    )
    request = urllib.request.Request(
        f"{server.origin}/api/v1/auth/login/",
        data=json.dumps({"email": email, "password": PASSWORD}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        cookies = response.headers.get_all("Set-Cookie") or []
    return next(c.split(";")[0].split("=", 1)[1] for c in cookies if c.startswith("sessionid="))


def rows(server: Server, sessionid: str) -> list[dict]:
    """Return every history row of the user (all pages)."""
    found, page = [], 1
    while True:
        status, body = http(
            server,
            "GET",
            f"/api/v1/resume/histories/?status=all&page={page}&per_page=100",
            Cookie=f"sessionid={sessionid}",
        )
        data = json.loads(body)["data"]
        found += data["data"]
        if page >= data["total_pages"]:
            return found
        page += 1


async def socket_for(server: Server, sessionid: str) -> ClientConnection:
    client = await connect(
        f"ws://127.0.0.1:{server.port}/ws/resume-tailor/",
        additional_headers={"Cookie": f"sessionid={sessionid}", "Origin": server.origin},
        proxy=None,
        open_timeout=30,
        max_size=None,
        max_queue=None,  # frames left unread must not stall a close handshake behind them
    )
    await asyncio.wait_for(client.recv(), 30)
    return client


async def start_analyses(client: ClientConnection, count: int) -> set[int]:
    """Start ``count`` analyses on ``client``; return their ids once each has streamed a chunk."""
    for _ in range(count):
        await client.send(json.dumps({"action": "analyze", "resume_text": RESUME, "job_description": JOB}))
    ids: set[int] = set()
    streaming: set[int] = set()
    while len(streaming) < count:
        frame = json.loads(await asyncio.wait_for(client.recv(), 30))
        if frame["type"] == "analysis.started":
            ids.add(frame["analysis_id"])
        elif frame["type"] == "analysis.chunk":
            streaming.add(frame["analysis_id"])
    return ids


def settle(server: Server, sessionid: str, started: set[int], tally: Tally, *, timeout_s: float = 30) -> None:
    """Count lost (started, no row) and stuck (still running after ``timeout_s``) rows."""
    deadline = time.monotonic() + timeout_s
    while True:
        by_id = {row["id"]: row for row in rows(server, sessionid)}
        running = [i for i in started if i in by_id and by_id[i]["status"] == "running"]
        if not running or time.monotonic() > deadline:
            break
        time.sleep(0.2)  # polling the observable outcome under a deadline
    tally.lost += sum(1 for i in started if i not in by_id)
    tally.stuck += len(running)
