"""A redis-server and a PostgreSQL cluster of our own, on free ports, that a test or drill may stop and start.

Never the shared services: each lives in its own process (and, for PostgreSQL, its own data directory in a
temporary folder, removed by ``remove``). Framework-free, so ``bench/`` can use it as well as the tests.
PostgreSQL refuses to run as root: as root the cluster is made and run as the ``postgres`` system user.
"""

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

from api_services.tests.server_support import free_port, wait_until_listening

REDIS_SERVER = shutil.which("redis-server")


def postgres_bin() -> Path | None:
    """Return the newest /usr/lib/postgresql/*/bin holding initdb and pg_ctl, or None."""
    found = sorted(Path(d) for d in glob.glob("/usr/lib/postgresql/*/bin") if Path(d, "initdb").exists())
    return found[-1] if found else None


def missing_services() -> str | None:
    """Return why the throwaway services cannot run here (None when they can)."""
    if REDIS_SERVER is None:
        return "redis-server is not on PATH"
    if postgres_bin() is None:
        return "no /usr/lib/postgresql/*/bin/initdb"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and there is no postgres user to run PostgreSQL as"
    return None


class ThrowawayRedis:
    def __init__(self) -> None:
        self.port = free_port()
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            [str(REDIS_SERVER), "--port", str(self.port), "--bind", "127.0.0.1"]
            + ["--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_until_listening(port=self.port, process=self.process, name="redis-server", timeout_s=10)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(10)


class ThrowawayPostgres:
    """A PostgreSQL cluster in a temporary directory, trust auth for ``postgres`` on 127.0.0.1:``port``."""

    def __init__(self) -> None:
        self.port = free_port()
        self.bin = postgres_bin()
        self.root = Path(tempfile.mkdtemp(prefix="throwaway-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "postgres.log"
        self.user = "postgres" if os.geteuid() == 0 else None
        if self.user:
            record = pwd.getpwnam(self.user)
            os.chown(self.root, record.pw_uid, record.pw_gid)
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync")

    def _run(self, tool: str, *args: str) -> None:
        subprocess.run(
            [str(self.bin / tool), *args],
            user=self.user,
            cwd=self.root,
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=120,
        )

    def start(self) -> None:
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.log), "-w", "start")

    def stop(self) -> None:
        """Stop at once (``-m fast``: open sessions are ended, as when the server goes away)."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def create_database(self, name: str) -> None:
        self._run("createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", name)

    def remove(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)
