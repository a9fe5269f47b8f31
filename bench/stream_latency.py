"""Measure what our WebSocket stack adds to Gemini's stream, against a minimal raw ``websockets`` relay.

Starts, as subprocesses: the fake Gemini (``--timestamps``: each chunk carries when it was sent, the first one
also when the request arrived), daphne serving the app (Gemini engine pointed at the fake, embedded SQLite or
``DB_*``; in-memory channel layer, or Redis with ``--redis``), and the baseline: a bare ``websockets`` server
that streams the same fake through the same SDK engine and forwards each chunk as one frame. Then runs
sessions against both and prints p50/p95/p99 of:

(a) server-added time to first chunk: client send → first chunk received, minus the model's own time to first
    chunk (request arrival → first chunk sent, stamped by the fake);
(b) relay latency per chunk: fake sent the chunk → client received it.

Run: ``.venv/bin/python bench/stream_latency.py [--sessions 500] [--rounds 30] [--redis]``. All processes run
on this machine; ``os.getloadavg()`` is printed before and after because other work shares the cores.
"""

import argparse
import asyncio
import contextlib
import http.cookiejar
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from websockets.asyncio.client import connect  # noqa: E402
from websockets.asyncio.server import ServerConnection, serve  # noqa: E402

from ai.base import AnalysisInput  # noqa: E402
from ai.google_genai import GeminiConfig, GeminiEngine  # noqa: E402
from ai.google_genai.fake_server import RECEIVED_MARK, TIMESTAMP_MARK  # noqa: E402
from api_services.tests.server_support import free_port, wait_until_listening  # noqa: E402

PASSWORD = "Blue-Falcon-42"
RESUME = "Backend developer. Built REST APIs in Python and Django with PostgreSQL."
JOB = "Python developer with Django, Kubernetes and Terraform."


def start(command: list[str], env: dict[str, str], port: int, log: Path | None = None) -> subprocess.Popen:
    stderr = log.open("w") if log else subprocess.DEVNULL
    process = subprocess.Popen(command, cwd=REPO_ROOT, env=env, stdout=subprocess.DEVNULL, stderr=stderr)
    try:
        wait_until_listening(port=port, process=process, name="a bench server", timeout_s=60)
    except AssertionError as error:
        raise SystemExit(str(error)) from None
    return process


# --- the baseline relay (runs as its own process: ``--serve-baseline``) ------------------------------------


async def serve_baseline(port: int, base_url: str) -> None:
    engine = GeminiEngine(
        config=GeminiConfig(api_key="bench", base_url=base_url, max_retries=0, max_connections=100_000)
    )

    async def relay(connection: ServerConnection) -> None:
        async for message in connection:
            request = json.loads(message)
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


# --- sessions --------------------------------------------------------------------------------------------


@dataclass
class Results:
    added_ttfc_ms: list[float] = field(default_factory=list)
    relay_ms: list[float] = field(default_factory=list)
    errors: int = 0
    chunks: int = 0


async def one_session(
    url: str,
    headers: dict[str, str],
    rounds: int,
    results: Results,
    ready: asyncio.Queue,
    gate: asyncio.Event,
    ramp_s: float,
) -> None:
    try:
        async with connect(
            url, additional_headers=headers, proxy=None, open_timeout=120, max_queue=None
        ) as client:
            if "Cookie" in headers:
                hello = json.loads(await client.recv())
                if hello["type"] != "connected":
                    raise RuntimeError(hello)
            ready.put_nowait(True)
            await gate.wait()
            await asyncio.sleep(random.uniform(0, ramp_s))  # users do not all press "analyze" in the same ms
            for _ in range(rounds):
                sent_ns = time.monotonic_ns()
                await client.send(json.dumps({"resume_text": RESUME, "job_description": JOB}))
                first = True
                while True:
                    frame = json.loads(await asyncio.wait_for(client.recv(), 60))
                    now_ns = time.monotonic_ns()
                    kind = frame["type"]
                    if kind == "analysis.chunk":
                        stamp = int(TIMESTAMP_MARK.search(frame["delta"]).group(1))
                        results.relay_ms.append((now_ns - stamp) / 1e6)
                        results.chunks += 1
                        if first:
                            model_ttfc = stamp - int(RECEIVED_MARK.search(frame["delta"]).group(1))
                            results.added_ttfc_ms.append((now_ns - sent_ns - model_ttfc) / 1e6)
                            first = False
                    elif kind == "analysis.completed":
                        break
                    elif kind in ("analysis.failed", "analysis.cancelled", "error"):
                        raise RuntimeError(frame)
    except Exception as exc:  # noqa: BLE001  (a bench counts every failure)
        ready.put_nowait(False)
        results.errors += 1
        if results.errors <= 3:
            print(f"  session error: {str(exc)[:200]}")


