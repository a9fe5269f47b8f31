"""Consistency check for the labeller-c set: `.venv/bin/python bench/data/labeller-c/check_labels.py`."""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PDFS = HERE.parent.parent.parent.parent / "shared" / "eval" / "resume-pdfs"  # ../shared/eval from the repo
IMPORTANCE = {"required", "preferred"}
KINDS = {"hard_skill", "soft_skill", "tool", "degree", "years", "language", "certification", "responsibility"}
MIN_PAIRS, MIN_PAIR_RESUMES, RANKED, RANKING_LENGTH = 26, 12, 8, 5


def _job_errors(stem: str, job: dict) -> list[str]:
    errors = []
    if job["id"] != stem or job["split"] != "holdout" or job["source"] != "written-for-bench":
        errors.append(f"{stem}: id/split/source (this set is holdout only)")
    if not job.get("role") or not job.get("title") or not job.get("text", "").strip():
        errors.append(f"{stem}: role/title/text")
    requirements = job["requirements"]
    if len({r["id"] for r in requirements}) != len(requirements):
        errors.append(f"{stem}: duplicate requirement ids")
    bad = [
        r["id"]
        for r in requirements
        if r["kind"] not in KINDS
        or r["importance"] not in IMPORTANCE
        or any(a != a.lower() for a in r.get("aliases", []))
    ]
    if bad:
        errors.append(f"{stem}: kind, importance or non-lower-case aliases in {', '.join(bad)}")
    if not job.get("not_requirements"):
        errors.append(f"{stem}: no not_requirements")
    return errors


def _pair_errors(pairs: list[dict], jobs: dict, roles: dict) -> list[str]:
    errors = []
    seen = set()
    for pair in pairs:
        key = (pair["resume"], pair["job"])
        job = jobs.get(pair["job"])
        if pair["resume"] not in roles or job is None:
            errors.append(f"unknown resume/job in pair {key}")
            continue
        if key in seen:
            errors.append(f"duplicate pair {key}")
        seen.add(key)
        ids = {r["id"] for r in job["requirements"]}
        met, missing = set(pair["met"]), set(pair["missing"])
        fit_ok = isinstance(pair["fit"], int) and 0 <= pair["fit"] <= 4
        if met & missing or met | missing != ids or not fit_ok or not pair.get("notes"):
            errors.append(f"{key}: met/missing/fit/notes")
    groups = {roles[p["resume"]]["content_group"] for p in pairs if p["resume"] in roles}
    if len(pairs) < MIN_PAIRS or len(groups) < MIN_PAIR_RESUMES:
        errors.append(f"pairs: {len(pairs)} over {len(groups)} content groups")
    return errors


def main() -> int:
    roles = json.loads((HERE / "resume_roles.json").read_text(encoding="utf-8"))
    jobs = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted((HERE / "jobs").glob("*.json"))}
    pairs = json.loads((HERE / "pairs.json").read_text(encoding="utf-8"))
    rankings = json.loads((HERE / "rankings.json").read_text(encoding="utf-8"))
    errors: list[str] = []
    if PDFS.is_dir():
        stems = {p.stem for p in PDFS.glob("*.pdf")}
        if stems != set(roles):
            errors.append(f"resume_roles.json does not match the PDFs: {sorted(stems ^ set(roles))}")
    fields = {"role", "clear", "content_group", "summary", "years"}
    for stem, role in roles.items():
        if not fields <= set(role) or (role["clear"] and not role["role"]):
            errors.append(f"{stem}: role fields")
    for stem, job in jobs.items():
        errors += _job_errors(stem, job)
    errors += _pair_errors(pairs, jobs, roles)
    for rank in rankings:
        order = rank["ranking"]
        if rank["resume"] not in roles or not set(order) <= set(jobs) or len(set(order)) != RANKING_LENGTH:
            errors.append(f"ranking {rank['resume']}")
    if len({r["resume"] for r in rankings}) != RANKED:
        errors.append(f"rankings: expected {RANKED} resumes")
    counts = f"{len(roles)} resumes, {len(jobs)} postings, {len(pairs)} pairs, {len(rankings)} rankings"
    print("\n".join(errors) or f"ok: {counts}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
