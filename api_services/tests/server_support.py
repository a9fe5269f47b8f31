"""Real server processes for end-to-end tests and benches: a free port, readiness probes, ./runapp.sh.

Framework-free (no Django, no pytest), so ``bench/`` scripts can import it as well as the e2e tests.
"""

import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import IO

REPO_ROOT = Path(__file__).resolve().parents[2]
RUNAPP_STOP_TIMEOUT_S = 20
# Settings of the test run itself that a server configured only the README's way must not inherit.
_NOT_INHERITED_BY_RUNAPP = ("DB_", "REDIS_", "GEMINI_", "OPENAI_", "AI_ENGINE")
_POLL_INTERVAL_S = 0.05
# Deadlines for e2e tests, not waits: each returns as soon as the server answers. A loaded CI machine (2 CPUs)
# has taken over 20 s to start daphne and over 10 s to answer a registration (password hashing).
SERVER_START_TIMEOUT_S = 60
AUTH_REQUEST_TIMEOUT_S = 30


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that nothing listened on a moment ago."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _bindable(port: int) -> bool:
    with socket.socket() as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def free_port_run(count: int, *, avoid: tuple[int, ...] = (), attempts: int = 50) -> int:
    """Return the first of ``count`` consecutive ports on 127.0.0.1 that are all free now and not in ``avoid``.

    For a script that listens on a base port and the ones after it (deploy/fleet.sh): a single free port says
    nothing about its neighbours.
    """
    for _ in range(attempts):
        base = free_port()
        run = range(base, base + count)
        if base + count <= 65536 and not set(run) & set(avoid) and all(_bindable(port) for port in run[1:]):
            return base
    raise RuntimeError(f"no {count} consecutive free ports found in {attempts} attempts")


def _wait_until(
    ready: Callable[[], bool], *, process: subprocess.Popen, name: str, timeout_s: float, failure: str
) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"{name} exited early with {process.returncode}")
        if ready():
            return
        time.sleep(
            _POLL_INTERVAL_S
        )  # polling a readiness probe under a deadline, not synchronising on a guess
    # A server that never got ready is still running: no test may leave it behind (one that outlived a failed
    # CI run held a CPU for the rest of it).
    process.kill()
    process.wait(10)
    raise AssertionError(failure)


def wait_until_listening(*, port: int, process: subprocess.Popen, name: str, timeout_s: float) -> None:
    """Return once 127.0.0.1:``port`` accepts connections.

    Raise AssertionError when ``process`` exits first or ``timeout_s`` passes.
    """

    def accepts() -> bool:
        with socket.socket() as probe:
            return probe.connect_ex(("127.0.0.1", port)) == 0

    failure = f"{name} did not listen on {port} within {timeout_s:g} s"
    _wait_until(accepts, process=process, name=name, timeout_s=timeout_s, failure=failure)


def wait_until_serving(*, url: str, process: subprocess.Popen, name: str, timeout_s: float) -> None:
    """Return once a GET of ``url`` succeeds.

    Raise AssertionError when ``process`` exits first or ``timeout_s`` passes.
    """

    def answers() -> bool:
        try:
            with urllib.request.urlopen(url, timeout=1):
                return True
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            return False

    failure = f"{name} did not serve {url} within {timeout_s:g} s"
    _wait_until(answers, process=process, name=name, timeout_s=timeout_s, failure=failure)


def daphne_process(*, port: int, env: dict[str, str]) -> subprocess.Popen:
    """Start the project's daphne on 127.0.0.1:``port`` with ``env`` (output discarded); the caller kills it."""
    return subprocess.Popen(
        [str(REPO_ROOT / ".venv" / "bin" / "daphne"), "-b", "127.0.0.1", "-p", str(port)]
        + ["resumeai_proj.asgi:application"],
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def runapp_env(*, port: int, sqlite_path: Path, **extra: str) -> dict[str, str]:
    """Return the environment of a ./runapp.sh configured as the README says.

    That is PORT, HOST, SQLITE_PATH and ``extra`` on top of ours, without the database, Redis, Gemini and
    engine settings of the test run.
    """
    env = {key: value for key, value in os.environ.items() if not key.startswith(_NOT_INHERITED_BY_RUNAPP)}
    env.update(PORT=str(port), HOST="127.0.0.1", SQLITE_PATH=str(sqlite_path), **extra)
    return env


def runapp_start(*, env: dict[str, str], stdout: int | IO[bytes]) -> subprocess.Popen:
    """Start ./runapp.sh in its own process group (so ``runapp_stop`` ends the server it starts too)."""
    return subprocess.Popen(
        ["./runapp.sh"],
        cwd=REPO_ROOT,
        env=env,
        stdout=stdout,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


def runapp_wait(*, process: subprocess.Popen, port: int, timeout_s: float = 90) -> None:
    """Return once the ./runapp.sh on ``port`` answers its ping endpoint."""
    wait_until_serving(
        url=f"http://127.0.0.1:{port}/api/v1/ping/", process=process, name="runapp.sh", timeout_s=timeout_s
    )


def runapp_stop(process: subprocess.Popen) -> None:
    """Send SIGTERM to the process group of a running ./runapp.sh and wait for it to exit."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=RUNAPP_STOP_TIMEOUT_S)
