"""Consistency check for the hand-labelled set: `.venv/bin/python bench/data/labeller-b/check_labels.py`."""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = {"hard_skill", "soft_skill", "tool", "degree", "years", "language", "certification", "responsibility"}


def main() -> int:
    errors: list[str] = []
    roles = json.loads((HERE / "resume_roles.json").read_text())
    jobs = {p.stem: json.loads(p.read_text()) for p in sorted((HERE / "jobs").glob("*.json"))}
    for stem, job in jobs.items():
        if job["id"] != stem or job["split"] not in {"tune", "holdout"}:
            errors.append(f"{stem}: id/split")
        ids = [r["id"] for r in job["requirements"]]
        if len(ids) != len(set(ids)):
            errors.append(f"{stem}: duplicate requirement ids")
        for r in job["requirements"]:
            if r["kind"] not in KINDS or r["importance"] not in {"required", "preferred"}:
                errors.append(f"{stem}/{r['id']}: kind/importance")
    for pair in json.loads((HERE / "pairs.json").read_text()):
        job = jobs.get(pair["job"])
        if pair["resume"] not in roles or job is None:
            errors.append(f"unknown resume/job in pair {pair['resume']} x {pair['job']}")
            continue
        ids = {r["id"] for r in job["requirements"]}
        met, missing = set(pair["met"]), set(pair["missing"])
        if met & missing or met | missing != ids or not 0 <= pair["fit"] <= 4:
            errors.append(f"{pair['resume']} x {pair['job']}: met/missing/fit")
    for rank in json.loads((HERE / "rankings.json").read_text()):
        if rank["resume"] not in roles or not set(rank["ranking"]) <= set(jobs):
            errors.append(f"ranking {rank['resume']}")
    print("\n".join(errors) or f"ok: {len(roles)} resumes, {len(jobs)} postings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
