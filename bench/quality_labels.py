"""Hand-labelled measures for bench/quality.py (labels in bench/data/, see its README).

- gaps: each reported missing keyword is mapped to the posting's labelled requirements; one that maps to a
  requirement the resume meets is a false gap, one that maps to none (or to a listed non-requirement) is junk;
  true-gap recall is the share of labelled missing requirements (kinds a keyword list can name) reported;
- ranking: for each resume with a clear role, whether a posting of that role scores highest, and Spearman
  against the labeller's ranking of five postings;
- gaming: the missing keywords appended as a bare list (on one line, or one a line under "Skills"), a bare
  keyword list alone, the posting pasted as a resume.
"""

import json
import re
import statistics
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ai.local_engine.skillspan import content_tokens
from bench.quality_skillspan import spearman

Analyze = Callable[..., dict]
DATA = Path(__file__).resolve().parent / "data"
KEYWORD_KINDS = frozenset({"hard_skill", "soft_skill", "tool", "degree", "language", "certification"})


@dataclass(frozen=True, slots=True)
class Labels:
    """The labelled set: resume texts, roles, postings, pairs and rankings."""

    resumes: dict[str, str]
    roles: dict[str, dict]
    jobs: dict[str, dict]
    pairs: list[dict]
    rankings: list[dict]


def load_labels(*, resume_text: Callable[[str], str], folder: Path = DATA) -> Labels:
    """Return the labels in ``folder`` (bench/data by default), with the text of every resume they name.

    A resume is read from the folder's own ``resumes/<name>.txt`` when there is one (set E brings resumes in
    trades the shared PDFs lack), else from ``resume_text(name)``.
    """

    def text_of(name: str) -> str:
        own = folder / "resumes" / f"{name}.txt"
        return own.read_text(encoding="utf-8") if own.is_file() else resume_text(name)

    roles = json.loads((folder / "resume_roles.json").read_text(encoding="utf-8"))
    jobs = {
        p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted((folder / "jobs").glob("*.json"))
    }
    pairs = json.loads((folder / "pairs.json").read_text(encoding="utf-8"))
    rankings_path = folder / "rankings.json"
    rankings = json.loads(rankings_path.read_text(encoding="utf-8")) if rankings_path.exists() else []
    names = {n for n, role in roles.items() if role.get("clear")} | {p["resume"] for p in pairs}
    names |= {r["resume"] for r in rankings}
    return Labels(
        resumes={name: text_of(name) for name in sorted(names)},
        roles=roles,
        jobs=jobs,
        pairs=pairs,
        rankings=rankings,
    )


def _surfaces(requirement: dict) -> list[frozenset[str]]:
    return [
        t
        for t in (content_tokens(text=s) for s in (requirement["name"], *requirement.get("aliases", [])))
        if t
    ]


def _maps_to(*, term_tokens: list[frozenset[str]], requirement: dict) -> bool:
    """Return whether a reported term names the requirement: one holds all content words of the other."""
    return any(t <= s or s <= t for t in term_tokens for s in _surfaces(requirement))


def _term_tokens(item: dict) -> list[frozenset[str]]:
    return [t for t in (content_tokens(text=s) for s in (item["term"], *item.get("alternatives", []))) if t]


def pair_errors(*, analyze: Analyze, labels: Labels, pair: dict) -> dict:
    """Return one pair's reported terms sorted into junk and false gaps, and its unreported labelled gaps."""
    job = labels.jobs[pair["job"]]
    result = analyze(resume_text=labels.resumes[pair["resume"]], job_description=job["text"])
    by_term = {i["term"]: i for i in result["details"].get("missing_keywords_detail", [])}
    requirements = {r["id"]: r for r in job["requirements"]}
    hit: set[str] = set()
    junk, false_gaps = [], []
    for term in result["missing_keywords"]:
        tokens = _term_tokens(by_term.get(term, {"term": term}))
        mapped = [rid for rid, r in requirements.items() if _maps_to(term_tokens=tokens, requirement=r)]
        if not mapped:
            junk.append(term)
        elif all(rid in pair["met"] for rid in mapped):
            false_gaps.append(term)
        hit.update(mapped)
    wanted = [rid for rid in pair["missing"] if requirements[rid]["kind"] in KEYWORD_KINDS]
    return {
        "reported": len(result["missing_keywords"]),
        "junk": junk,
        "false_gaps": false_gaps,
        "wanted": len(wanted),
        "missed": [requirements[rid]["name"] for rid in wanted if rid not in hit],
    }


