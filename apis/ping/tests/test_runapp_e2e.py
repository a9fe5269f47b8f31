"""The README's first command, for real: ./runapp.sh serves the API with nothing configured."""

import contextlib
import http.cookiejar
import json
import subprocess
import urllib.error
import urllib.request

import pytest

from api_services.tests.server_support import free_port, runapp_env, runapp_start, runapp_stop, runapp_wait
from conftest import STRONG_PASSWORD

pytestmark = pytest.mark.e2e


@contextlib.contextmanager
def _runapp(tmp_path):
    """Serve ./runapp.sh on a free port; yield its base URL and process (stdout piped)."""
    port = free_port()
    proc = runapp_start(
        env=runapp_env(port=port, sqlite_path=tmp_path / "e2e.sqlite3"), stdout=subprocess.PIPE
    )
    try:
        runapp_wait(process=proc, port=port)
        yield f"http://127.0.0.1:{port}", proc
    finally:
        runapp_stop(proc)


@pytest.fixture
def served(tmp_path):
    with _runapp(tmp_path) as (base, _):
        yield base


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
            "data": {
                "database": "ok",
                "channel_layer": "ok",
                "ai_engine": "local",
                "ai_model": "local-v2",
                "database_backend": "sqlite",
                "channel_layer_backend": "in-memory",
            },
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


def test_runapp_prints_one_ready_line_with_the_urls(tmp_path):
    with _runapp(tmp_path) as (base, proc):
        pass
    output = proc.stdout.read().decode()
    ready = [line for line in output.splitlines() if " ready: " in line]
    assert len(ready) == 1, output
    assert ready[0].endswith(
        f"ready: dashboard {base}/ · API docs {base}/api/v1/docs/ · admin {base}/admin/"
        " (database sqlite3, engine local)"
    )
