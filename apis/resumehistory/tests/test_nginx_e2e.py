"""deploy/nginx.conf.template in front of a real daphne: REST, a WebSocket analysis, the body limit, slow clients.

Skips when nginx is not installed (``apt-get install nginx-light``; ``.ci/run`` installs it).
"""

import asyncio
import json
import re
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from websockets.asyncio.client import connect

from ai.google_genai.fake_server import FakeGemini
from api_services.tests.server_support import REPO_ROOT, free_port, wait_until_listening
from apis.resumehistory.tests.test_ws_e2e import (  # noqa: F401  (server_env is a fixture)
    Daphne,
    frames_until,
    register_and_login,
    server_env,
)
from apis.resumehistory.tests.ws_support import TERMINAL, _no_leftover_runs, analyze_frame  # noqa: F401

pytestmark = pytest.mark.e2e

NGINX = shutil.which("nginx") or next((p for p in ("/usr/sbin/nginx",) if Path(p).exists()), None)
CLIENT_TIMEOUT_S = 1


@dataclass
class Proxy:
    port: int

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"


@pytest.fixture(scope="module")
def proxied(
    server_env: dict[str, str],  # noqa: F811
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Proxy]:
    if NGINX is None:
        pytest.skip("nginx is not installed: apt-get install -y nginx-light (the CI script installs it)")
    server = Daphne(server_env).wait_ready()
    runtime = tmp_path_factory.mktemp("nginx")
    port = free_port()
    values = {
        "LISTEN_PORT": str(port),
        "UPSTREAM": f"127.0.0.1:{server.port}",
        "RUNTIME_DIR": str(runtime),
        "CLIENT_TIMEOUT_S": str(CLIENT_TIMEOUT_S),
    }
    template = (REPO_ROOT / "deploy" / "nginx.conf.template").read_text()
    config = runtime / "nginx.conf"  # as envsubst with the list of these names (nginx's own $vars stay)
    config.write_text(re.sub(r"\$\{([A-Z_]+)\}", lambda match: values.get(match[1], match[0]), template))
    nginx = subprocess.Popen(
        [NGINX, "-c", str(config), "-p", str(runtime), "-e", str(runtime / "error.log")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_until_listening(port=port, process=nginx, name="nginx", timeout_s=10)
        yield Proxy(port)
    finally:
        nginx.terminate()
        nginx.wait(10)
        server.stop()


def test_a_rest_call_goes_through_the_proxy(proxied: Proxy) -> None:
    with urllib.request.urlopen(f"{proxied.origin}/api/v1/ping/", timeout=10) as response:
        assert response.status == 200
        assert json.load(response)["status"] == "success"


async def test_a_websocket_analysis_streams_through_the_proxy(
    proxied: Proxy, fake_gemini_server: FakeGemini
) -> None:
    fake_gemini_server.reset()
    sessionid = await asyncio.to_thread(register_and_login, proxied)
    async with connect(
        f"ws://127.0.0.1:{proxied.port}/ws/resume-tailor/",
        additional_headers={"Cookie": f"sessionid={sessionid}", "Origin": proxied.origin},
        proxy=None,
        open_timeout=10,
    ) as client:
        assert json.loads(await asyncio.wait_for(client.recv(), 10))["type"] == "connected"
        await client.send(json.dumps(analyze_frame()))
        frames = [frame for _, frame in await frames_until(client, TERMINAL)]
    assert frames[0]["type"] == "analysis.started"
    assert any(frame["type"] == "analysis.chunk" for frame in frames)
    assert frames[-1]["type"] == "analysis.completed"


def test_a_body_over_the_limit_is_refused_by_the_proxy(proxied: Proxy) -> None:
    request = urllib.request.Request(
        f"{proxied.origin}/api/v1/auth/login/",
        data=b"x" * (7 * 1024 * 1024),
        headers={"Content-Type": "application/json"},
    )
    with pytest.raises(urllib.error.HTTPError) as caught:
        urllib.request.urlopen(request, timeout=10)
    assert caught.value.code == 413


def test_a_half_sent_request_is_cut_by_the_timeout(proxied: Proxy) -> None:
    with socket.create_connection(("127.0.0.1", proxied.port), timeout=10) as client:
        client.sendall(
            b"POST /api/v1/auth/login/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            b'Content-Length: 1000\r\n\r\n{"email":'
        )
        started = time.monotonic()
        answer = b""
        while chunk := client.recv(4096):  # until nginx closes the connection
            answer += chunk
        elapsed = time.monotonic() - started
    assert elapsed < CLIENT_TIMEOUT_S + 5
    assert answer == b"" or answer.startswith(b"HTTP/1.1 408")