async def run_sessions(
    url: str, headers: dict[str, str], sessions: int, rounds: int, ramp_s: float = 0.0
) -> tuple[Results, float]:
    """Connect ``sessions`` sockets, then start their streams (spread over ``ramp_s``); return results."""
    results = Results()
    ready: asyncio.Queue = asyncio.Queue()
    gate = asyncio.Event()
    tasks = [
        asyncio.create_task(one_session(url, headers, rounds, results, ready, gate, ramp_s))
        for _ in range(sessions)
    ]
    for _ in range(sessions):  # connection set-up is not what is measured
        await ready.get()
    started = time.monotonic()
    gate.set()
    await asyncio.gather(*tasks)
    return results, time.monotonic() - started


def percentiles(values: list[float]) -> tuple[float, float, float]:
    if not values:
        return (float("nan"),) * 3
    if len(values) == 1:
        return (values[0],) * 3
    cuts = statistics.quantiles(values, n=100, method="inclusive")
    return cuts[49], cuts[94], cuts[98]


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


def row(label: str, ours: Results, floor: Results, metric: str) -> str:
    mine = percentiles(getattr(ours, metric))
    base = percentiles(getattr(floor, metric))
    ratio = " / ".join(f"{m / b:.1f}x" if b > 0 else "-" for m, b in zip(mine, base, strict=True))
    mine_text = " / ".join(f"{value:.1f}" for value in mine)
    base_text = " / ".join(f"{value:.1f}" for value in base)
    return f"| {label} | {mine_text} | {base_text} | {ratio} |"


