"""The attack run's service drills: its own Redis and PostgreSQL stopped and started under load."""

from pathlib import Path

from bench.attack.harness import Tally


def part_services(workdir: Path, *, quick: bool) -> Tally:
    return Tally("services")
