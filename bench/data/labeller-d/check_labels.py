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
KINDS = {"hard_skill", "soft_skill", "tool", "degree", "years", "language", "certification", "responsibility"}
MIN_PAIRS, MIN_RANKINGS, RANKING_LENGTH = 30, 6, 5


def split_by_rule(stems: list[str]) -> dict[str, str]:
    """Return each posting's split by the README's rule: by file name, every third posting is holdout."""
    return {stem: "holdout" if i % 3 == 0 else "tune" for i, stem in enumerate(sorted(stems), start=1)}


def errors_of(labels: "Labels") -> list[str]:
    """Return every inconsistency of the loaded set (an empty list when it is consistent)."""
    errors = []
    for stem, split in split_by_rule(list(labels.jobs)).items():
        job = labels.jobs[stem]
        if job["id"] != stem or job["split"] != split or not stem.endswith(f"-{split}"):
            errors.append(f"{stem}: id or split (rule: every third posting by file name is holdout)")
        requirements = job["requirements"]
        if len({r["id"] for r in requirements}) != len(requirements) or not job.get("not_requirements"):
            errors.append(f"{stem}: duplicate requirement ids or no not_requirements")
        for r in requirements:
            lower = all(a == a.lower() for a in r.get("aliases", []))
            if r["kind"] not in KINDS or r["importance"] not in {"required", "preferred"} or not lower:
                errors.append(f"{stem} {r['id']}: kind, importance or non-lower-case aliases")
    seen = set()
    for pair in labels.pairs:
        key = (pair["resume"], pair["job"])
        job = labels.jobs.get(pair["job"])
        ids = {r["id"] for r in job["requirements"]} if job else set()
        met, missing = set(pair["met"]), set(pair["missing"])
        if job is None or pair["resume"] not in labels.roles or key in seen:
            errors.append(f"{key}: unknown or repeated pair")
        elif met & missing or met | missing != ids or pair["fit"] not in range(5) or not pair.get("notes"):
            errors.append(f"{key}: met/missing/fit/notes")
        seen.add(key)
    for item in labels.rankings:
        order = item["ranking"]
        known = item["resume"] in labels.roles and set(order) <= set(labels.jobs)
        if not known or len(set(order)) != RANKING_LENGTH:
            errors.append(f"ranking of {item['resume']}")
    if len(labels.pairs) < MIN_PAIRS or len(labels.rankings) < MIN_RANKINGS:
        errors.append(f"{len(labels.pairs)} pairs, {len(labels.rankings)} rankings")
    if PDFS.is_dir() and {p.stem for p in PDFS.glob("*.pdf")} != set(labels.roles):
        errors.append("resume_roles.json does not name every resume PDF")
    return errors


def main() -> int:
    sys.path.insert(0, str(REPO))
    from bench.quality_labels import load_labels

    labels = load_labels(resume_text=lambda name: "", folder=HERE)
    errors = errors_of(labels)
    counts = f"{len(labels.jobs)} postings, {len(labels.pairs)} pairs, {len(labels.rankings)} rankings"
    sys.stdout.write("\n".join(errors) + "\n" if errors else f"ok: {counts}\n")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
