"""``bench/stream_latency.py --stages``: where the added time to the first chunk goes, stage by stage.

Our server runs with ``STAGE_TIMES=true``: it and its analysis worker log each analysis's stages
(``ai.stage_clock``: request id, stage, ``time.monotonic_ns()``); the floor logs the stages it shares
(its frame received, the SDK's request built) the same way. Joined by request id with the client's own
stamps (sent, first chunk frame received) and the fake model's (request received, first chunk sent), each
stage's median time since the client sent its frame is printed in the order the stages come, with the
median step from the stage before, ours beside the floor: the model's own time to first chunk is left out,
as in the added TTFC.
"""

import logging
import re
import statistics
from contextvars import ContextVar
from pathlib import Path

from ai import stage_clock

STAGE_LINE = re.compile(r"req=([A-Za-z0-9._-]+)\b.* stage (\w+) (\d+)$")

floor_request_id: ContextVar[str] = ContextVar("floor_request_id", default="-")


class _FloorRequestId(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = floor_request_id.get()
        return True


def log_floor_stages() -> None:
    """Log the floor's stage marks to stderr as the server does (``req=ID ... stage NAME NS``)."""
    handler = logging.StreamHandler()
    handler.addFilter(_FloorRequestId())
    handler.setFormatter(logging.Formatter("req=%(request_id)s %(message)s"))
    stage_clock.logger.addHandler(handler)
    stage_clock.enable()


def logged_stages(log: Path) -> dict[str, dict[str, int]]:
    """Return each request id's stages as a server (and its workers) logged them (the first of each)."""
    stages: dict[str, dict[str, int]] = {}
    for line in log.read_text(errors="replace").splitlines():
        if match := STAGE_LINE.search(line):
            request_id, stage, stamp = match.groups()
            stages.setdefault(request_id, {}).setdefault(stage, int(stamp))
    return stages


def stage_offsets(timelines: dict[str, dict[str, int]], log: Path) -> dict[str, list[float]]:
    """Return each stage's times since the client sent its frame, the model's time to first chunk left out."""
    logged = logged_stages(log)
    offsets: dict[str, list[float]] = {}
    for request_id, client in timelines.items():
        stamps = {**logged.get(request_id, {}), **client}
        model_ms = (stamps["model_chunk"] - stamps["model_request"]) / 1e6
        for stage, stamp in stamps.items():
            offset = (stamp - stamps["client_sent"]) / 1e6
            if stamp > stamps["model_request"] and stage != "model_request":  # the model's time left out
                offset -= model_ms
            offsets.setdefault(stage, []).append(offset)
    return offsets


def _cells(values: list[float] | None, previous: float | None) -> tuple[str, float | None]:
    if not values:
        return "- | - | -", previous
    median = statistics.median(values)
    p90 = statistics.quantiles(values, n=10)[8] if len(values) > 1 else values[0]
    step = f"{median - previous:+.2f}" if previous is not None else "-"
    return f"{median:.2f} | {step} | {p90:.2f}", median


def print_stages(*, sessions: int, ours: tuple[dict, Path], floor: tuple[dict, Path] | None) -> None:
    """Print the stage table: ``ours`` and ``floor`` are each (the client's stamps by request id, the log)."""
    mine = stage_offsets(*ours)
    base = stage_offsets(*floor) if floor is not None else {}
    if not mine:
        return
    order = sorted(mine, key=lambda stage: statistics.median(mine[stage]))
    order += sorted(set(base) - set(mine), key=lambda stage: statistics.median(base[stage]))
    print(f"\nstages to the first chunk, {sessions} session(s), ms since the client sent (p50 | step | p90):")
    print("| stage | ours p50 | step | p90 | floor p50 | step | p90 |")
    print("|---|---|---|---|---|---|---|")
    previous: list[float | None] = [0.0, 0.0]
    for stage in order:
        cells = []
        for index, offsets in enumerate((mine, base)):
            text, previous[index] = _cells(offsets.get(stage), previous[index])
            cells.append(text)
        print(f"| {stage} | {cells[0]} | {cells[1]} |")
