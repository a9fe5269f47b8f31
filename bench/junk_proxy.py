"""Estimate junk in ``missing_keywords`` on postings the engine was never tuned on (issue #13).

Run from the repo root: ``.venv/bin/python bench/junk_proxy.py [--baseline-ref REF] [--show N]``.

Each SkillSpan train/dev posting is analysed against two generic resumes written for this (an office
generalist and a software developer, ``bench/junk_proxy_texts``). A reported missing keyword that shares no
content word with any gold skill or knowledge span of its posting is a junk candidate: a proxy, since the
annotators skipped some real requirements, but one no labelled pair was fitted to. Candidates are sorted into
rough classes by their form and by the line they came from, so the biggest classes can be read and fixed.
The postings written for this (``posting-*.txt``, trades and styles none of the labelled sets has) have no
gold spans: their reported keywords are printed whole with ``--show``, to be read by hand.

With ``--baseline-ref`` the engine at that git ref is measured in a second process on the same run.
"""

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from bench.engine_at_ref import figures_at_ref  # noqa: E402  (run as a script: the repo root goes first)

TEXTS = REPO / "bench" / "junk_proxy_texts"
# The last word of a job title ("Operations Manager", "Crew Lead"): a colleague or the job, not a skill.
_TITLE_RE = re.compile(
    r"\b(?:manager|engineer|developer|director|lead|officer|assistant|specialist|coordinator|supervisor|"
    r"analyst|consultant|representative|associate|nurse|technician|head|partner|advisor|adviser|"
    r"architect|administrator|executive|clerk|tester|lecturer|installer|porter)s?$",
    re.IGNORECASE,
)
_BENEFITS_RE = re.compile(
    r"\b(?:benefits?|perks?|we offer|insurance|pension|401|holiday|vacation|leave|bonus|salary|pay|"
    r"discounts?|allowance|wellbeing|wellness|parking|£|\$|€)",
    re.IGNORECASE,
)


def _classify(*, term: str, category: str, sentence: str) -> str:
    """Return a rough class for one junk candidate (``term`` as the posting writes it), from its form first
    and its line second."""
    from ai.local_engine.employer_sentences import about_us
    from ai.local_engine.name_forms import is_acronym

    words = term.split()
    if category == "soft_skill":
        return "soft skill read from a cue word"
    if "<" in term or ">" in term:
        return "masked placeholder"
    if is_acronym(text=term):
        return "acronym"
    if all(w[:1].isupper() for w in words):
        return "capitalised name (company/product/place)"
    if _BENEFITS_RE.search(sentence):
        return "benefits/pay line"
    if about_us(sentence=sentence):
        return "about-us line"
    if _TITLE_RE.search(term):
        return "job-title word"
    if words[0].lower().endswith(("ing", "ed")):
        return "verb form"
    return "one word" if len(words) == 1 else "multi-word phrase"


def _analyse(*, postings: list, resumes: dict[str, str]) -> tuple[list[dict], list[dict]]:
    """Return (SkillSpan rows, written-posting rows): one row per reported missing keyword."""
    from ai.local_engine import analyze
    from ai.local_engine.skillspan import content_tokens

    rows, written = [], []
    for posting in postings:
        gold = [content_tokens(text=s.text) for s in (*posting.knowledge, *posting.skills)]
        for resume_name, resume in resumes.items():
            result = analyze(resume_text=resume, job_description=posting.text)
            details = {i["term"]: i for i in result["details"].get("missing_keywords_detail", [])}
            for term in result["missing_keywords"]:
                item = details.get(term, {})
                names = [term, *item.get("alternatives", [])]
                tokens = set().union(*(content_tokens(text=n) for n in names))
                rows.append(
                    {
                        "posting": f"{posting.source}-{posting.idx}",
                        "resume": resume_name,
                        "term": term,
                        "asked_as": item.get("asked_as") or term,
                        "category": item.get("category", ""),
                        "sentence": item.get("job_description_sentence", ""),
                        "junk": not any(tokens & g for g in gold),
                    }
                )
    for path in sorted(TEXTS.glob("posting-*.txt")):
        for resume_name, resume in resumes.items():
            result = analyze(resume_text=resume, job_description=path.read_text(encoding="utf-8"))
            written.append({"posting": path.stem, "resume": resume_name, "terms": result["missing_keywords"]})
    return rows, written


def measure(*, eval_dir: Path) -> dict:
    """Return the junk-proxy figures and rows of the engine importable as ``ai.local_engine``."""
    from ai.local_engine import embeddings
    from ai.local_engine.skillspan import TRAINING_SPLITS, load_postings

    embeddings.configure(enabled=True, threads=1, cache_size=4096, kind="static")
    postings = [p for split in TRAINING_SPLITS for p in load_postings(eval_dir=eval_dir, split=split)]
    resumes = {
        path.stem.removeprefix("resume-"): path.read_text(encoding="utf-8")
        for path in sorted(TEXTS.glob("resume-*.txt"))
    }
    rows, written = _analyse(postings=postings, resumes=resumes)
    junk = [r for r in rows if r["junk"]]
    classes = Counter(
        _classify(term=r["asked_as"], category=r["category"], sentence=r["sentence"]) for r in junk
    )
    return {
        "reported": len(rows),
        "junk": len(junk),
        "share": len(junk) / max(len(rows), 1),
        "classes": dict(classes.most_common()),
        "junk_rows": junk,
        "written": written,
    }


def _baseline(*, ref: str, eval_dir: Path) -> dict:
    """Return the figures of the engine at ``ref``, measured in a second process."""
    return figures_at_ref(ref=ref, script=__file__, arguments=["--eval-dir", str(eval_dir)])


def _report(*, figures: dict, baseline: dict, show: int) -> None:
    print(f"{'measure':40s} {'engine':>8s} {'baseline':>8s}")
    for name in ("reported", "junk", "share"):
        value, before = figures[name], baseline.get(name, "-")
        shown = [f"{v:.3f}" if isinstance(v, float) else str(v) for v in (value, before)]
        print(f"{name:40s} {shown[0]:>8s} {shown[1]:>8s}")
    for name in dict.fromkeys([*figures["classes"], *baseline.get("classes", {})]):
        count, before = figures["classes"].get(name, 0), baseline.get("classes", {}).get(name, "-")
        print(f"  {name:38s} {count:>8d} {before!s:>8s}")
    if not show:
        return
    terms = Counter(r["term"].lower() for r in figures["junk_rows"])
    print(f"\n# most frequent junk candidates (top {show})")
    for term, count in terms.most_common(show):
        print(f"{count:4d}  {term}")
    print("\n# written postings: reported missing keywords")
    for row in figures["written"]:
        print(f"{row['posting']} [{row['resume']}]: {', '.join(row['terms'])}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--eval-dir", type=Path, default=REPO.parent / "shared" / "eval")
    parser.add_argument("--baseline-ref", default="", help="git ref of a baseline engine, or '' for none")
    parser.add_argument("--show", type=int, default=0, help="print the N most frequent candidates")
    parser.add_argument("--engine-root", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.engine_root:
        sys.path.insert(0, str(args.engine_root))  # the baseline's ``ai`` package shadows this one
    figures = measure(eval_dir=args.eval_dir)
    if args.json:
        print(json.dumps(figures))
        return
    baseline = _baseline(ref=args.baseline_ref, eval_dir=args.eval_dir) if args.baseline_ref else {}
    _report(figures=figures, baseline=baseline, show=args.show)


if __name__ == "__main__":
    main()