def miss_cause(*, details: dict, requirement: dict) -> str:
    """Return why a labelled gap was not reported, from the engine's own requirement list in ``details``."""
    extracted = [*details.get("requirements", []), *details.get("tentative_requirements", [])]
    named = [
        r
        for r in extracted
        if _maps_to(term_tokens=_term_tokens({"term": r["name"], **r}), requirement=requirement)
    ]
    met = [r for r in named if r.get("status") in ("met", "partial")]
    if met:
        return f"judged met via {met[0].get('via')}: {met[0]['name']} as {met[0].get('matched_as')!r}"
    if named:
        return f"missing, not shown: {named[0]['name']} ({named[0].get('kind', 'tentative')})"
    return "not extracted"


def gaps(*, analyze: Analyze, labels: Labels, split: str | None) -> dict:
    """Return junk share, false-gap share and true-gap recall over the labelled pairs of ``split``."""
    reported = junk = false_gaps = truly_missing = missed = 0
    for pair in labels.pairs:
        if split and labels.jobs[pair["job"]].get("split") != split:
            continue
        errors = pair_errors(analyze=analyze, labels=labels, pair=pair)
        reported += errors["reported"]
        junk += len(errors["junk"])
        false_gaps += len(errors["false_gaps"])
        truly_missing += errors["wanted"]
        missed += len(errors["missed"])
    return {
        "gap_pairs_reported": reported,
        "junk_share": junk / max(reported, 1),
        "false_gap_share": false_gaps / max(reported, 1),
        "true_gap_recall": (truly_missing - missed) / max(truly_missing, 1),
    }


def ranking(*, analyze: Analyze, labels: Labels) -> dict:
    """Return the share of clear-role resumes whose own-role posting scores highest, and rank agreement."""
    scores: dict[tuple[str, str], int] = {}

    def score(resume: str, job: str) -> int:
        if (resume, job) not in scores:
            scores[(resume, job)] = analyze(
                resume_text=labels.resumes[resume], job_description=labels.jobs[job]["text"]
            )["match_score"]
        return scores[(resume, job)]

    clear = [name for name, role in labels.roles.items() if role.get("clear") and role.get("role")]
    groups = {}
    for name in clear:
        groups.setdefault(labels.roles[name].get("content_group", name), name)
    firsts = []
    for name in sorted(groups.values()):
        fits = {labels.roles[name]["role"], *labels.roles[name].get("also_fits", [])}
        own = [j for j, job in labels.jobs.items() if job["role"] in fits]
        if not own:
            continue
        best = max(labels.jobs, key=lambda j: (score(name, j), j in own))
        firsts.append(best in own)
    rhos = []
    for item in labels.rankings:
        order = item["ranking"]
        rhos.append(
            spearman(
                xs=[float(len(order) - i) for i in range(len(order))],
                ys=[float(score(item["resume"], j)) for j in order],
            )
        )
    return {
        "own_role_first": sum(firsts) / max(len(firsts), 1),
        "own_role_resumes": len(firsts),
        "hand_ranking_rho": statistics.fmean(rhos) if rhos else 0.0,
    }


# Keyword stuffing as seen in resumes: the missing keywords appended comma-joined on one line, or one a line
# under a "Skills" heading.
STUFFINGS: dict[str, Callable[[list[str]], str]] = {
    "stuffing_lift": lambda keywords: ", ".join(keywords),
    "stuffing_lines_lift": lambda keywords: "Skills\n" + "\n".join(keywords),
}


