"""Measure the local engine's quality on public eval data; print each figure with its target.

Run from the repo root: ``.venv/bin/python bench/quality.py [--split test] [--eval-dir ../shared/eval]``.
Weights and thresholds are tuned on train/dev only; the figures to report are the test split's.

1. Keyword extraction (SkillSpan, whole postings): loose recall of gold knowledge spans and precision of
   the extracted hard keywords, against a plain exact-dictionary lookup measured in the same run.
2. Missing-keyword detection on ablation pairs: a pseudo-resume holding the posting's gold spans minus k
   of them; recall and precision of the removed spans among ``missing_keywords_detail`` (tentative keywords
   included; the confident ones alone are printed too). Two pseudo-resumes: (A) the posting's own text with
   the k spans deleted (every mention, edge punctuation trimmed), (B) only the gold spans, one per line.
3. Spearman rho(k, match_score) as k grows (pseudo-resume A), per posting.
4. Layout invariance: the same resume content in different PDF themes, scored against each job PDF.
5. Determinism, and a sanity ranking of the Resume-Matcher resumes against their job descriptions.
"""

import argparse
import random
import re
import statistics
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from ai.local_engine import analyze  # noqa: E402
from ai.local_engine.candidates import find_candidates  # noqa: E402
from ai.local_engine.job import read_job  # noqa: E402
from ai.local_engine.skillspan import Posting, content_tokens, load_postings, loose_counts  # noqa: E402
from ai.local_engine.vocab import get_vocabulary  # noqa: E402
from pdf_extract import extract_document  # noqa: E402

ABLATION_KS = (1, 2, 3, 5)
RHO_KS = (0, 1, 2, 3, 4, 5, 6, 8, 10)
SEED = 20240501
THEME_GROUPS = {
    "rendercv": [f"rendercv-{n}" for n in (
        "classic", "ember", "engineeringclassic", "engineeringresumes", "harvard", "ink", "moderncv", "opal",
        "sb2nov",
    )],
    "reactiveresume": [f"reactiveresume-{n}" for n in (
        "azurill", "bronzor", "chikorita", "ditto", "gengar", "glalie", "kakuna", "leafish", "nosepass",
        "onyx", "pikachu", "rhyhorn",
    )],
    "resumematcher-tpl": [f"resumematcher-tpl-{n}" for n in (
        "modern-single-column", "modern-two-column", "single-column", "two-column",
    )],
}  # fmt: skip
SANITY_PAIRS = {
    "resumematcher-barry-allen-fe": "resumematcher-jd-front-end-engineer",
    "resumematcher-bruce-wayne-fullstack": "resumematcher-jd-full-stack-engineer",
    "resumematcher-alfred-pennyworth-pm": "resumematcher-jd-product-manager",
}


def _pct(value: float) -> str:
    return f"{100 * value:.1f}%"


def _extracted(*, text: str) -> list[str]:
    job = read_job(text=text, vocabulary=get_vocabulary())
    return [k.term for k in job.keywords if k.category != "soft_skill"]


def _dictionary_baseline(*, text: str) -> list[str]:
    """Exact ESCO + O*NET + alias lookup, no learned filter and no phrase candidates."""
    vocabulary = get_vocabulary()
    return [c.text for c in find_candidates(text=text, vocabulary=vocabulary) if c.concept_id is not None]


def _sum_counts(*, postings: list[Posting], extractor) -> tuple[float, float, int]:
    gold = found = predicted = correct = 0
    for posting in postings:
        counts = loose_counts(
            gold=[s.text for s in posting.knowledge], predicted=extractor(text=posting.text)
        )
        gold, found = gold + counts.gold, found + counts.gold_found
        predicted, correct = predicted + counts.predicted, correct + counts.predicted_correct
    return found / max(gold, 1), correct / max(predicted, 1), predicted


def keyword_extraction(*, postings: list[Posting]) -> None:
    print("\n## 1. Keyword extraction (loose token overlap; target recall >= 70%, precision >= 50%)")
    for label, subset in (
        ("all", postings),
        *((s, [p for p in postings if p.source == s]) for s in ("tech", "house")),
    ):
        recall, precision, n = _sum_counts(postings=subset, extractor=_extracted)
        b_recall, b_precision, b_n = _sum_counts(postings=subset, extractor=_dictionary_baseline)
        print(
            f"{label:6s} engine: recall {_pct(recall)} precision {_pct(precision)} ({n} keywords)  |  "
            f"dictionary baseline: recall {_pct(b_recall)} precision {_pct(b_precision)} ({b_n})  |  "
            f"recall ratio {recall / max(b_recall, 1e-9):.2f}x"
        )


