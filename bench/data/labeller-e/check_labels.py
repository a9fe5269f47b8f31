"""Consistency check for the labeller-e set: `.venv/bin/python bench/data/labeller-e/check_labels.py`.

The set is read through `bench.quality_labels.load_labels`, the loader the benches use, so what passes here is
what `bench/quality.py` measures. Unlike sets B-D, E brings its own resumes (`resumes/<name>.txt`).
"""

import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bench.quality_labels import Labels

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
RESUMES = HERE / "resumes"
MIN_PAIRS, MIN_RANKINGS = 30, 8


def errors_of(labels: "Labels") -> list[str]:
    """Return every inconsistency of the loaded set (an empty list when it is consistent)."""
    from bench.label_checks import job_errors, pair_errors

    errors = job_errors(labels) + pair_errors(labels, min_pairs=MIN_PAIRS, min_rankings=MIN_RANKINGS)
    if {p.stem for p in RESUMES.glob("*.txt")} != set(labels.roles):
        errors.append("resume_roles.json and resumes/ do not name the same resumes")
    empty = [name for name, text in labels.resumes.items() if not text.strip()]
    if empty:
        errors.append(f"resumes with no text: {empty}")
    own_roles = {job["role"] for job in labels.jobs.values()}
    for name, role in labels.roles.items():
        if not {role["role"], *role.get("also_fits", [])} & own_roles:
            errors.append(f"{name}: no posting of its role or also_fits")
    return errors


def main() -> int:
    sys.path.insert(0, str(REPO))
    from bench.label_checks import report
    from bench.quality_labels import load_labels

    def resume_text(name: str) -> str:
        path = RESUMES / f"{name}.txt"
        return path.read_text(encoding="utf-8") if path.exists() else ""

    labels = load_labels(resume_text=resume_text, folder=HERE)
    return report(labels, errors_of(labels))


if __name__ == "__main__":
    sys.exit(main())
