"""The attack run's process drills: servers stopped with SIGTERM and SIGKILL while analyses stream."""

import asyncio
import json
import signal
from pathlib import Path

from websockets.exceptions import ConnectionClosed

from ai.google_genai.fake_server import FakeGemini, Script
from bench.attack.harness import TERMINAL, Server, Tally, login, settle, socket_for, start_analyses


def part_drills(workdir: Path, env: dict[str, str], *, rounds: int) -> Tally:
    """SIGTERM and SIGKILL a server with analyses streaming (a slow fake Gemini); no row may stay running.

    After SIGTERM each follower must have its final frame before the socket closes (else a crash); after
    SIGKILL the survivor's housekeeper must fail the rows within ORPHAN_AFTER + HEARTBEAT, with no visitor.
    """
    tally, log = Tally("drills"), workdir / "drills.log"
    gemini = FakeGemini(default=Script(chunk_delay_s=1.0, chunk_count=30)).start()
    slow = {**env, "AI_ENGINE": "gemini", "GEMINI_API_KEY": "attack-run", "GEMINI_BASE_URL": gemini.url}
    survivor = Server(slow, log)
    sessionid = login(survivor)
    started: set[int] = set()
    try:
        for number in range(rounds):
            victim = Server(slow, log)
            kill = bool(number % 2)
            ids, finals = asyncio.run(_stop_while_streaming(victim, sessionid, 5, kill=kill))
            started |= ids
            tally.cases += 1
            tally.crashes += victim.process.returncode not in (0, -signal.SIGKILL)
            tally.crashes += 0 if kill else len(ids - finals)
        settle(survivor, sessionid, started, tally, timeout_s=15)
    finally:
        survivor.stop()
        gemini.stop()
    tally.tracebacks = log.read_text(errors="replace").count("Traceback")
    return tally


async def _stop_while_streaming(
    server: Server, sessionid: str, count: int, *, kill: bool
) -> tuple[set[int], set[int]]:
    """Start ``count`` analyses, stop ``server`` once all stream; return their ids and the ones finished."""
    client = await socket_for(server, sessionid)
    finals: set[int] = set()
    ids = await start_analyses(client, count)
    await asyncio.to_thread(server.stop, signal.SIGKILL if kill else signal.SIGTERM)
    try:
        while True:
            frame = json.loads(await asyncio.wait_for(client.recv(), 30))
            if frame["type"] in TERMINAL:
                finals.add(frame["analysis_id"])
    except ConnectionClosed:
        pass
    return ids, finals
