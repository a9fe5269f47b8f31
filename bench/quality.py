"""Measure the local engine's analysis quality, each figure beside a baseline engine's on the same run.

Run from the repo root: ``.venv/bin/python bench/quality.py [--baseline-ref REF] [--split test]``.
The baseline is the engine at git ``--baseline-ref`` (default: the last commit before the requirements
engine), unpacked into a temporary folder and run in a second process with the same measures.

Measures (targets from the issue "Analysis a recruiter would trust"):
- hand-labelled pairs (bench/data, "holdout" postings never tuned on, "tune" ones shown apart; and
  bench/data/labeller-b, a second labeller's set, [B] (tune postings tuned on since session 6, holdout
  postings never), bench/data/labeller-c, a third labeller's set never tuned on, [C], and
  bench/data/labeller-d, a fourth labeller's set in other trades, [D] (split like B), and
  bench/data/labeller-e, a fifth set whose resumes too are outside software, [E] (split like B), and
  bench/data/labeller-f, a sixth set with its own resumes in other trades, never tuned on, [F], and
  bench/data/labeller-g|h|i, a seventh, an eighth and a ninth set with their own resumes (trades; office,
  business and technical roles in eight countries; twelve more roles from software to rooftops), [G], [H]
  and [I], split like B), and bench/data/labeller-j, a tenth set of twelve more roles in twelve countries
  with its own resumes, never tuned on, [J] (holdout only, like C and F), and bench/data/labeller-k, an
  eleventh set of twelve more roles in twelve countries written the same way, [K] (holdout only): junk in
  missing_keywords <= 5%, false gaps <= 10%, true gaps found >= 85%;
- the own-role posting ranks first for clear-role resumes >= 90%; Spearman against hand rankings;
- gaming: stuffing the missing keywords as a bare list lifts <= 10 points, comma-joined on one line
  (stuffing_lift_max) or one a line under "Skills" (stuffing_lines_lift_max); the posting pasted as a
  resume scores <= 35; a bare keyword list alone (reported);
- SkillSpan (``--split``, test by default; tuned on train/dev only): loose recall of skill and knowledge
  spans >= 75% at precision >= 55%; missing-span detection; rho(k removed, score) <= -0.9;
- determinism: the same input gives an identical result.
"""

import argparse
import inspect
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from bench.engine_at_ref import figures_at_ref  # noqa: E402  (run as a script: the repo root goes first)

DEFAULT_BASELINE = "1728129"
# labellers' sets with tune and holdout postings, reported per split
SPLIT_SETS = ("B", "D", "E", "G", "H", "I")
TARGETS = {
    "junk_share": ("<=", 0.05),
    "false_gap_share": ("<=", 0.10),
    "true_gap_recall": (">=", 0.85),
    "own_role_first": (">=", 0.90),
    "stuffing_lift_max": ("<=", 10),
    "stuffing_lines_lift_max": ("<=", 10),
    "pasted_posting_max": ("<=", 35),
    "skillspan_recall_skill_knowledge": (">=", 0.75),
    "skillspan_precision": (">=", 0.55),
    "ablation_rho_mean": ("<=", -0.9),
    "deterministic": ("==", True),
}


