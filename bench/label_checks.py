"""Consistency checks shared by the labellers' `check_labels.py` scripts (sets D to K; J and K, the blind
holdout-only sets, also check their own counts with ``run_blind_set``).

Each script loads its set through `bench.quality_labels.load_labels`, the loader the benches use, and adds the
checks of its own resume source to these.
"""

import json
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bench.quality_labels import Labels

KINDS = {"hard_skill", "soft_skill", "tool", "degree", "years", "language", "certification", "responsibility"}
RANKING_LENGTH = 5


def split_by_rule(stems: list[str]) -> dict[str, str]:
    """Return each posting's split by the sets' rule: by file name, every third posting is holdout."""
    return {stem: "holdout" if i % 3 == 0 else "tune" for i, stem in enumerate(sorted(stems), start=1)}


def job_errors(labels: "Labels", *, holdout_only: bool = False) -> list[str]:
    """Return the postings' inconsistencies: id, split rule, requirement ids, kinds, importance, aliases.

    The split rule is every third posting by file name, or every posting for a ``holdout_only`` set.
    """
    errors = []
    by_rule = split_by_rule(list(labels.jobs))
    rule = "every posting is holdout" if holdout_only else "every third posting by file name is holdout"
    for stem in sorted(labels.jobs):
        job = labels.jobs[stem]
        split = "holdout" if holdout_only else by_rule[stem]
        if job["id"] != stem or job["split"] != split or not stem.endswith(f"-{split}"):
            errors.append(f"{stem}: id or split (rule: {rule})")
        requirements = job["requirements"]
        if len({r["id"] for r in requirements}) != len(requirements) or not job.get("not_requirements"):
            errors.append(f"{stem}: duplicate requirement ids or no not_requirements")
        for r in requirements:
            lower = all(a == a.lower() for a in r.get("aliases", []))
            if r["kind"] not in KINDS or r["importance"] not in {"required", "preferred"} or not lower:
                errors.append(f"{stem} {r['id']}: kind, importance or non-lower-case aliases")
    return errors


def pair_errors(labels: "Labels", *, min_pairs: int, min_rankings: int) -> list[str]:
    """Return the pairs' and rankings' inconsistencies, and too few of either."""
    errors = []
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
    if len(labels.pairs) < min_pairs or len(labels.rankings) < min_rankings:
        errors.append(f"{len(labels.pairs)} pairs, {len(labels.rankings)} rankings")
    return errors


def own_resume_errors(labels: "Labels", *, resumes: Path) -> list[str]:
    """Return the inconsistencies of a set that brings its own resumes (``resumes/<name>.txt``).

    Every labelled resume has a file with text, and a posting of its role or ``also_fits``.
    """
    errors = []
    if {p.stem for p in resumes.glob("*.txt")} != set(labels.roles):
        errors.append("resume_roles.json and resumes/ do not name the same resumes")
    empty = [name for name, text in labels.resumes.items() if not text.strip()]
    if empty:
        errors.append(f"resumes with no text: {empty}")
    own_roles = {job["role"] for job in labels.jobs.values()}
    for name, role in labels.roles.items():
        if not {role["role"], *role.get("also_fits", [])} & own_roles:
            errors.append(f"{name}: no posting of its role or also_fits")
    return errors


def run(*, folder: Path, holdout_only: bool, min_pairs: int, min_rankings: int) -> int:
    """Load a set that brings its own resumes through the benches' loader, check it and report."""
    from bench.quality_labels import load_labels

    labels = load_labels(resume_text=lambda name: "", folder=folder)
    errors = job_errors(labels, holdout_only=holdout_only)
    errors += pair_errors(labels, min_pairs=min_pairs, min_rankings=min_rankings)
    return report(labels, errors + own_resume_errors(labels, resumes=folder / "resumes"))


def report(labels: "Labels", errors: list[str]) -> int:
    """Write the errors, or the set's counts when there are none, and return the exit status."""
    import sys

    counts = f"{len(labels.jobs)} postings, {len(labels.pairs)} pairs, {len(labels.rankings)} rankings"
    sys.stdout.write("\n".join(errors) + "\n" if errors else f"ok: {counts}\n")
    return 1 if errors else 0


def blind_set_errors(*, folder: Path, mark: str, postings: int, resumes: int, max_fit: int) -> list[str]:
    """Return the errors of a blind holdout-only set's own counts (sets J and K): ``postings`` postings, all
    holdout and written for the bench, one per role; ``resumes`` resumes each with one ranking; every pair's
    fit on the set's 0-``max_fit`` scale; and a pair of every resume with a posting of its role or
    ``also_fits``."""

    def read(name: str) -> object:
        return json.loads((folder / name).read_text(encoding="utf-8"))

    jobs = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in (folder / "jobs").glob("*.json")}
    roles, pairs, rankings = read("resume_roles.json"), read("pairs.json"), read("rankings.json")
    errors = []
    if len(jobs) != postings or any(j["split"] != "holdout" for j in jobs.values()):
        errors.append(f"expected {postings} postings, every one holdout")
    if any(j["source"] != "written-for-bench" for j in jobs.values()):
        errors.append("every posting's source is written-for-bench")
    if len({j["role"] for j in jobs.values()}) != postings:
        errors.append("expected one posting per role")
    if len(roles) != resumes or len(rankings) != resumes or {r["resume"] for r in rankings} != set(roles):
        errors.append(f"expected {resumes} resumes, each with one ranking")
    for pair in pairs:
        if pair["fit"] not in range(max_fit + 1):
            errors.append(f"{pair['resume']} / {pair['job']}: fit outside {mark}'s 0-{max_fit} scale")
    for name, role in roles.items():
        own = {role["role"], *role.get("also_fits", [])}
        if not any(p["resume"] == name and jobs[p["job"]]["role"] in own for p in pairs):
            errors.append(f"{name}: no pair with a posting of its role or also_fits")
    return errors


def run_blind_set(*, folder: Path, mark: str, postings: int = 12, resumes: int = 12, max_fit: int = 3) -> int:
    """Check a blind holdout-only set with the shared checks, then its own counts; report and return the exit
    status."""
    import sys

    status = run(folder=folder, holdout_only=True, min_pairs=30, min_rankings=resumes)
    if status:
        return status
    errors = blind_set_errors(folder=folder, mark=mark, postings=postings, resumes=resumes, max_fit=max_fit)
    sys.stdout.write(
        "\n".join(errors) + "\n" if errors else f"ok: set {mark} counts, all holdout, own-role pairs\n"
    )
    return 1 if errors else 0
