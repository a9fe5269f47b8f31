"""``bench/stream_latency.py --stages``: where the added time to the first chunk goes, stage by stage.

Our server runs with ``STAGE_TIMES=true``: it and its analysis worker log each analysis's stages
(``ai.stage_clock``: request id, stage, ``time.monotonic_ns()``); the floor logs the stages it shares
(its frame received, the SDK's request built) the same way. Joined by request id with the client's own
stamps (sent, first chunk frame received) and the fake model's (request received, first chunk sent), each
stage's median time since the client sent its frame is printed in the order the stages come, with the
median of each analysis's step from the stage before, ours beside the floor: the model's own time to first
chunk is left out, as in the added TTFC.
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


def stage_offsets(timelines: dict[str, dict[str, int]], log: Path) -> dict[str, dict[str, float]]:
    """Return each analysis's stages as ms since the client sent its frame, the model's time to first chunk
    left out (by request id)."""
    logged = logged_stages(log)
    analyses: dict[str, dict[str, float]] = {}
    for request_id, client in timelines.items():
        stamps = {**logged.get(request_id, {}), **client}
        model_ms = (stamps["model_chunk"] - stamps["model_request"]) / 1e6
        offsets = analyses[request_id] = {}
        for stage, stamp in stamps.items():
            offsets[stage] = (stamp - stamps["client_sent"]) / 1e6
            if stamp > stamps["model_request"] and stage != "model_request":  # the model's time left out
                offsets[stage] -= model_ms
    return analyses


def _cells(analyses: dict[str, dict[str, float]], stage: str, previous: str | None) -> str:
    values = [offsets[stage] for offsets in analyses.values() if stage in offsets]
    if not values:
        return "- | - | -"
    steps = [
        offsets[stage] - offsets[previous]
        for offsets in analyses.values()
        if stage in offsets and previous in offsets
    ]
    step = f"{statistics.median(steps):+.2f}" if steps else "-"
    p90 = statistics.quantiles(values, n=10)[8] if len(values) > 1 else values[0]
    return f"{statistics.median(values):.2f} | {step} | {p90:.2f}"


def _order(analyses: dict[str, dict[str, float]]) -> list[str]:
    stages = {stage for offsets in analyses.values() for stage in offsets}
    medians = {
        stage: statistics.median(offsets[stage] for offsets in analyses.values() if stage in offsets)
        for stage in stages
    }
    return sorted(stages, key=lambda stage: medians[stage])


def print_stages(*, sessions: int, ours: tuple[dict, Path], floor: tuple[dict, Path] | None) -> None:
    """Print the stage table: ``ours`` and ``floor`` are each (the client's stamps by request id, the log).

    A stage's step is the median, over the analyses, of its time since the stage printed before it.
    """
    mine = stage_offsets(*ours)
    base = stage_offsets(*floor) if floor is not None else {}
    if not mine:
        return
    order = _order(mine)
    order += [stage for stage in _order(base) if stage not in order]
    print(f"\nstages to the first chunk, {sessions} session(s), ms since the client sent (p50 | step | p90):")
    print("| stage | ours p50 | step | p90 | floor p50 | step | p90 |")
    print("|---|---|---|---|---|---|---|")
    previous: dict[int, str | None] = {0: None, 1: None}
    for stage in order:
        cells = []
        for index, analyses in enumerate((mine, base)):
            cells.append(_cells(analyses, stage, previous[index]))
            if any(stage in offsets for offsets in analyses.values()):
                previous[index] = stage
        print(f"| {stage} | {cells[0]} | {cells[1]} |")
