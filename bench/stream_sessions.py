"""The stream bench's clients: sessions that analyse over a WebSocket and time every chunk."""

import asyncio
import json
import random
import statistics
import time
import uuid
from dataclasses import dataclass, field

from websockets.asyncio.client import connect

from ai.google_genai.fake_server import RECEIVED_MARK, TIMESTAMP_MARK

RESUME = "Backend developer. Built REST APIs in Python and Django with PostgreSQL."
JOB = "Python developer with Django, Kubernetes and Terraform."


@dataclass
class Results:
    added_ttfc_ms: list[float] = field(default_factory=list)
    # The added time's two parts: client send -> request at the model; model's first chunk -> client.
    to_request_ms: list[float] = field(default_factory=list)
    from_chunk_ms: list[float] = field(default_factory=list)
    # Per request id: the client's and the fake model's monotonic stamps (``bench/stream_stages.py``).
    timelines: dict[str, dict[str, int]] = field(default_factory=dict)
    relay_ms: list[float] = field(default_factory=list)
    errors: int = 0
    chunks: int = 0  # model chunks relayed
    frames: int = 0  # chunk frames they came in (fewer when merged under load)
    cpu_s: float = 0.0  # the server processes' CPU time
    tree_cpu_s: float = 0.0  # the server processes' and their analysis workers' CPU time
    wall_s: float = 0.0
    machine_busy_s: float = 0.0  # CPU time of the whole machine (every core), client and fake included
    client_cpu_s: float = 0.0  # this process: the sessions' clients
    fake_cpu_s: float = 0.0  # the fake model
    redis_cpu_s: float = 0.0  # every redis-server process of this machine (others' work included)
    postgres_cpu_s: float = 0.0  # every postgres process of this machine, likewise

    def merge(self, other: "Results") -> None:
        self.added_ttfc_ms += other.added_ttfc_ms
        self.to_request_ms += other.to_request_ms
        self.from_chunk_ms += other.from_chunk_ms
        self.timelines.update(other.timelines)
        self.relay_ms += other.relay_ms
        self.errors += other.errors
        self.chunks += other.chunks
        self.frames += other.frames


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
                # A new posting each time (users analyse one resume against many): no reading of it is cached.
                job = f"{JOB} Reference {uuid.uuid4().hex[:12]}."
                request_id = f"bench-{uuid.uuid4().hex}"
                start = {"resume_text": RESUME, "job_description": job, "request_id": request_id}
                sent_ns = time.monotonic_ns()
                await client.send(json.dumps(start))
                first = True
                seq = 0
                while True:
                    frame = json.loads(await asyncio.wait_for(client.recv(), 60))
                    now_ns = time.monotonic_ns()
                    kind = frame["type"]
                    if kind == "analysis.chunk":
                        # Under load the server may merge pending chunks into one frame: each model chunk
                        # keeps its own stamp inside the delta, and ``seq`` must still go 1, 2, 3...
                        stamps = [int(stamp) for stamp in TIMESTAMP_MARK.findall(frame["delta"])]
                        results.relay_ms += [(now_ns - stamp) / 1e6 for stamp in stamps]
                        results.chunks += len(stamps)
                        results.frames += 1
                        seq += 1
                        if frame["seq"] != seq:
                            raise RuntimeError(f"chunk seq {frame['seq']} where {seq} was due")
                        if first:
                            received_ns = int(RECEIVED_MARK.search(frame["delta"]).group(1))
                            results.added_ttfc_ms.append((now_ns - sent_ns - (stamps[0] - received_ns)) / 1e6)
                            results.to_request_ms.append((received_ns - sent_ns) / 1e6)
                            results.from_chunk_ms.append((now_ns - stamps[0]) / 1e6)
                            results.timelines[request_id] = {
                                "client_sent": sent_ns,
                                "model_request": received_ns,
                                "model_chunk": stamps[0],
                                "client_frame": now_ns,
                            }
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


Target = tuple[str, dict[str, str]]  # a WebSocket URL and the handshake's headers


async def run_sessions(
    targets: list[Target], sessions: int, rounds: int, ramp_s: float = 0.0
) -> tuple[Results, float]:
    """Connect ``sessions`` sockets (round-robin over ``targets``), then start their streams (spread over
    ``ramp_s``); return the results and the wall time."""
    results = Results()
    ready: asyncio.Queue = asyncio.Queue()
    gate = asyncio.Event()
    tasks = [
        asyncio.create_task(one_session(*targets[index % len(targets)], rounds, results, ready, gate, ramp_s))
        for index in range(sessions)
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