# Punctuation tokens at a gold span's edges ("AWS )", "Promises;") are not part of the skill. Left on, the
# ablation would delete only the mentions followed by that punctuation and keep the skill's other mentions.
_EDGE_PUNCTUATION_RE = re.compile(r"^[^\w+#]+|[^\w+#]+$")


def _distinct_spans(*, posting: Posting) -> list[str]:
    seen: dict[frozenset[str], str] = {}
    for span in posting.knowledge:
        tokens = content_tokens(text=span.text)
        if tokens and tokens not in seen and not span.text.startswith("<"):
            seen[tokens] = _EDGE_PUNCTUATION_RE.sub("", span.text)
    return list(seen.values())


def _delete_spans(*, text: str, spans: list[str]) -> str:
    for span in sorted(spans, key=len, reverse=True):
        text = re.sub(rf"(?<![\w+#.]){re.escape(span)}(?![\w+#])", " ", text, flags=re.IGNORECASE)
    return text


def _missing_terms(*, resume: str, job: str) -> tuple[list[str], list[str]]:
    """Return every missing term, and the confident ones alone (without the tentative keywords)."""
    items = analyze(resume_text=resume, job_description=job)["details"]["missing_keywords_detail"]
    return [i["term"] for i in items], [i["term"] for i in items if i["confidence"] == "high"]


def missing_detection(*, postings: list[Posting]) -> None:
    print("\n## 2. Missing-keyword detection on ablation pairs (target recall >= 85%, precision >= 70%)")
    for variant in ("A", "B"):
        removed_total = removed_found = flagged = flagged_correct = 0
        absent_total = absent_found = confident_found = confident_flagged = confident_correct = 0
        for posting in postings:
            spans = _distinct_spans(posting=posting)
            rng = random.Random(f"{SEED}-{posting.source}-{posting.idx}")
            for k in ABLATION_KS:
                if len(spans) <= k:
                    continue
                removed = rng.sample(spans, k)
                if variant == "A":
                    resume = _delete_spans(text=posting.text, spans=removed)
                else:
                    kept = [s for s in spans if s not in removed] + [s.text for s in posting.skills]
                    resume = "\n".join(kept)
                missing, confident = _missing_terms(resume=resume, job=posting.text)
                counts = loose_counts(gold=removed, predicted=missing)
                confident_counts = loose_counts(gold=removed, predicted=confident)
                confident_found += confident_counts.gold_found
                confident_flagged += confident_counts.predicted
                confident_correct += confident_counts.predicted_correct
                # Diagnostic: only the removed spans none of whose words remain anywhere in the resume
                # (a span whose words survive in another span, e.g. "JavaScript/Node.js" vs "node.js", is
                # arguably still held).
                left = content_tokens(text=resume)
                absent = [span for span in removed if not content_tokens(text=span) & left]
                absent_counts = loose_counts(gold=absent, predicted=missing)
                absent_total += absent_counts.gold
                absent_found += absent_counts.gold_found
                removed_total += counts.gold
                removed_found += counts.gold_found
                flagged += counts.predicted
                flagged_correct += counts.predicted_correct
        recall = _pct(removed_found / max(removed_total, 1))
        precision = _pct(flagged_correct / max(flagged, 1))
        print(
            f"pseudo-resume {variant}: recall {recall} of {removed_total} removed spans, "
            f"precision {precision} of {flagged} flagged keywords; recall "
            f"{_pct(absent_found / max(absent_total, 1))} of the {absent_total} removed spans whose words "
            "are wholly absent"
        )
        print(
            f"  confident keywords only (no tentative ones): recall "
            f"{_pct(confident_found / max(removed_total, 1))}, precision "
            f"{_pct(confident_correct / max(confident_flagged, 1))} of {confident_flagged} flagged"
        )


def _spearman(*, xs: list[float], ys: list[float]) -> float:
    def ranks(values: list[float]) -> list[float]:
        order = sorted(range(len(values)), key=lambda i: values[i])
        result = [0.0] * len(values)
        i = 0
        while i < len(order):
            j = i
            while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
                j += 1
            for position in range(i, j + 1):
                result[order[position]] = (i + j) / 2
            i = j + 1
        return result

    rx, ry = ranks(xs), ranks(ys)
    mx, my = statistics.fmean(rx), statistics.fmean(ry)
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry, strict=True))
    var = (sum((a - mx) ** 2 for a in rx) * sum((b - my) ** 2 for b in ry)) ** 0.5
    return cov / var if var else 0.0


