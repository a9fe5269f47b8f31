"""The attack-and-fault run (bench/attack) in its quick form: every line 0 crashes, tracebacks, lost, stuck."""

import subprocess
import sys

import pytest

from api_services.tests.server_support import REPO_ROOT

pytestmark = pytest.mark.e2e


def test_the_quick_attack_run_finds_nothing() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bench.attack.run", "--quick"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    lines = result.stdout.splitlines()
    parts = ["matrix", "fuzz", "soak", "schema", "drills", "services"]
    assert [line.split()[0] for line in lines] == parts, result.stderr[-3000:]
    if lines[-1].startswith("services   skipped: "):  # no redis-server or PostgreSQL binaries here
        lines.pop()
    for line in lines:
        assert line.endswith("crashes 0  tracebacks 0  lost 0  stuck 0"), line
        assert int(line.split()[2]) > 0, line  # cases tried
    assert result.returncode == 0
