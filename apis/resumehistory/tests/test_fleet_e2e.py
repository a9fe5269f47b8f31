"""deploy/fleet.sh: two daphne processes behind nginx on shared Redis and PostgreSQL, used through the proxy.

Skips without nginx, or without Redis and PostgreSQL (``REDIS_HOST``, ``DB_NAME``): a fleet shares them.
"""

import asyncio
import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from ai.google_genai.fake_server import FakeGemini, Script
from api_services.tests.server_support import REPO_ROOT, free_port, free_port_run
from apis.resumehistory.tests.test_nginx_e2e import NGINX, Proxy
from apis.resumehistory.tests.test_ws_e2e import (  # noqa: F401  (server_env is a fixture)
    frames_until,
    open_socket,
    register_and_login,
    server_env,
)
from apis.resumehistory.tests.ws_support import TERMINAL, _no_leftover_runs, analyze_frame, by_type  # noqa: F401

pytestmark = pytest.mark.e2e
FLEET_PROCESSES = 2


@pytest.fixture(scope="module")
def fleet(
    server_env: dict[str, str],  # noqa: F811
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Proxy]:
    if NGINX is None:
        pytest.skip("nginx is not installed: apt-get install -y nginx-light (the CI script installs it)")
    if not os.environ.get("REDIS_HOST") or not server_env.get("DB_NAME"):
        pytest.skip("a fleet shares Redis and PostgreSQL: set REDIS_HOST and DB_NAME")
    runtime: Path = tmp_path_factory.mktemp("fleet")
    port = free_port()
    env = {
        **server_env,
        **{key: value for key, value in os.environ.items() if key.startswith("REDIS_")},
        "FLEET_PROCESSES": str(FLEET_PROCESSES),
        "FLEET_BASE_PORT": str(free_port_run(FLEET_PROCESSES, avoid=(port,))),
        "LISTEN_PORT": str(port),
        "RUNTIME_DIR": str(runtime),
        "CLIENT_TIMEOUT_S": "5",
        "NGINX": NGINX,
    }
    script = str(REPO_ROOT / "deploy" / "fleet.sh")
    try:
        subprocess.run([script, "start"], env=env, check=True, timeout=240, capture_output=True)
        yield Proxy(port)
    finally:
        subprocess.run([script, "stop"], env=env, check=False, timeout=60, capture_output=True)


async def test_two_sockets_through_the_proxy_share_one_analysis_with_continuous_seq(
    fleet: Proxy, fake_gemini_server: FakeGemini
) -> None:
    fake_gemini_server.reset()
    fake_gemini_server.enqueue(Script(chunk_delay_s=0.1, chunk_count=8))
    sessionid = await asyncio.to_thread(register_and_login, fleet)
    async with await open_socket(fleet, sessionid) as starter, await open_socket(fleet, sessionid) as other:
        await starter.send(json.dumps(analyze_frame()))
        seen = [frame for _, frame in await frames_until(starter, {"analysis.chunk"})]
        await other.send(json.dumps({"action": "subscribe", "analysis_id": seen[0]["analysis_id"]}))
        replayed = [frame for _, frame in await frames_until(other, TERMINAL)]
        seen += [frame for _, frame in await frames_until(starter, TERMINAL)]
    assert replayed == seen
    assert replayed[-1]["type"] == "analysis.completed"
    assert [frame["seq"] for frame in by_type(replayed, "analysis.chunk")] == list(range(1, 9))
