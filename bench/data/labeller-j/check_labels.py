"""Consistency check for the labeller-j set: `.venv/bin/python bench/data/labeller-j/check_labels.py`.

The set is read through `bench.quality_labels.load_labels`, the loader the benches use, so what passes here
is what `bench/quality.py` measures. Like sets E, F, H and I, J brings its own resumes
(`resumes/<name>.txt`). Unlike them it is a holdout-only set: every posting (and so every pair and ranking)
is holdout, checked with the shared checks' ``holdout_only`` rule. On top of the shared checks it checks its
own counts: 12 postings, all holdout and written for the bench, 12 resumes each with a ranking, a pair of
every resume with a posting of its role or `also_fits`, and fit on J's 0-3 scale.
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
POSTINGS = 12
RESUMES = 12
MAX_FIT = 3


def own_checks() -> int:
    """Check set J's own counts, own-role pairs and fit scale; write the errors or "ok" and return the exit
    status."""
    jobs = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in (HERE / "jobs").glob("*.json")}
    roles = json.loads((HERE / "resume_roles.json").read_text(encoding="utf-8"))
    pairs = json.loads((HERE / "pairs.json").read_text(encoding="utf-8"))
    rankings = json.loads((HERE / "rankings.json").read_text(encoding="utf-8"))
    errors = []
    if len(jobs) != POSTINGS or any(j["split"] != "holdout" for j in jobs.values()):
        errors.append(f"expected {POSTINGS} postings, every one holdout")
    if any(j["source"] != "written-for-bench" for j in jobs.values()):
        errors.append("every posting's source is written-for-bench")
    if len({j["role"] for j in jobs.values()}) != POSTINGS:
        errors.append("expected one posting per role")
    if len(roles) != RESUMES or len(rankings) != RESUMES or {r["resume"] for r in rankings} != set(roles):
        errors.append(f"expected {RESUMES} resumes, each with one ranking")
    for pair in pairs:
        if pair["fit"] not in range(MAX_FIT + 1):
            errors.append(f"{pair['resume']} / {pair['job']}: fit outside J's 0-{MAX_FIT} scale")
    for name, role in roles.items():
        own = {role["role"], *role.get("also_fits", [])}
        if not any(p["resume"] == name and jobs[p["job"]]["role"] in own for p in pairs):
            errors.append(f"{name}: no pair with a posting of its role or also_fits")
    sys.stdout.write(
        "\n".join(errors) + "\n" if errors else "ok: set J counts, all holdout, own-role pairs\n"
    )
    return 1 if errors else 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parents[2]))
    from bench.label_checks import run

    status = run(folder=HERE, holdout_only=True, min_pairs=30, min_rankings=12)
    sys.exit(status or own_checks())