def score_monotonicity(*, postings: list[Posting]) -> None:
    print("\n## 3. Score falls as requirements go missing (target Spearman rho(k, score) <= -0.9)")
    rhos, all_k, all_drop, full_scores, mismatched = [], [], [], [], []
    for number, posting in enumerate(postings):
        spans = _distinct_spans(posting=posting)
        ks = [k for k in RHO_KS if k < len(spans)]
        if len(ks) < 3:
            continue
        order = random.Random(f"{SEED}-rho-{posting.source}-{posting.idx}").sample(spans, max(ks))
        scores = []
        for k in ks:
            resume = _delete_spans(text=posting.text, spans=order[:k])
            scores.append(analyze(resume_text=resume, job_description=posting.text)["match_score"])
        rhos.append(_spearman(xs=[float(k) for k in ks], ys=[float(s) for s in scores]))
        all_k += ks
        all_drop += [s - scores[0] for s in scores]
        full_scores.append(scores[0])
        other = postings[(number + len(postings) // 2) % len(postings)]
        mismatched.append(analyze(resume_text=other.text, job_description=posting.text)["match_score"])
    print(
        f"per-posting rho: mean {statistics.fmean(rhos):.3f}, median {statistics.median(rhos):.3f}, "
        f"{sum(r <= -0.9 for r in rhos)}/{len(rhos)} postings <= -0.9; pooled rho(k, score drop) "
        f"{_spearman(xs=[float(k) for k in all_k], ys=[float(d) for d in all_drop]):.3f}"
    )
    auc_pairs = [(a > b) + 0.5 * (a == b) for a in full_scores for b in mismatched]
    print(
        f"calibration: full pseudo-resume mean score {statistics.fmean(full_scores):.1f}, another posting's "
        f"text as resume {statistics.fmean(mismatched):.1f}, AUC {statistics.fmean(auc_pairs):.3f}"
    )


def _pdf_text(*, path: Path) -> str:
    return extract_document(path.read_bytes(), filename=path.name).text


def layout_invariance(*, eval_dir: Path) -> None:
    print("\n## 4. Same content, different PDF themes (target: spread <= 3 points)")
    pdfs = eval_dir / "resume-pdfs"
    jobs = {p.stem: _pdf_text(path=p) for p in sorted((pdfs / "job-descriptions").glob("*.pdf"))}
    worst = 0
    for group, names in THEME_GROUPS.items():
        texts = {name: _pdf_text(path=pdfs / f"{name}.pdf") for name in names}
        spreads = []
        for job_name, job_text in jobs.items():
            scores = [analyze(resume_text=t, job_description=job_text)["match_score"] for t in texts.values()]
            spreads.append(max(scores) - min(scores))
            print(f"{group:18s} vs {job_name:40s} scores {min(scores)}-{max(scores)} spread {spreads[-1]}")
        worst = max(worst, *spreads)
    print(f"worst spread: {worst} points")
    print("\n## 5. Determinism and sanity ranking")
    sample = _pdf_text(path=pdfs / "rendercv-classic.pdf")
    job_text = next(iter(jobs.values()))
    identical = all(
        analyze(resume_text=sample, job_description=job_text)
        == analyze(resume_text=sample, job_description=job_text)
        for _ in range(5)
    )
    print(f"same input -> identical result (5 repeats): {identical}")
    for resume_name, own_job in SANITY_PAIRS.items():
        text = _pdf_text(path=pdfs / f"{resume_name}.pdf")
        scores = {job: analyze(resume_text=text, job_description=t)["match_score"] for job, t in jobs.items()}
        best = max(scores, key=scores.get)
        print(f"{resume_name:38s} {scores} -> best {best} ({'ok' if best == own_job else 'WRONG'})")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--eval-dir", type=Path, default=REPO.parent / "shared" / "eval")
    parser.add_argument("--split", default="test", choices=("train", "dev", "test"))
    parser.add_argument("--skip", nargs="*", default=(), choices=("1", "2", "3", "4"))
    args = parser.parse_args()
    postings = load_postings(eval_dir=args.eval_dir, split=args.split)
    print(f"# Local engine quality on SkillSpan {args.split} ({len(postings)} postings)")
    if "1" not in args.skip:
        keyword_extraction(postings=postings)
    if "2" not in args.skip:
        missing_detection(postings=postings)
    if "3" not in args.skip:
        score_monotonicity(postings=postings)
    if "4" not in args.skip:
        layout_invariance(eval_dir=args.eval_dir)


if __name__ == "__main__":
    main()
