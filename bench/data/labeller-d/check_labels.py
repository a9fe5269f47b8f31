"""Consistency check for the labeller-d set: `.venv/bin/python bench/data/labeller-d/check_labels.py`.

The set is read through `bench.quality_labels.load_labels`, the loader the benches use, so what passes here is
what `bench/quality.py` measures.
"""

import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bench.quality_labels import Labels

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
PDFS = REPO.parent / "shared" / "eval" / "resume-pdfs"
MIN_PAIRS, MIN_RANKINGS = 30, 6


def errors_of(labels: "Labels") -> list[str]:
    """Return every inconsistency of the loaded set (an empty list when it is consistent)."""
    from bench.label_checks import job_errors, pair_errors

    errors = job_errors(labels) + pair_errors(labels, min_pairs=MIN_PAIRS, min_rankings=MIN_RANKINGS)
    if PDFS.is_dir() and {p.stem for p in PDFS.glob("*.pdf")} != set(labels.roles):
        errors.append("resume_roles.json does not name every resume PDF")
    return errors


def main() -> int:
    sys.path.insert(0, str(REPO))
    from bench.label_checks import report
    from bench.quality_labels import load_labels

    labels = load_labels(resume_text=lambda name: "", folder=HERE)
    return report(labels, errors_of(labels))


if __name__ == "__main__":
    sys.exit(main())
