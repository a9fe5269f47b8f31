"""Consistency check for the labeller-i set: `.venv/bin/python bench/data/labeller-i/check_labels.py`.

The set is read through `bench.quality_labels.load_labels`, the loader the benches use, so what passes here
is what `bench/quality.py` measures. Like sets E, F and H, I brings its own resumes (`resumes/<name>.txt`);
its postings are split by the rule of D and E (every third posting by file name is holdout). On top of the
shared checks it checks its own counts: 12 postings with holdout at positions 3, 6, 9 and 12, 12 resumes each
with a ranking, and a pair of every resume with a posting of its role or `also_fits`.
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
HOLDOUT = {"copywriter-holdout", "ios-developer-holdout", "product-manager-holdout", "ux-ui-designer-holdout"}


def own_checks() -> int:
    """Check set I's own counts and own-role pairs; write the errors or "ok" and return the exit status."""
    jobs = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in (HERE / "jobs").glob("*.json")}
    roles = json.loads((HERE / "resume_roles.json").read_text(encoding="utf-8"))
    pairs = json.loads((HERE / "pairs.json").read_text(encoding="utf-8"))
    rankings = json.loads((HERE / "rankings.json").read_text(encoding="utf-8"))
    errors = []
    if len(jobs) != 12 or {s for s, j in jobs.items() if j["split"] == "holdout"} != HOLDOUT:
        errors.append("expected 12 postings with holdout = " + ", ".join(sorted(HOLDOUT)))
    if any(j["source"] != "written-for-bench" for j in jobs.values()):
        errors.append("every posting's source is written-for-bench")
    if len(roles) != 12 or len(rankings) != 12 or {r["resume"] for r in rankings} != set(roles):
        errors.append("expected 12 resumes, each with one ranking")
    for name, role in roles.items():
        own = {role["role"], *role.get("also_fits", [])}
        if not any(p["resume"] == name and jobs[p["job"]]["role"] in own for p in pairs):
            errors.append(f"{name}: no pair with a posting of its role or also_fits")
    sys.stdout.write("\n".join(errors) + "\n" if errors else "ok: set I counts and own-role pairs\n")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parents[2]))
    from bench.label_checks import run

    status = run(folder=HERE, holdout_only=False, min_pairs=30, min_rankings=12)
    sys.exit(status or own_checks())
