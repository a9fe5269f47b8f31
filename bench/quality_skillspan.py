"""SkillSpan measures for bench/quality.py: extraction, missing detection, score monotonicity.

Every function takes the engine's ``analyze`` so the same code measures the current engine and the baseline.
"""

import random
import re
import statistics
from collections.abc import Callable

from ai.local_engine.skillspan import Posting, content_tokens, loose_counts

Analyze = Callable[..., dict]
ABLATION_KS = (1, 2, 3, 5)
RHO_KS = (0, 1, 2, 3, 4, 5, 6, 8, 10)
SEED = 20240501
# Punctuation tokens at a gold span's edges ("AWS )", "Promises;") are not part of the skill.
_EDGE_PUNCTUATION_RE = re.compile(r"^[^\w+#]+|[^\w+#]+$")


def extracted_terms(*, analyze: Analyze, text: str) -> list[str]:
    """Return every requirement the engine reads from a posting: all are missing from an empty resume."""
    details = analyze(resume_text="", job_description=text)["details"]
    items = [*details.get("requirements", []), *details.get("tentative_requirements", [])]
    if not items:  # an engine without a requirements list (the baseline): its missing keywords
        items = [{"name": i["term"]} for i in details.get("missing_keywords_detail", [])]
    terms = []
    for item in items:
        # The posting's words the engine read, where its name differs ("communicator" for "Communication").
        terms.append(item.get("asked_as") or item["name"])
        terms += item.get("alternatives", [])
    return terms


def extraction(*, analyze: Analyze, postings: list[Posting]) -> dict:
    """Return loose recall/precision on skill + knowledge spans, and on knowledge spans alone."""
    totals = {"both": [0, 0], "knowledge": [0, 0], "predicted": [0, 0]}
    for posting in postings:
        predicted = extracted_terms(analyze=analyze, text=posting.text)
        both = loose_counts(gold=[s.text for s in (*posting.knowledge, *posting.skills)], predicted=predicted)
        knowledge = loose_counts(gold=[s.text for s in posting.knowledge], predicted=predicted)
        totals["both"][0] += both.gold_found
        totals["both"][1] += both.gold
        totals["knowledge"][0] += knowledge.gold_found
        totals["knowledge"][1] += knowledge.gold
        totals["predicted"][0] += both.predicted_correct
        totals["predicted"][1] += both.predicted
    return {
        "skillspan_recall_skill_knowledge": totals["both"][0] / max(totals["both"][1], 1),
        "skillspan_recall_knowledge": totals["knowledge"][0] / max(totals["knowledge"][1], 1),
        "skillspan_precision": totals["predicted"][0] / max(totals["predicted"][1], 1),
        "skillspan_predicted": totals["predicted"][1],
    }


def distinct_spans(*, posting: Posting) -> list[str]:
    """Return the posting's knowledge spans, one per set of content words, edge punctuation trimmed."""
    seen: dict[frozenset[str], str] = {}
    for span in posting.knowledge:
        tokens = content_tokens(text=span.text)
        if tokens and tokens not in seen and not span.text.startswith("<"):
            seen[tokens] = _EDGE_PUNCTUATION_RE.sub("", span.text)
    return list(seen.values())


def pseudo_resume(*, spans: list[str]) -> str:
    """Return a resume that shows each span in an experience sentence of its own (not the posting's text).

    The posting's own text would be copied text, which earns nothing by design; the spans in fresh sentences
    stand for a candidate who has exactly those skills.
    """
    lines = [f"- Delivered production work with {span} for a customer-facing product." for span in spans]
    return "Jane Doe\nExperience\nSoftware Engineer, Example Ltd (2018 - 2024)\n" + "\n".join(lines)


def ablation(*, analyze: Analyze, postings: list[Posting]) -> dict:
    """Return recall/precision of removed spans among the reported missing terms (all spans but k shown)."""
    removed_total = removed_found = flagged = flagged_correct = 0
    for posting in postings:
        spans = distinct_spans(posting=posting)
        rng = random.Random(f"{SEED}-{posting.source}-{posting.idx}")
        for k in ABLATION_KS:
            if len(spans) <= k:
                continue
            removed = rng.sample(spans, k)
            resume = pseudo_resume(
                spans=[s for s in spans if s not in removed] + [s.text for s in posting.skills]
            )
            result = analyze(resume_text=resume, job_description=posting.text)
            missing = [i["term"] for i in result["details"]["missing_keywords_detail"]]
            counts = loose_counts(gold=removed, predicted=missing)
            removed_total += counts.gold
            removed_found += counts.gold_found
            flagged += counts.predicted
            flagged_correct += counts.predicted_correct
    return {
        "ablation_recall": removed_found / max(removed_total, 1),
        "ablation_precision": flagged_correct / max(flagged, 1),
    }


def spearman(*, xs: list[float], ys: list[float]) -> float:
    """Return Spearman's rank correlation (ties share their mean rank)."""

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


def monotonicity(*, analyze: Analyze, postings: list[Posting]) -> dict:
    """Return the mean per-posting Spearman rho(k removed, score) and the share of postings at <= -0.9."""
    rhos = []
    for posting in postings:
        spans = distinct_spans(posting=posting)
        ks = [k for k in RHO_KS if k < len(spans)]
        if len(ks) < 3:
            continue
        order = random.Random(f"{SEED}-rho-{posting.source}-{posting.idx}").sample(spans, max(ks))
        scores = [
            analyze(
                resume_text=pseudo_resume(spans=[s for s in spans if s not in order[:k]]),
                job_description=posting.text,
            )["match_score"]
            for k in ks
        ]
        rhos.append(spearman(xs=[float(k) for k in ks], ys=[float(s) for s in scores]))
    return {
        "ablation_rho_mean": statistics.fmean(rhos) if rhos else 0.0,
        "ablation_rho_share_le_-0.9": sum(r <= -0.9 for r in rhos) / max(len(rhos), 1),
    }