def measure(*, eval_dir: Path, split: str, quick: bool, embeddings: str) -> dict:
    """Return every figure for the engine importable as ``ai.local_engine`` in this process."""
    from ai.local_engine import analyze

    try:
        from ai.local_engine import embeddings as embedding_model
    except ImportError:  # the oldest baseline engine has no embeddings
        embedding_model = None
    if embedding_model is not None and embeddings == "off":
        embedding_model.configure(enabled=False, threads=1, cache_size=0)
    elif embedding_model is not None and "kind" in inspect.signature(embedding_model.configure).parameters:
        embedding_model.configure(enabled=True, threads=1, cache_size=4096, kind=embeddings)
    from ai.local_engine.skillspan import load_postings
    from bench import quality_labels, quality_skillspan
    from pdf_extract import ExtractionLimits, extract_document

    # The upload deadline (0.9 s) is for hostile files; a benchmark on a busy machine must not trip it.
    limits = ExtractionLimits(timeout_s=60.0)

    def resume_text(name: str) -> str:
        path = eval_dir / "resume-pdfs" / f"{name}.pdf"
        return extract_document(path.read_bytes(), filename=path.name, limits=limits).text

    figures: dict = {}
    labels = quality_labels.load_labels(resume_text=resume_text)
    for split_name in ("holdout", "tune"):
        part = quality_labels.gaps(analyze=analyze, labels=labels, split=split_name)
        figures.update({f"{key}[{split_name}]": value for key, value in part.items()})
    figures.update(quality_labels.gaps(analyze=analyze, labels=labels, split=None))
    figures.update(quality_labels.ranking(analyze=analyze, labels=labels))
    figures.update(quality_labels.gaming(analyze=analyze, labels=labels))
    figures.update(quality_labels.determinism(analyze=analyze, labels=labels))
    figures.update(quality_labels.rewrites(analyze=analyze, labels=labels))
    # Independent labellers' sets: B's, D's, E's, G's, H's and I's tune postings may be tuned on, their
    # holdout postings never (so they are shown per split); C, F, J and K are holdout only, never tuned on,
    # and only ever shown as these aggregates. E to K read their own resumes (labeller-?/resumes), the others
    # the shared PDFs.
    for mark in "BCDEFGHIJK":
        folder = f"labeller-{mark.lower()}"
        if not (quality_labels.DATA / folder).is_dir():
            continue
        other = quality_labels.load_labels(resume_text=resume_text, folder=quality_labels.DATA / folder)
        if mark in SPLIT_SETS:
            for split_name in ("holdout", "tune"):
                part = quality_labels.gaps(analyze=analyze, labels=other, split=split_name)
                figures.update({f"{key}[{mark} {split_name}]": value for key, value in part.items()})
        for name, value in {
            **quality_labels.gaps(analyze=analyze, labels=other, split=None),
            **quality_labels.ranking(analyze=analyze, labels=other),
            **quality_labels.gaming(analyze=analyze, labels=other),
        }.items():
            figures[f"{name}[{mark}]"] = value
    postings = load_postings(eval_dir=eval_dir, split=split)
    if quick:
        postings = postings[:15]
    figures.update(quality_skillspan.extraction(analyze=analyze, postings=postings))
    figures.update(quality_skillspan.ablation(analyze=analyze, postings=postings))
    figures.update(quality_skillspan.monotonicity(analyze=analyze, postings=postings))
    return figures


def _baseline(*, ref: str, args: argparse.Namespace) -> dict:
    """Return the figures of the engine at ``ref``, measured in a second process."""
    arguments = ["--split", args.split, "--eval-dir", str(args.eval_dir)]
    arguments += ["--embeddings", args.baseline_embeddings or args.embeddings]
    arguments += ["--quick"] if args.quick else []
    return figures_at_ref(ref=ref, script=__file__, arguments=arguments)


def _show(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.3f}" if abs(value) <= 1 else f"{value:.1f}"
    return str(value)


def _verdict(name: str, value: object) -> str:
    base = name.split("[")[0]
    if base not in TARGETS or "[" in name:
        return ""
    op, target = TARGETS[base]
    ok = {"<=": lambda: value <= target, ">=": lambda: value >= target, "==": lambda: value == target}[op]()
    return f"{op} {target}  {'met' if ok else 'NOT MET'}"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--eval-dir", type=Path, default=REPO.parent / "shared" / "eval")
    parser.add_argument("--split", default="test", choices=("train", "dev", "test"))
    parser.add_argument(
        "--baseline-ref", default=DEFAULT_BASELINE, help="git ref of the baseline engine, or ''"
    )
    parser.add_argument("--quick", action="store_true", help="15 SkillSpan postings instead of all")
    parser.add_argument(
        "--embeddings",
        choices=("static", "model", "off"),
        default="static",
        help="semantic matching: static word-piece vectors (default), the embedding model, or words only",
    )
    parser.add_argument(
        "--baseline-embeddings",
        choices=("static", "model", "off"),
        help="the baseline's semantic matching (default: as --embeddings); with --baseline-ref HEAD this "
        "compares two modes of one engine",
    )
    parser.add_argument("--engine-root", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.engine_root:
        sys.path.insert(0, str(args.engine_root))  # the baseline's ``ai`` package shadows this one
    figures = measure(eval_dir=args.eval_dir, split=args.split, quick=args.quick, embeddings=args.embeddings)
    if args.json:
        print(json.dumps(figures))
        return
    baseline = _baseline(ref=args.baseline_ref, args=args) if args.baseline_ref else {}
    print(
        f"# Local engine quality (SkillSpan split: {args.split}; embeddings: {args.embeddings}; baseline: "
        f"{args.baseline_ref or 'none'}, embeddings: {args.baseline_embeddings or args.embeddings})"
    )
    print(f"{'measure':42s} {'engine':>9s} {'baseline':>9s}  target")
    for name, value in figures.items():
        print(f"{name:42s} {_show(value):>9s} {_show(baseline.get(name, '-')):>9s}  {_verdict(name, value)}")


if __name__ == "__main__":
    main()
