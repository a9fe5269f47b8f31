"""Attack-and-fault run on real daphne processes: auth/origin matrix, fuzzer, soak, schemathesis, drills.

    .venv/bin/python -m bench.attack.run            # full: 10,000 fuzz frames, 200 sockets x 60 s, ...
    .venv/bin/python -m bench.attack.run --quick    # ~2 minutes in all (the e2e test runs this)
    .venv/bin/python -m bench.attack.run --parts schema,services --keep /tmp/attack   # some parts, logs kept

Each part prints one line: cases tried, crashes (5xx, 1011 closes, dead sockets, failed checks),
tracebacks in the server log, lost rows (an ``analysis.started`` with no row) and stuck rows (still
``running`` when the part ends). Servers use a fresh SQLite file and the local engine, except the service
drills (their own Redis and PostgreSQL; a "skipped" line when the binaries are missing). The exit status is
1 if any figure is not 0.
"""

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from api_services.tests.server_support import REPO_ROOT
from bench.attack.drills import part_drills
from bench.attack.harness import Server, Tally, login, server_env
from bench.attack.parts import part_fuzz, part_matrix, part_soak
from bench.attack.schema import part_schema
from bench.attack.services import part_services

PARTS = ("matrix", "fuzz", "soak", "schema", "drills", "services")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a few seconds per part (CI)")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--parts", default=",".join(PARTS), help=f"comma-separated, of {', '.join(PARTS)}")
    parser.add_argument("--keep", type=Path, help="copy the server logs and schemathesis reports here")
    args = parser.parse_args(argv)
    wanted = [part for part in args.parts.split(",") if part]
    if unknown := set(wanted) - set(PARTS):
        parser.error(f"unknown parts: {', '.join(sorted(unknown))}")
    frames, sockets, seconds, rounds, examples = (
        (300, 20, 3.0, 2, 3) if args.quick else (10_000, 200, 60.0, 6, 100)
    )
    passes = ("anonymous", "session") if args.quick else ("anonymous", "session", "jwt")
    tallies: list[Tally] = []

    def report(tally: Tally) -> None:
        tallies.append(tally)
        sys.stdout.write(tally.line() + "\n")
        sys.stdout.flush()

    with tempfile.TemporaryDirectory(prefix="attack-") as tmp:
        workdir = Path(tmp)
        env = server_env(workdir)
        subprocess.run(
            [sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"],
            cwd=REPO_ROOT,
            env=env,
            check=True,
            timeout=300,
        )
        log = workdir / "server.log"
        server = Server(env, log)
        sessionid = login(server)
        runs = {
            "matrix": lambda: part_matrix(server, sessionid),
            "fuzz": lambda: part_fuzz(server, sessionid, frames=frames, seed=args.seed),
            "soak": lambda: part_soak(server, sessionid, sockets=sockets, seconds=seconds),
            "schema": lambda: part_schema(
                server, log, workdir, passes=passes, max_examples=examples, seed=args.seed
            ),
        }
        for name in (part for part in PARTS if part in wanted and part in runs):
            before = log.read_text(errors="replace").count("Traceback")
            tally = runs[name]()
            tally.tracebacks = log.read_text(errors="replace").count("Traceback") - before
            report(tally)
        server.stop()
        if "drills" in wanted:
            report(part_drills(workdir, env, rounds=rounds))
        if "services" in wanted:
            services = part_services(workdir, quick=args.quick)
            if isinstance(services, str):  # the drills cannot run here: say why, count nothing
                sys.stdout.write(f"services   {services}\n")
            else:
                report(services)
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            for kept in [*workdir.glob("*.log"), *workdir.glob("*.txt")]:
                shutil.copy(kept, args.keep / kept.name)
    return 0 if all(t.clean for t in tallies) else 1


if __name__ == "__main__":
    sys.exit(main())
