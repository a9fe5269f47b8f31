"""Measure the tailored-resume export on the eval resumes: time and size per format, and the check's refusals.

For each eval PDF: read it, analyse it against the first eval posting with the local engine, accept every
suggestion the anti-fabrication check lets through (counting the ones it refuses), then render each format.
A resume of MAX_RESUME_CHARS characters is rendered too.

Run by hand: .venv/bin/python bench/export_speed.py
"""

import logging
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "resumeai_proj.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402

from ai.local_engine import analyze  # noqa: E402
from ai.local_engine.fabrication import source_keys, unsupported_facts, without_hint  # noqa: E402
from ai.local_engine.structure import read_structure  # noqa: E402
from ai.text_normalize import normalize_text  # noqa: E402
from apis.tailoring.document import tailored_structure  # noqa: E402
from apis.tailoring.rewrites import opener_of, suggestions_of  # noqa: E402
from apis.tailoring.services import FORMATS  # noqa: E402
from pdf_extract import ExtractionLimits, extract_document  # noqa: E402

EVAL_DIR = ROOT.parent / "shared" / "eval" / "resume-pdfs"


def _read(path: Path) -> str:
    limits = ExtractionLimits(timeout_s=60.0)
    return normalize_text(text=extract_document(path.read_bytes(), filename=path.name, limits=limits).text)


def _render_all(structure: dict, timings: dict[str, list[float]], sizes: dict[str, list[int]]) -> None:
    for name, (renderer, _, _) in FORMATS.items():
        started = time.perf_counter()
        content = renderer(tailored=structure)
        timings[name].append((time.perf_counter() - started) * 1000)
        sizes[name].append(len(content))


def main() -> None:
    logging.disable(logging.WARNING)
    if not EVAL_DIR.is_dir():
        print(f"no eval data at {EVAL_DIR}; nothing to measure")
        return
    job = _read(sorted((EVAL_DIR / "job-descriptions").glob("*.pdf"))[0])
    timings: dict[str, list[float]] = {name: [] for name in FORMATS}
    sizes: dict[str, list[int]] = {name: [] for name in FORMATS}
    structure_ms: list[float] = []
    suggested = refused = 0
    paths = sorted(EVAL_DIR.glob("*.pdf"))
    for path in paths:
        text = _read(path)
        started = time.perf_counter()
        structure = read_structure(text=text)
        structure_ms.append((time.perf_counter() - started) * 1000)
        keys = source_keys(sources=[text])
        accepted = []
        analysis = analyze(resume_text=text, job_description=job)
        for sentence, rewrite in suggestions_of(analysis=analysis).items():
            suggested += 1
            replacement = without_hint(text=rewrite)
            if unsupported_facts(text=replacement, keys=keys, opener=opener_of(sentence=sentence)):
                refused += 1
                continue
            accepted.append({"sentence": sentence, "replacement": replacement, "source": "suggestion"})
        _render_all(tailored_structure(structure=structure, accepted=accepted), timings, sizes)
    print(f"{len(paths)} resumes; structure read in median {statistics.median(structure_ms):.1f} ms")
    print(f"suggestions: {suggested}, refused by the anti-fabrication check: {refused}")
    print(f"{'format':<6} {'median ms':>10} {'max ms':>8} {'median KB':>10} {'max KB':>8}")
    for name in FORMATS:
        print(
            f"{name:<6} {statistics.median(timings[name]):>10.1f} {max(timings[name]):>8.1f}"
            f" {statistics.median(sizes[name]) / 1024:>10.1f} {max(sizes[name]) / 1024:>8.1f}"
        )
    block = "Acme Payments AG\nSenior Engineer\n2019 - 2023\n- Built the settlement service in Python.\n"
    limit = settings.MAX_RESUME_CHARS
    big = ("Sam Lee\nExperience\n" + block * (limit // len(block)))[:limit]
    big_timings: dict[str, list[float]] = {name: [] for name in FORMATS}
    big_sizes: dict[str, list[int]] = {name: [] for name in FORMATS}
    _render_all(read_structure(text=big), big_timings, big_sizes)
    print(f"a {len(big):,}-character resume:")
    for name in FORMATS:
        print(f"  {name:<6} {big_timings[name][0]:>8.0f} ms {big_sizes[name][0] / 1024:>8.0f} KB")


if __name__ == "__main__":
    main()
