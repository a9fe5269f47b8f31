"""The README's first command, for real: ./runapp.sh serves the API with nothing configured."""

import http.cookiejar
import json
import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request

import pytest

from conftest import REPO_ROOT, STRONG_PASSWORD

pytestmark = pytest.mark.e2e


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_serving(url: str, proc: subprocess.Popen, deadline_s: float) -> None:
    deadline = time.monotonic() + deadline_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"runapp.sh exited early with {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=1):
                return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.1)  # polling a readiness probe, not synchronising on a guess
    raise AssertionError("server did not start in time")


@pytest.fixture
def served(tmp_path):
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DB_", "REDIS_", "GEMINI_", "AI_ENGINE"))}
    env.update(PORT=str(port), HOST="127.0.0.1", SQLITE_PATH=str(tmp_path / "e2e.sqlite3"))
    proc = subprocess.Popen(
        ["./runapp.sh"],
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_serving(f"{base}/api/v1/ping/", proc, 90)
        yield base
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=20)


def _call(opener, method: str, url: str, body: dict | None = None, headers: dict | None = None):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(
        url, data=data, method=method, headers={"Content-Type": "application/json", **(headers or {})}
    )
    try:
        with opener.open(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read())


def test_runapp_serves_ping_and_the_register_login_me_flow(served):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    status, body = _call(opener, "GET", f"{served}/api/v1/ping/")
    assert (status, body) == (
        200,
        {
            "status": "success",
            "message": "pong",
            "data": {"database": "ok", "channel_layer": "ok", "ai_engine": "local"},
        },
    )
    payload = {
        "email": "curl@example.com",
        "password": STRONG_PASSWORD,
        "first_name": "Curl",
        "last_name": "User",
    }
    assert _call(opener, "POST", f"{served}/api/v1/auth/register/", payload) == (
        201,
        {"status": "success", "message": "Registration successful"},
    )
    status, body = _call(
        opener,
        "POST",
        f"{served}/api/v1/auth/login/",
        {"email": "curl@example.com", "password": STRONG_PASSWORD},
    )
    assert status == 200
    assert {c.name for c in jar} >= {"sessionid"}
    status, me = _call(opener, "GET", f"{served}/api/v1/users/me/")
    assert status == 200
    assert me["data"]["email"] == "curl@example.com"
    bearer = urllib.request.build_opener()
    status, me = _call(
        bearer,
        "GET",
        f"{served}/api/v1/users/me/",
        headers={"Authorization": f"Bearer {body['data']['access']}"},
    )
    assert status == 200
    assert me["data"]["email"] == "curl@example.com"