async def measure(args: argparse.Namespace, ports: dict[str, int], sessionid: str) -> None:
    app_url = f"ws://127.0.0.1:{ports['app']}/ws/resume-tailor/"
    app_headers = {"Cookie": f"sessionid={sessionid}", "Origin": f"http://127.0.0.1:{ports['app']}"}
    base_url = f"ws://127.0.0.1:{ports['baseline']}/"
    print("| sessions | metric (ms) | ours p50 / p95 / p99 | raw relay p50 / p95 / p99 | ratio |")
    print("|---|---|---|---|---|")
    for sessions, rounds, ramp_s in ((1, args.rounds, 0.0), (args.sessions, 1, args.ramp_s)):
        await run_sessions(app_url, app_headers, 1, 2)  # warm both paths (imports, pools)
        await run_sessions(base_url, {}, 1, 2)
        ours, ours_s = await run_sessions(app_url, app_headers, sessions, rounds, ramp_s)
        floor, floor_s = await run_sessions(base_url, {}, sessions, rounds, ramp_s)
        print(row(f"{sessions} | (a) added TTFC", ours, floor, "added_ttfc_ms"))
        print(row(f"{sessions} | (b) chunk relay", ours, floor, "relay_ms"))
        print(
            f"|   | chunks / errors / wall s | {ours.chunks} / {ours.errors} / {ours_s:.1f} |"
            f" {floor.chunks} / {floor.errors} / {floor_s:.1f} | |"
        )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sessions", type=int, default=500, help="concurrent sessions of the load run")
    parser.add_argument("--rounds", type=int, default=40, help="analyses in a row of the 1-session run")
    parser.add_argument("--chunks", type=int, default=10, help="chunks per answer")
    parser.add_argument("--chunk-delay-ms", type=float, default=200.0, help="5 chunks/s by default")
    parser.add_argument("--server-log", help="write daphne's log to this file")
    parser.add_argument("--ramp-s", type=float, default=2.0, help="load run: starts spread over this time")
    parser.add_argument(
        "--redis", action="store_true", help="use the Redis channel layer (REDIS_HOST or local)"
    )
    parser.add_argument("--serve-baseline", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--base-url", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_baseline:
        with contextlib.suppress(KeyboardInterrupt):
            asyncio.run(serve_baseline(args.serve_baseline, args.base_url))
        return

    ports = {"fake": free_port(), "app": free_port(), "baseline": free_port()}
    workdir = Path(tempfile.mkdtemp(prefix="bench-stream-"))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GEMINI_", "AI_ENGINE", "REDIS_"))}
    env.update(
        {
            "PYTHONPATH": str(REPO_ROOT),
            "AI_ENGINE": "gemini",
            "GEMINI_API_KEY": "bench-key",
            "GEMINI_BASE_URL": f"http://127.0.0.1:{ports['fake']}",
            "ANALYSIS_PREVIEW": "false",
            "LOG_LEVEL": "warning",
            "MAX_CONCURRENT_ANALYSES_PER_USER": "100000",
            "MAX_ANALYSES_PER_USER_PER_HOUR": "1000000",
            "MAX_CONCURRENT_MODEL_CALLS": "100000",
            "THROTTLE_REGISTER": "1000/min",
            "THROTTLE_LOGIN_IP": "1000/min",
            "THROTTLE_LOGIN_EMAIL": "1000/min",
        }
    )
    if not env.get("DB_NAME"):
        env["SQLITE_PATH"] = str(workdir / "bench.sqlite3")
    if args.redis:
        env["REDIS_HOST"] = os.environ.get("REDIS_HOST", "127.0.0.1")
        env["REDIS_CHANNEL_PREFIX"] = f"bench{uuid.uuid4().hex[:6]}"
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"], cwd=REPO_ROOT, env=env, check=True
    )
    processes = []
    try:
        processes.append(
            start(
                [
                    sys.executable,
                    "-m",
                    "ai.google_genai.fake_server",
                    "--port",
                    str(ports["fake"]),
                    "--timestamps",
                    "--chunks",
                    str(args.chunks),
                    "--chunk-delay-ms",
                    str(args.chunk_delay_ms),
                ],
                env,
                ports["fake"],
            )
        )
        daphne = str(Path(sys.executable).with_name("daphne"))
        processes.append(
            start(
                [daphne, "-b", "127.0.0.1", "-p", str(ports["app"]), "resumeai_proj.asgi:application"],
                env,
                ports["app"],
                Path(args.server_log) if args.server_log else None,
            )
        )
        processes.append(
            start(
                [
                    sys.executable,
                    __file__,
                    "--serve-baseline",
                    str(ports["baseline"]),
                    "--base-url",
                    env["GEMINI_BASE_URL"],
                ],
                env,
                ports["baseline"],
            )
        )
        sessionid = register_and_login(ports["app"])
        layer = "Redis" if args.redis else "in-memory"
        db = env.get("DB_NAME") or "SQLite"
        print(
            f"stream latency: {args.chunks} chunks {args.chunk_delay_ms:.0f} ms apart; load-run starts spread"
            f" over {args.ramp_s:g} s; layer {layer}; db {db}; cores {os.cpu_count()};"
            f" load {os.getloadavg()[0]:.2f}"
        )
        asyncio.run(measure(args, ports, sessionid))
        print(f"load after: {os.getloadavg()[0]:.2f}")
    finally:
        for process in processes:
            process.kill()
            process.wait()


if __name__ == "__main__":
    main()
