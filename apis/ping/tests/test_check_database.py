"""``manage.py check_database``: a missing PostgreSQL database is one line saying how to create it."""

import os
import subprocess
import sys

import pytest

from api_services.tests.server_support import REPO_ROOT, free_port


def _run(**env: str) -> subprocess.CompletedProcess:
    base = {key: value for key, value in os.environ.items() if not key.startswith(("DB_", "REDIS_"))}
    return subprocess.run(
        [sys.executable, "manage.py", "check_database"],
        cwd=REPO_ROOT,
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_a_missing_postgresql_database_is_one_line_saying_how_to_create_it() -> None:
    if not os.environ.get("DB_NAME"):
        pytest.skip("DB_NAME is not set: needs the PostgreSQL server of the test run")
    host, port = os.environ.get("DB_HOST", "127.0.0.1"), os.environ.get("DB_PORT", "5432")
    user = os.environ.get("DB_USER", "postgres")
    result = _run(DB_NAME="matchmetric_no_such_db", DB_HOST=host, DB_PORT=port, DB_USER=user)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f'CommandError: PostgreSQL database "matchmetric_no_such_db" does not exist on {host}:{port}; '
        f"create it with: createdb -h {host} -p {port} -U {user} matchmetric_no_such_db"
    ]


def test_an_unreachable_postgresql_is_one_line() -> None:
    port = free_port()
    result = _run(DB_NAME="x", DB_HOST="127.0.0.1", DB_PORT=str(port), DB_CONNECT_TIMEOUT="1")
    assert result.returncode == 1
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(
        f"CommandError: PostgreSQL on 127.0.0.1:{port} (database x, user postgres) is unreachable:"
    )


def test_a_reachable_database_passes(tmp_path) -> None:
    result = _run(SQLITE_PATH=str(tmp_path / "db.sqlite3"))
    assert (result.returncode, result.stderr) == (0, "")