def gaming(*, analyze: Analyze, labels: Labels) -> dict:
    """Return the lift from each way of keyword stuffing (``STUFFINGS``), and the scores of a bare keyword
    list and the pasted posting."""
    lifts: dict[str, list[int]] = {name: [] for name in STUFFINGS}
    bare, pasted = [], []
    for pair in labels.pairs:
        job = labels.jobs[pair["job"]]
        resume = labels.resumes[pair["resume"]]
        before = analyze(resume_text=resume, job_description=job["text"])
        for name, stuffing in STUFFINGS.items():
            stuffed = resume + "\n" + stuffing(before["missing_keywords"])
            after = analyze(resume_text=stuffed, job_description=job["text"])
            lifts[name].append(after["match_score"] - before["match_score"])
    for job in labels.jobs.values():
        names = [r["name"] for r in job["requirements"] if r["kind"] in KEYWORD_KINDS]
        bare.append(analyze(resume_text="\n".join(names), job_description=job["text"])["match_score"])
        pasted.append(analyze(resume_text=job["text"], job_description=job["text"])["match_score"])
    figures: dict = {}
    for name, values in lifts.items():
        figures[f"{name}_mean"] = statistics.fmean(values) if values else 0.0
        figures[f"{name}_max"] = max(values, default=0)
    return {
        **figures,
        "bare_keyword_list_max": max(bare, default=0),
        "pasted_posting_max": max(pasted, default=0),
    }


def determinism(*, analyze: Analyze, labels: Labels) -> dict:
    """Return whether five runs of each of the first three pairs give identical results."""
    same = True
    for pair in labels.pairs[:3]:
        args = {
            "resume_text": labels.resumes[pair["resume"]],
            "job_description": labels.jobs[pair["job"]]["text"],
        }
        first = json.dumps(analyze(**args), sort_keys=True)
        same = same and all(json.dumps(analyze(**args), sort_keys=True) == first for _ in range(4))
    return {"deterministic": same}


_CONTACT_RE = re.compile(r"@|https?://|www\.|\+?\d[\d\s().-]{7,}\d")
# A request for a figure, wherever the rewrite puts it (", [add ...]", "by [how much ...]", "[how many]"):
# any engine's bracketed request, so that the baseline engine is measured alike.
_FIGURE_RE = re.compile(r"\s*,?\s*(?:by\s+)?\[[^\]]*\]")


def rewrites(*, analyze: Analyze, labels: Labels) -> dict:
    """Return shares of the chosen sentences that keep raw line breaks, are a contact, heading or objective
    line, of rewrites that only append a request for a figure, and of rewrites that end in the general
    request ("[add a real figure: ...]") rather than one placed where the figure goes (over every labelled
    pair)."""
    raw = contact = objective = only_figure = general = total = 0
    for pair in labels.pairs:
        result = analyze(
            resume_text=labels.resumes[pair["resume"]], job_description=labels.jobs[pair["job"]]["text"]
        )
        sentence, rewrite = result["sentence_to_improve"], result["recommended_improvement"]
        if not sentence:
            continue
        total += 1
        raw += "\n" in sentence
        first_lines = labels.resumes[pair["resume"]].strip().splitlines()[:3]
        contact += bool(_CONTACT_RE.search(sentence)) or sentence.strip() in (
            line.strip() for line in first_lines
        )
        objective += bool(re.match(r"(seeking|looking for|to obtain|aspiring)\b", sentence, re.IGNORECASE))
        base = " ".join(sentence.split()).rstrip(".")
        only_figure += (
            " ".join(_FIGURE_RE.sub("", rewrite).split()).rstrip(".") == base
            and rewrite.strip() != sentence.strip()
        )
        general += rewrite.rstrip(". ").endswith("[add a real figure: how much, how many or how fast]")
    return {
        "rewrite_raw_line_breaks": raw / max(total, 1),
        "rewrite_contact_or_heading": contact / max(total, 1),
        "rewrite_objective": objective / max(total, 1),
        "rewrite_only_adds_figure": only_figure / max(total, 1),
        "rewrite_general_figure_request": general / max(total, 1),
    }
