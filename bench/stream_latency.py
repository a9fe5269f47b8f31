"""Measure what our WebSocket stack adds to a model's stream, against a minimal raw ``websockets`` relay.

``--engine gemini`` (default) or ``--engine openai`` picks the engine and its fake (``ai.google_genai`` or
``ai.openai_compat`` ``.fake_server``); the raw relay streams through the same engine, hence the same SDK.

Starts, as subprocesses: the fake Gemini (``--timestamps``: each chunk carries when it was sent, the first one
also when the request arrived), daphne serving the app (Gemini engine pointed at the fake, embedded SQLite or
``DB_*``; in-memory channel layer, or Redis with ``--redis``), and the baseline: a bare ``websockets`` server
that streams the same fake through the same SDK engine and forwards each chunk as one frame. Then runs
sessions against both and prints p50/p95/p99 of:

(a) server-added time to first chunk: client send → first chunk received, minus the model's own time to first
    chunk (request arrival → first chunk sent, stamped by the fake);
(b) relay latency per chunk: fake sent the chunk → client received it.

At 1 session ours and the floor alternate round by round (this machine's speed drifts); a load run (500
sockets of 50 users by default, 40-chunk answers, starts spread over 5 s) runs each side once, against fresh
processes. Printed for both sides: server CPU seconds per 1000 relayed chunks, and the cores kept busy during
the run, for the whole machine and split into server, clients (this process) and fake model: every part of
the bench shares this machine's cores, so a run whose machine figure nears the core count measures queueing.

A load run counts every model chunk even when the server merged several into one frame under load (each
keeps its stamp; ``seq`` is checked for gaps, a gap counts as an error), and prints the chunk frames sent.
``--scale 1,2,4 --redis`` runs the load runs against 1, 2 and 4 daphne processes and ends with a summary of
relay CPU per chunk and sessions held per process (``bench/stream_scale.py``); ``--profile DIR`` samples
the servers with py-spy (``bench/stream_profile.py``). The added TTFC is also printed in two parts: (a1)
client send → request at the model, (a2) the model's first chunk → client; ``--stages`` (server logging
``STAGE_TIMES=true``: a few log lines per analysis) splits ours further (``bench/stream_stages.py``).

Run: ``.venv/bin/python bench/stream_latency.py [--sessions 100,250,500] [--rounds 40] [--redis
[--processes 2 | --scale 1,2,4]] [--profile DIR]``
(``DB_*`` for PostgreSQL, else SQLite). All processes run on this machine; ``os.getloadavg()`` is printed
before and after because other work shares the cores.
"""

import argparse
import asyncio
import contextlib
import os
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from bench.stream_phase import run_phase  # noqa: E402
from bench.stream_processes import ENGINES, serve_baseline  # noqa: E402
from bench.stream_scale import ScalePoint, print_summary  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--sessions",
        type=lambda text: [int(part) for part in text.split(",") if part.strip()],
        default=[500],
        help="concurrent sessions of the load runs, comma-separated (500; 100,250,500); 0 for none",
    )
    parser.add_argument("--users", type=int, default=50, help="load run: sessions of this many users")
    parser.add_argument(
        "--rounds", type=int, default=40, help="analyses in a row of the 1-session run (0: skip that run)"
    )
    parser.add_argument("--chunks", type=int, default=10, help="chunks per answer in the 1-session run")
    parser.add_argument("--load-chunks", type=int, default=40, help="chunks per answer in the load run")
    parser.add_argument("--chunk-delay-ms", type=float, default=200.0, help="5 chunks/s by default")
    parser.add_argument("--ramp-s", type=float, default=5.0, help="load run: starts spread over this time")
    parser.add_argument(
        "--processes", type=int, default=1, help="load run: daphne processes (more than 1 needs --redis)"
    )
    parser.add_argument(
        "--scale",
        type=lambda text: [int(part) for part in text.split(",") if part.strip()],
        help="load runs against each of these daphne process counts (1,2,4; needs --redis), then a summary",
    )
    parser.add_argument("--server-log", help="write daphne's log to this file")
    parser.add_argument(
        "--stages",
        action="store_true",
        help="also print where our added time to first chunk goes, stage by stage (bench/stream_stages.py)",
    )
    parser.add_argument(
        "--profile", help="load runs: sample the servers with py-spy, stacks into this folder"
    )
    parser.add_argument(
        "--redis", action="store_true", help="use the Redis channel layer (REDIS_HOST or local)"
    )
    parser.add_argument("--engine", choices=sorted(ENGINES), default="gemini", help="the engine measured")
    parser.add_argument("--serve-baseline", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--base-url", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if (args.processes > 1 or args.scale) and not args.redis:
        parser.error("--processes above 1 or --scale needs --redis: the in-memory layer stays in one process")
    if args.serve_baseline:
        with contextlib.suppress(KeyboardInterrupt):
            asyncio.run(serve_baseline(args.serve_baseline, args.base_url, args.engine, stages=args.stages))
        return

    workdir = Path(tempfile.mkdtemp(prefix="bench-stream-"))
    prefixes = ("GEMINI_", "OPENAI_", "AI_ENGINE", "REDIS_")
    env = {k: v for k, v in os.environ.items() if not k.startswith(prefixes)}
    env.update(
        {
            "PYTHONPATH": str(REPO_ROOT),
            "AI_ENGINE": args.engine,
            **ENGINES[args.engine][3],
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
        # A shared Redis: the caller's port and database numbers, if given, are kept.
        env.update(
            {
                k: os.environ[k]
                for k in ("REDIS_PORT", "REDIS_CHANNEL_DB", "REDIS_CACHE_DB")
                if k in os.environ
            }
        )
        env["REDIS_CHANNEL_PREFIX"] = f"bench{uuid.uuid4().hex[:6]}"
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"], cwd=REPO_ROOT, env=env, check=True
    )
    layer = "Redis" if args.redis else "in-memory"
    print(
        f"stream latency ({args.engine} engine): chunks {args.chunk_delay_ms:.0f} ms apart"
        f" ({args.chunks} per answer at 1 session,"
        f" {args.load_chunks} under load, starts spread over {args.ramp_s:g} s, {args.users} users,"
        f" {','.join(map(str, args.scale or [args.processes]))} daphne process(es));"
        f" layer {layer}; db {env.get('DB_NAME') or 'SQLite'}; cores {os.cpu_count()};"
        f" load {os.getloadavg()[0]:.2f}"
    )
    print("| sessions | metric (ms) | ours p50 / p95 / p99 | raw relay p50 / p95 / p99 | ratio |")
    print("|---|---|---|---|---|")
    sessionids: list[str] = []
    if args.rounds:
        run_phase(
            args,
            env,
            chunks=args.chunks,
            sessions=1,
            rounds=args.rounds,
            ramp_s=0.0,
            processes=1,
            sessionids=sessionids,
        )
    points: list[ScalePoint] = []
    for processes in args.scale or [args.processes]:
        for sessions in [count for count in args.sessions if count > 0]:
            ours, floor = run_phase(
                args,
                env,
                chunks=args.load_chunks,
                sessions=sessions,
                rounds=1,
                ramp_s=args.ramp_s,
                processes=processes,
                sessionids=sessionids,
                with_floor=not args.scale or processes == 1,
            )
            points.append(ScalePoint(processes, sessions, ours, floor if processes == 1 else None))
    if args.scale:
        print_summary(points)
    print(f"load after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
