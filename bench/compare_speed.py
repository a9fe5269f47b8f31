"""Measure a 20 x 20 comparison grid with the local engine against 400 independent analyses.

Run from the repo root: ``.venv/bin/python bench/compare_speed.py [--rounds 5]``. Resumes: the first 20
real PDFs of ../shared/eval/resume-pdfs; jobs: the 4 PDFs of its job-descriptions/ plus 16 variants (each
with a different fifth of its lines left out). Texts are extracted before timing and the engine's vocabulary
is loaded first. The baseline, measured in the same run, is 400 ``ai.local_engine.analyze`` calls.
Target: the grid in <= 2 s.
"""

import argparse
import logging
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

EVAL = REPO.parent / "shared" / "eval" / "resume-pdfs"
GRID_SIDE = 20
TARGET_S = 2.0


def _text(path: Path) -> str:
    from pdf_extract import extract_document

    return extract_document(path.read_bytes(), filename=path.name).text


def _variant(text: str, *, skip: int) -> str:
    """Return ``text`` without every fifth line, starting at line ``skip``."""
    return "\n".join(line for number, line in enumerate(text.splitlines()) if number % 5 != skip)


def _inputs() -> tuple[list[str], list[str]]:
    resumes = [_text(path) for path in sorted(EVAL.glob("*.pdf"))[:GRID_SIDE]]
    originals = [_text(path) for path in sorted((EVAL / "job-descriptions").glob("*.pdf"))]
    jobs = originals + [_variant(text, skip=skip) for skip in range(4) for text in originals]
    return resumes, jobs[:GRID_SIDE]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="grid rounds (the median is reported)")
    args = parser.parse_args()
    if not EVAL.is_dir():
        sys.exit(f"{EVAL} is absent: the public eval data is needed for this bench")
    logging.disable(logging.WARNING)  # pypdf's notes about the sample PDFs are not figures

    from ai.local_engine import analyze, warm_up
    from ai.local_engine.grid import score_grid

    resumes, jobs = _inputs()
    cells = len(resumes) * len(jobs)
    warm_up()

    walls, firsts = [], []
    for _ in range(args.rounds):
        started = time.perf_counter()
        grid = score_grid(resumes=resumes, jobs=jobs)
        first = next(grid)
        firsts.append(time.perf_counter() - started)
        scores = [first.match_score, *(cell.match_score for cell in grid)]
        walls.append(time.perf_counter() - started)
    wall = statistics.median(walls)

    started = time.perf_counter()
    baseline_scores = [
        analyze(resume_text=r, job_description=j)["match_score"] for r in resumes for j in jobs
    ]
    baseline = time.perf_counter() - started

    lines = [
        f"grid: {len(resumes)} resumes x {len(jobs)} jobs = {cells} cells, {args.rounds} rounds",
        f"grid wall time (median): {wall:.3f} s (min {min(walls):.3f}, max {max(walls):.3f});"
        f" target <= {TARGET_S} s -> {'PASS' if wall <= TARGET_S else 'FAIL'}",
        f"per cell: {wall / cells * 1000:.2f} ms; first cell after {statistics.median(firsts) * 1000:.0f} ms",
        f"baseline, {cells} independent analyze calls: {baseline:.3f} s"
        f" ({baseline / cells * 1000:.2f} ms each)",
        f"speed-up vs baseline: {baseline / wall:.1f}x",
        f"same scores as analyze: {scores == baseline_scores}",
    ]
    sys.stdout.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
