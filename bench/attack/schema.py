"""The attack run's schemathesis part: the served OpenAPI schema against the live server, three ways.

Anonymous, session cookie (with CSRF) and JWT bearer; the checks: no 5xx, status codes, content types and
bodies as the schema documents them, and the one envelope (``schema_hooks.one_envelope``). Logout is left
out of the signed-in passes (it would end their session); the anonymous pass covers it.
"""

import json
import os
import re
import subprocess
import sys
import urllib.request
import uuid
from pathlib import Path

from api_services.tests.server_support import REPO_ROOT
from bench.attack.harness import PASSWORD, Server, Tally, http

CHECKS = (
    "not_a_server_error,status_code_conformance,content_type_conformance,"
    "response_schema_conformance,one_envelope"
)
_ACCESS_LINE = re.compile(r'"(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) [^"]*" (\d{3}) ')


def _cookie(headers: list[str], name: str) -> str:
    return next(h.split(";")[0].split("=", 1)[1] for h in headers if h.startswith(f"{name}="))


def credentials(server: Server) -> dict[str, list[str]]:
    """Return the extra headers of each pass: anonymous, session + CSRF, JWT bearer (a fresh user)."""
    email = f"schema-{uuid.uuid4().hex[:10]}@example.com"
    account = {"email": email, "password": PASSWORD, "first_name": "Sam", "last_name": "Schema"}
    json_type = {"Content-Type": "application/json"}
    http(server, "POST", "/api/v1/auth/register/", json.dumps(account).encode(), **json_type)
    login = urllib.request.Request(
        f"{server.origin}/api/v1/auth/login/",
        data=json.dumps({"email": email, "password": PASSWORD}).encode(),
        headers=json_type,
    )
    with urllib.request.urlopen(login, timeout=30) as response:
        sessionid = _cookie(response.headers.get_all("Set-Cookie") or [], "sessionid")
        access = json.loads(response.read())["data"]["access"]
    csrf = urllib.request.Request(
        f"{server.origin}/api/v1/auth/csrf/", headers={"Cookie": f"sessionid={sessionid}"}
    )
    with urllib.request.urlopen(csrf, timeout=30) as response:
        csrftoken = _cookie(response.headers.get_all("Set-Cookie") or [], "csrftoken")
        masked = json.loads(response.read())["data"]["csrfToken"]
    return {
        "anonymous": [],
        "session": [
            "-H",
            f"Cookie: sessionid={sessionid}; csrftoken={csrftoken}",
            "-H",
            f"X-CSRFToken: {masked}",
            "-H",
            f"Referer: {server.origin}/",
        ],
        "jwt": ["-H", f"Authorization: Bearer {access}"],
    }


def part_schema(
    server: Server, log: Path, workdir: Path, *, passes: tuple[str, ...], max_examples: int, seed: int
) -> Tally:
    """Run ``passes``; cases are the requests the server logged, crashes its 5xx plus the check failures."""
    tally = Tally("schema")
    before = _ACCESS_LINE.findall(log.read_text(errors="replace"))
    env = {**os.environ, "SCHEMATHESIS_HOOKS": "bench.attack.schema_hooks", "PYTHONPATH": str(REPO_ROOT)}
    for name, headers in credentials(server).items():
        if name not in passes:
            continue
        command = [
            str(Path(sys.executable).with_name("schemathesis")),
            "run",
            f"{server.origin}/api/v1/schema/?format=json",
            *headers,
            "--checks",
            CHECKS,
            "--max-examples",
            str(max_examples),
            "--seed",
            str(seed),
            "--workers",
            "1",
            "--generation-database",
            "none",
            "--request-timeout",
            "10",
            "--no-color",
        ]
        if name != "anonymous":
            command += ["--exclude-path", "/api/v1/auth/logout/"]
        result = subprocess.run(command, cwd=workdir, env=env, capture_output=True, text=True, timeout=1800)
        (workdir / f"schemathesis-{name}.txt").write_text(result.stdout + result.stderr)
        failures = re.search(r"(\d+) failures?\b", result.stdout.splitlines()[-1] if result.stdout else "")
        tally.crashes += int(failures.group(1)) if failures else int(result.returncode != 0)
    statuses = _ACCESS_LINE.findall(log.read_text(errors="replace"))[len(before) :]
    tally.cases = len(statuses)
    tally.crashes += sum(1 for status in statuses if status.startswith("5"))
    return tally
