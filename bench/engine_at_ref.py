"""Run a bench script against the engine at another git ref, in a second process (same run, same machine)."""

import json
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def figures_at_ref(*, ref: str, script: str, arguments: list[str]) -> dict:
    """Return the JSON figures ``script`` prints run on the ``ai`` package at ``ref`` (``--engine-root``)."""
    archive = subprocess.run(
        ["git", "-C", str(REPO), "archive", "--format=tar", ref, "ai"], check=True, capture_output=True
    ).stdout
    with tempfile.TemporaryDirectory() as folder:
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(folder, filter="data")
        command = [sys.executable, script, "--engine-root", folder, "--json", *arguments]
        output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return json.loads(output.strip().splitlines()[-1])
