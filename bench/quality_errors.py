"""Print the engine's errors on the tuning split of the hand-labelled sets, pair by pair.

Run from the repo root: ``.venv/bin/python bench/quality_errors.py [--set a|b|d|e|g|h|i] [--pair SUBSTRING]``.
Only postings marked ``split: tune`` are shown: holdout postings (and sets C, F, J and K,
bench/data/labeller-c|f|j|k, which have no tuning split: ``--set c|f|j|k`` is refused) are for reporting and
must never be read error by error. For each pair: the junk terms (no labelled requirement), the false gaps (a
requirement the resume meets), and the labelled gaps not reported, each tagged with why: ``not extracted``,
``judged met via <how>`` or ``missing, not shown`` (a duty or a tentative requirement, which missing_keywords
leaves out).
"""

import argparse
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FOLDERS = {
    "a": "",
    "b": "labeller-b",
    "d": "labeller-d",
    "e": "labeller-e",
    "g": "labeller-g",
    "h": "labeller-h",
    "i": "labeller-i",
}
# never tuned on: aggregates only
HOLDOUT_ONLY = {"c": "labeller-c", "f": "labeller-f", "j": "labeller-j", "k": "labeller-k"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--set", choices=sorted(FOLDERS.keys() | HOLDOUT_ONLY.keys()), default="a")
    parser.add_argument("--pair", default="", help="only pairs whose resume or job contains this")
    parser.add_argument("--eval-dir", type=Path, default=REPO.parent / "shared" / "eval")
    args = parser.parse_args()
    if args.set in HOLDOUT_ONLY:
        parser.error(
            f"set {args.set} (bench/data/{HOLDOUT_ONLY[args.set]}) is holdout only: its pairs are never "
            "shown one by one; bench/quality.py reports its aggregate figures"
        )
    sys.path.insert(0, str(REPO))
    from ai.local_engine import analyze
    from bench import quality_labels
    from pdf_extract import ExtractionLimits, extract_document

    def resume_text(name: str) -> str:
        path = args.eval_dir / "resume-pdfs" / f"{name}.pdf"
        return extract_document(
            path.read_bytes(), filename=path.name, limits=ExtractionLimits(timeout_s=60)
        ).text

    labels = quality_labels.load_labels(
        resume_text=resume_text, folder=quality_labels.DATA / FOLDERS[args.set]
    )
    hidden = 0
    causes: Counter[str] = Counter()
    for pair in labels.pairs:
        job = labels.jobs[pair["job"]]
        if args.pair not in f"{pair['resume']} {pair['job']}":
            continue
        if job.get("split") != "tune":
            hidden += 1
            continue
        result = analyze(resume_text=labels.resumes[pair["resume"]], job_description=job["text"])
        errors = quality_labels.pair_errors(analyze=lambda done=result, **_: done, labels=labels, pair=pair)
        print(f"== {pair['resume']} x {pair['job']} (fit {pair.get('fit')})")
        for kind in ("junk", "false_gaps"):
            if errors[kind]:
                print(f"   {kind:10s} {errors[kind]}")
        by_name = {r["name"]: r for r in job["requirements"]}
        for name in errors["missed"]:
            cause = quality_labels.miss_cause(details=result["details"], requirement=by_name[name])
            causes[cause.split(":")[0]] += 1
            print(f"   missed     {name!r}: {cause}")
    if causes:
        print(f"missed gaps by cause: {dict(causes)}")
    if hidden:
        print(f"({hidden} pairs on holdout postings are never shown)")


if __name__ == "__main__":
    main()
