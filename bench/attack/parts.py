"""The attack run's request parts: the auth/origin matrix, the seeded WebSocket fuzzer, the soak."""

import asyncio
import json
import random
import time

from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed, InvalidStatus

from bench.attack.harness import JOB, RESUME, TERMINAL, Server, Tally, http, settle, socket_for


def part_matrix(server: Server, sessionid: str) -> Tally:
    tally = Tally("matrix")
    auths = {
        "none": {},
        "bad-bearer": {"Authorization": "Bearer x.y.z"},
        "session": {"Cookie": f"sessionid={sessionid}"},
    }
    paths = [
        ("GET", "/api/v1/users/me/"),
        ("GET", "/api/v1/resume/histories/"),
        ("GET", "/api/v1/resume/"),
        ("POST", "/api/v1/auth/logout/"),
        ("POST", "/api/v1/auth/token/refresh/"),
        ("GET", "/api/v1/ping/"),
    ]
    for method, path in paths:
        for headers in auths.values():
            body = b"{}" if method == "POST" else None
            status, _ = http(server, method, path, body, **{"Content-Type": "application/json", **headers})
            tally.cases += 1
            tally.crashes += status >= 500
    origins = [None, server.origin, "http://evil.example", f"https://127.0.0.1:{server.port}", "null"]
    for origin in origins:
        for cookie in (None, sessionid):
            headers = {"Origin": origin} if origin else {}
            if cookie:
                headers["Cookie"] = f"sessionid={cookie}"
            tally.cases += 1
            tally.crashes += asyncio.run(_handshake(server, headers))
    return tally


async def _handshake(server: Server, headers: dict[str, str]) -> int:
    try:
        async with connect(
            f"ws://127.0.0.1:{server.port}/ws/resume-tailor/",
            additional_headers=headers,
            proxy=None,
            open_timeout=30,
        ) as client:
            await asyncio.wait_for(client.recv(), 30)
    except InvalidStatus as exc:
        return int(exc.response.status_code >= 500)
    except ConnectionClosed as exc:
        return int(exc.rcvd is not None and exc.rcvd.code == 1011)
    return 0


def _fuzz_frame(rng: random.Random) -> str:
    kind = rng.randrange(9)
    if kind == 0:
        return "[" * rng.randrange(1, 20000)
    if kind == 1:
        return json.dumps(
            {
                "action": rng.choice(["analyze", "cancel", "subscribe", "x", 7, None]),
                "analysis_id": rng.choice([1, -1, 0, "1", 2**70, None, [1]]),
            }
        )
    if kind == 2:
        odd = rng.choice(["\x00", "\\ud800", "\\udfff", "\u202e", "\ufeff"])
        return '{"resume_text": "a%sb", "job_description": "%s"}' % (odd, JOB[:40])  # noqa: UP031
    if kind == 3:
        return json.dumps(
            {"resume_text": rng.choice(["", " ", "x" * rng.randrange(1, 70000)]), "job_description": JOB}
        )
    if kind == 4:
        return "".join(chr(rng.randrange(32, 0x2FFF)) for _ in range(rng.randrange(1, 200)))
    if kind == 5:
        return json.dumps({"resume_id": rng.choice([1, 99999, "a", True]), "job_description": JOB})
    if kind == 6:
        nested: object = "x"
        for _ in range(rng.randrange(1, 60)):
            nested = {"a": nested} if rng.random() < 0.5 else [nested]
        return json.dumps(
            {"action": "analyze", "resume_text": RESUME, "job_description": JOB, "extra": nested}
        )
    if kind == 7:
        return json.dumps(
            {
                "action": "analyze",
                "resume_text": RESUME,
                "job_description": JOB,
                "request_id": rng.choice(["ok-1", "bad id", "x" * 65, 5]),
            }
        )
    return rng.choice(["", "null", "{}", '{"action"', "true", "1e999", '"\\u0000"'])


async def _fuzz(
    server: Server, sessionid: str, frames: int, seed: int, tally: Tally, started: set[int]
) -> None:
    rng = random.Random(seed)
    client = await socket_for(server, sessionid)
    for _ in range(frames):
        tally.cases += 1
        try:
            await client.send(_fuzz_frame(rng))
            while True:  # drain what has arrived: each frame gets at least one answer
                frame = json.loads(await asyncio.wait_for(client.recv(), 30))
                if frame["type"] == "analysis.started":
                    started.add(frame["analysis_id"])
                    continue
                if frame["type"] in ("error",) or frame["type"] in TERMINAL:
                    break
        except (ConnectionClosed, TimeoutError):
            tally.crashes += 1
            client = await socket_for(server, sessionid)
    await client.close()


def part_fuzz(server: Server, sessionid: str, *, frames: int, seed: int) -> Tally:
    tally, started = Tally("fuzz"), set()
    asyncio.run(_fuzz(server, sessionid, frames, seed, tally, started))
    settle(server, sessionid, started, tally)
    return tally


async def _soak(
    server: Server, sessionid: str, sockets: int, seconds: float, tally: Tally, started: set[int]
) -> None:
    deadline = time.monotonic() + seconds

    async def one() -> None:
        client = await socket_for(server, sessionid)
        try:
            while time.monotonic() < deadline:
                await client.send(
                    json.dumps({"action": "analyze", "resume_text": RESUME, "job_description": JOB})
                )
                seq = []
                while True:
                    frame = json.loads(await asyncio.wait_for(client.recv(), 60))
                    if frame["type"] == "analysis.started":
                        started.add(frame["analysis_id"])
                    elif frame["type"] == "analysis.chunk":
                        seq.append(frame["seq"])
                    if frame["type"] in TERMINAL or frame["type"] == "error":
                        break
                tally.cases += 1
                tally.crashes += frame["type"] != "analysis.completed" or seq != list(range(1, len(seq) + 1))
        except (ConnectionClosed, TimeoutError):
            tally.crashes += 1
        finally:
            await client.close()

    await asyncio.gather(*(one() for _ in range(sockets)))


def part_soak(server: Server, sessionid: str, *, sockets: int, seconds: float) -> Tally:
    tally, started = Tally("soak"), set()
    asyncio.run(_soak(server, sessionid, sockets, seconds, tally, started))
    settle(server, sessionid, started, tally)
    return tally
