"""The stream bench's processes: the fake model, daphne, the raw relay (the floor), and their CPU counters."""

import asyncio
import http.cookiejar
import json
import os
import subprocess
import urllib.request
import uuid
from pathlib import Path

from websockets.asyncio.server import ServerConnection, serve

from ai import stage_clock
from ai.base import AnalysisInput
from ai.google_genai import GeminiConfig, GeminiEngine
from ai.openai_compat import OpenAIConfig, OpenAIEngine
from api_services.tests.server_support import wait_until_listening
from bench.stream_stages import floor_request_id, log_floor_stages

REPO_ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "Blue-Falcon-42"


def start(command: list[str], env: dict[str, str], port: int, log: Path | None = None) -> subprocess.Popen:
    stderr = log.open("w") if log else subprocess.DEVNULL
    process = subprocess.Popen(command, cwd=REPO_ROOT, env=env, stdout=subprocess.DEVNULL, stderr=stderr)
    try:
        wait_until_listening(port=port, process=process, name="a bench server", timeout_s=60)
    except AssertionError as error:
        raise SystemExit(str(error)) from None
    return process


# --- the baseline relay (runs as its own process: ``--serve-baseline``) ------------------------------------


# Per engine: the fake's module, the base URL setting (and the path the fake serves under), the app's env.
ENGINES = {
    "gemini": ("ai.google_genai.fake_server", "GEMINI_BASE_URL", "", {"GEMINI_API_KEY": "bench-key"}),
    "openai": ("ai.openai_compat.fake_server", "OPENAI_BASE_URL", "/v1", {"OPENAI_MODEL": "bench-model"}),
}


async def serve_baseline(port: int, base_url: str, engine_name: str, *, stages: bool) -> None:
    if stages:
        log_floor_stages()
    engine: GeminiEngine | OpenAIEngine
    if engine_name == "openai":
        config = OpenAIConfig(base_url=base_url, model="bench-model", max_retries=0, max_connections=100_000)
        engine = OpenAIEngine(config=config)
    else:
        engine = GeminiEngine(
            config=GeminiConfig(api_key="bench", base_url=base_url, max_retries=0, max_connections=100_000)
        )

    async def relay(connection: ServerConnection) -> None:
        async for message in connection:
            request = json.loads(message)
            floor_request_id.set(request.get("request_id", "-"))
            stage_clock.mark("received")
            analysis_input = AnalysisInput(
                resume_text=request["resume_text"], job_description=request["job_description"]
            )
            seq = 0
            async for chunk in engine.stream(analysis_input):
                if chunk.text:
                    seq += 1
                    await connection.send(
                        json.dumps({"type": "analysis.chunk", "seq": seq, "delta": chunk.text})
                    )
            await connection.send(json.dumps({"type": "analysis.completed"}))

    async with serve(relay, "127.0.0.1", port, max_queue=None):
        await asyncio.Event().wait()


def register_and_login(port: int) -> str:
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    email = f"bench-{uuid.uuid4().hex[:10]}@example.com"
    for path, body in (
        ("register", {"email": email, "password": PASSWORD, "first_name": "Bench", "last_name": "User"}),
        ("login", {"email": email, "password": PASSWORD}),
    ):
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/api/v1/auth/{path}/",
            data=json.dumps(body).encode(),
            headers={"Content-Type": "application/json"},
        )
        opener.open(request, timeout=30).close()
    return next(cookie.value for cookie in jar if cookie.name == "sessionid")


def machine_busy_s() -> float:
    """Return the CPU seconds all cores of this machine have spent busy (not idle, not waiting on I/O)."""
    jiffies = [int(value) for value in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    return (sum(jiffies[:8]) - jiffies[3] - jiffies[4]) / os.sysconf("SC_CLK_TCK")


def cpu_s(process: subprocess.Popen) -> float:
    """Return the CPU seconds (user + system) ``process`` has used so far."""
    fields = Path(f"/proc/{process.pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def tree_cpu_s(process: subprocess.Popen) -> float:
    """Return the CPU seconds ``process`` and its live child processes (analysis workers) have used so far."""
    total = cpu_s(process)
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # the process ended meanwhile
            continue
        if int(fields[1]) == process.pid:
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def services_cpu_s() -> dict[str, float]:
    """Return the CPU seconds used so far by this machine's ``redis-server`` and ``postgres`` processes.

    Sums the live processes, so a PostgreSQL backend that exits between two readings drops out: the bench's
    own backends live as long as its servers. Whatever else uses Redis or PostgreSQL here counts too.
    """
    totals = {"redis-server": 0.0, "postgres": 0.0}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:  # the process ended meanwhile
            continue
        name = text[text.index("(") + 1 : text.rindex(")")]
        if name in totals:
            fields = text.rsplit(")", 1)[1].split()
            totals[name] += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return totals
