"""One phase of bench/stream_latency.py: start the fake, the server(s) and the floor, run the sessions."""

import argparse
import asyncio
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from api_services.tests.server_support import free_port
from bench.stream_processes import (
    ENGINES,
    cpu_s,
    machine_busy_s,
    register_and_login,
    services_cpu_s,
    start,
    tree_cpu_s,
)
from bench.stream_profile import sampled
from bench.stream_sessions import Results, run_sessions
from bench.stream_stages import print_stages
from bench.stream_tables import print_rows

LATENCY_SCRIPT = Path(__file__).with_name("stream_latency.py")


async def measure(
    *,
    app_ports: list[int],
    baseline_port: int,
    sessionids: list[str],
    sessions: int,
    rounds: int,
    ramp_s: float,
    app_servers: list[subprocess.Popen],
    baseline: subprocess.Popen,
    fake: subprocess.Popen,
    profile_dir: Path | None = None,
    with_floor: bool = True,
) -> tuple[Results, Results]:
    """Run the sessions against our server(s), then against the raw relay (unless not ``with_floor``)."""
    # Users and servers are paired round-robin, as a load balancer would spread a user's sockets.
    targets = [
        (
            f"ws://127.0.0.1:{port}/ws/resume-tailor/",
            {"Cookie": f"sessionid={sessionid}", "Origin": f"http://127.0.0.1:{port}"},
        )
        for index, sessionid in enumerate(sessionids)
        for port in [app_ports[index % len(app_ports)]]
    ]
    floor_targets = [(f"ws://127.0.0.1:{baseline_port}/", {})]
    for target in targets[: len(app_ports)]:  # warm every process (imports, pools)
        await run_sessions([target], 1, 2)
    await run_sessions(floor_targets, 1, 2)
    ours, floor = Results(), Results()
    # One session: ours and the floor alternate round by round, so that drift in this shared machine's speed
    # weighs on both alike. Under load each side runs its sessions once, as a whole.
    for _ in range(rounds):
        sides = [(ours, "ours", targets, app_servers), (floor, "floor", floor_targets, [baseline])]
        for side, name, side_targets, servers in sides[: 2 if with_floor else 1]:
            server_cpu = sum(cpu_s(server) for server in servers)
            tree_cpu = sum(tree_cpu_s(server) for server in servers)
            before = (server_cpu, machine_busy_s(), time.process_time(), cpu_s(fake))
            services = services_cpu_s()
            pids = [server.pid for server in servers]
            with sampled(
                pids=pids, directory=profile_dir if sessions > 1 else None, label=f"{name}-{sessions}"
            ):
                results, wall_s = await run_sessions(side_targets, sessions, 1, ramp_s)
            side.merge(results)
            side.cpu_s += sum(cpu_s(server) for server in servers) - before[0]
            side.tree_cpu_s += sum(tree_cpu_s(server) for server in servers) - tree_cpu
            side.machine_busy_s += machine_busy_s() - before[1]
            side.client_cpu_s += time.process_time() - before[2]
            side.fake_cpu_s += cpu_s(fake) - before[3]
            side.wall_s += wall_s
            services_after = services_cpu_s()
            side.redis_cpu_s += services_after["redis-server"] - services["redis-server"]
            side.postgres_cpu_s += services_after["postgres"] - services["postgres"]
    return ours, floor


def run_phase(
    args: argparse.Namespace,
    env: dict[str, str],
    *,
    chunks: int,
    sessions: int,
    rounds: int,
    ramp_s: float,
    processes: int,
    sessionids: list[str],
    with_floor: bool = True,
) -> tuple[Results, Results]:
    """Start the fake (answering ``chunks`` chunks), ``processes`` daphne servers and the raw relay; print
    the table's rows for this session count and return ours and the floor's results."""
    fake_port, baseline_port = free_port(), free_port()
    app_ports = [free_port() for _ in range(processes)]
    fake_module, url_setting, url_path, _ = ENGINES[args.engine]
    base_url = f"http://127.0.0.1:{fake_port}{url_path}"
    env = {**env, url_setting: base_url}
    fake = [sys.executable, "-m", fake_module, "--port", str(fake_port), "--timestamps"]
    fake += ["--chunks", str(chunks), "--chunk-delay-ms", str(args.chunk_delay_ms)]
    daphne = [str(Path(sys.executable).with_name("daphne")), "-b", "127.0.0.1"]
    baseline = [sys.executable, str(LATENCY_SCRIPT), "--serve-baseline", str(baseline_port)]
    baseline += ["--base-url", base_url, "--engine", args.engine]
    started: list[subprocess.Popen] = []
    try:
        started.append(start(fake, env, fake_port))
        server_log = Path(args.server_log) if args.server_log else None
        floor_log = None
        if args.stages:
            env = {**env, "STAGE_TIMES": "true"}
            logs = Path(tempfile.mkdtemp(prefix="bench-stages-"))
            server_log, floor_log = server_log or logs / "server.log", logs / "floor.log"
            baseline.append("--stages")
        app_servers = [
            start([*daphne, "-p", str(port), "resumeai_proj.asgi:application"], env, port, server_log)
            for port in app_ports
        ]
        started += app_servers
        started.append(start(baseline, env, baseline_port, floor_log))
        users = min(args.users, sessions)
        with ThreadPoolExecutor(max_workers=4) as pool:  # sessions outlive the processes: made once per run
            missing = range(max(0, users - len(sessionids)))
            sessionids += pool.map(lambda _: register_and_login(app_ports[0]), missing)
        run = measure(
            app_ports=app_ports,
            baseline_port=baseline_port,
            sessionids=sessionids[:users],
            sessions=sessions,
            rounds=rounds,
            ramp_s=ramp_s,
            app_servers=app_servers,
            baseline=started[-1],
            fake=started[0],
            profile_dir=Path(args.profile) if args.profile else None,
            with_floor=with_floor,
        )
        ours, floor = asyncio.run(run)
        print_rows(sessions, ours, floor)
        if args.stages:
            floor_side = (floor.timelines, floor_log) if with_floor else None
            print_stages(sessions=sessions, ours=(ours.timelines, server_log), floor=floor_side)
        return ours, floor
    finally:
        for process in started:
            process.kill()
            process.wait()
