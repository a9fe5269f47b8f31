"""Sample a bench server with py-spy while a load run lasts, and say where its CPU went.

``--profile DIR`` in ``bench/stream_latency.py``: py-spy (requirements-dev.txt) attaches to each server
process of a load run (ours and the floor) and its children (our analysis workers: most of our CPU is
there; each stack starts with its process, so the summary's ``process ...`` lines give each one's share),
writes the collapsed stacks to
``DIR/<side>-<sessions>-<pid>.txt`` and prints the functions holding most samples (inclusive), so two runs
can be compared frame by frame.
"""

import collections
import contextlib
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

_LOCATION = re.compile(r":\d+\)$")  # "func (file.py:12)" -> "func (file.py)": one entry per function
_SAMPLE_RATE_HZ = "250"


@contextlib.contextmanager
def sampled(*, pids: list[int], directory: Path | None, label: str) -> Iterator[None]:
    """Sample ``pids`` with py-spy while the block runs (nothing without ``directory``); then summarise."""
    if directory is None:
        yield
        return
    directory.mkdir(parents=True, exist_ok=True)
    spy = str(Path(sys.executable).with_name("py-spy"))
    outputs = [directory / f"{label}-{pid}.txt" for pid in pids]
    samplers = [
        subprocess.Popen(
            [spy, "record", "--pid", str(pid), "--subprocesses", "--rate", _SAMPLE_RATE_HZ, "--format", "raw"]
            + ["--nonblocking", "-o", str(output)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for pid, output in zip(pids, outputs, strict=True)
    ]
    try:
        yield
    finally:
        for sampler in samplers:
            sampler.send_signal(signal.SIGINT)  # py-spy writes its output on Ctrl-C
        for sampler in samplers:
            sampler.wait(timeout=30)
    for output in outputs:
        if output.exists():
            print(f"profile {output.name}:\n{summary(output)}")


def summary(path: Path, *, top: int = 40) -> str:
    """Return the functions holding most samples in a collapsed-stack file, with their share of all."""
    inclusive: collections.Counter[str] = collections.Counter()
    total = 0
    for line in path.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        samples = int(count)
        total += samples
        for frame in {_LOCATION.sub(")", frame) for frame in stack.split(";")}:
            inclusive[frame] += samples
    lines = [
        f"    {samples / max(total, 1):6.1%}  {frame[:140]}" for frame, samples in inclusive.most_common(top)
    ]
    return f"    {total} samples\n" + "\n".join(lines)
