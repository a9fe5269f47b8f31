"""``--scale 1,2,4``: the same load against 1, 2 and 4 daphne processes sharing Redis and PostgreSQL.

Each process count runs every ``--sessions`` count (users spread round-robin over the processes, as a proxy
with least-connections routing would); the floor runs beside the 1-process runs only. The summary gives,
per process count: relay p99 and errors per session count, server CPU per 1000 relayed chunks (all
processes), what Redis and PostgreSQL spent per 1000 chunks (every process of theirs on this machine, so
other work sharing them counts too), the largest session count held (relay p99 <= ``HELD_P99_MS`` with no
error), and that count per process.
"""

from dataclasses import dataclass

from bench.stream_sessions import Results, percentiles

HELD_P99_MS = 100.0


@dataclass
class ScalePoint:
    processes: int
    sessions: int
    ours: Results
    floor: Results | None


def held(results: Results) -> bool:
    """Return True when a run kept relay p99 within ``HELD_P99_MS`` with no error."""
    return results.errors == 0 and bool(results.relay_ms) and percentiles(results.relay_ms)[2] <= HELD_P99_MS


def _per_k(seconds: float, results: Results) -> str:
    return f"{seconds / max(1, results.chunks) * 1000:.2f}"


def print_summary(points: list[ScalePoint]) -> None:
    """Print one row per (process count, session count), then the capacity per process count."""
    print()
    print(
        "| processes | sessions | relay p99 ms (floor) | errors | server CPU s / 1000 chunks (floor)"
        " | Redis / PostgreSQL CPU s / 1000 chunks | server cores busy |"
    )
    print("|---|---|---|---|---|---|---|")
    for point in points:
        ours, floor = point.ours, point.floor
        p99 = f"{percentiles(ours.relay_ms)[2]:.1f}"
        cpu = _per_k(ours.cpu_s, ours)
        if floor is not None:
            p99 += f" ({percentiles(floor.relay_ms)[2]:.1f})"
            cpu += f" ({_per_k(floor.cpu_s, floor)})"
        services = f"{_per_k(ours.redis_cpu_s, ours)} / {_per_k(ours.postgres_cpu_s, ours)}"
        busy = ours.cpu_s / max(ours.wall_s, 1e-9)
        cells = [point.processes, point.sessions, p99, ours.errors, cpu, services, f"{busy:.2f}"]
        print("| " + " | ".join(str(cell) for cell in cells) + " |")
    print()
    print("| processes | sessions held (p99 <= 100 ms, 0 errors) | per process | floor (1 process) |")
    print("|---|---|---|---|")
    floor_held = max((p.sessions for p in points if p.floor is not None and held(p.floor)), default=0)
    for processes in sorted({point.processes for point in points}):
        mine = max((p.sessions for p in points if p.processes == processes and held(p.ours)), default=0)
        print(f"| {processes} | {mine} | {mine / processes:.0f} | {floor_held} |")
