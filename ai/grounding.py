"""Ground a language model's analysis in the local engine's requirements and evidence.

The model is shown the requirements the engine read from the posting, each with its status and evidence,
and writes the reasoning and the rewrite. It may move a requirement between matched and missing only by
quoting the resume word for word (``adjustments``); an unsupported move is dropped. The match score stays
the engine's deterministic score, unless ``score_band`` lets the model move it by at most that many points.
So the same pair gives the same score with either engine, and every gap a user reads is one the engine can
point at in the posting.
"""

import json
import re
from dataclasses import dataclass
from typing import Any

# Kinds a user reads as a keyword (the local engine's ``missing_keywords``); others stay in ``details``.
KEYWORD_KINDS = frozenset({"hard_skill", "tool", "certification", "language", "degree", "soft_skill"})
MAX_REQUIREMENTS_SHOWN = 40
MAX_ADJUSTMENTS = 20
MIN_QUOTE_WORDS = 3
MAX_QUOTE_CHARS = 400


@dataclass(frozen=True, slots=True)
class Grounding:
    """What the engine found: its score, its requirements (id, name, kind, status, evidence) and keywords."""

    score: int
    requirements: tuple[dict[str, Any], ...]
    missing_keywords: tuple[str, ...]
    details: dict[str, Any]

    def prompt_block(self) -> str:
        """Return the requirements as compact JSON for the model's prompt."""
        shown = [
            {
                "id": r["id"],
                "name": r["name"],
                "kind": r["kind"],
                "importance": r["importance"],
                "status": "missing" if r["status"] == "missing" else "matched",
                "evidence": r["evidence"][:200],
            }
            for r in self.requirements[:MAX_REQUIREMENTS_SHOWN]
        ]
        return json.dumps(
            {
                "engine_score": self.score,
                "missing_keywords": list(self.missing_keywords),
                "requirements": shown,
            },
            ensure_ascii=False,
        )


def grounding_from_local(*, analysis: dict[str, Any]) -> Grounding:
    """Return the grounding carried by a local-engine analysis."""
    details = analysis.get("details") or {}
    return Grounding(
        score=int(analysis["match_score"]),
        requirements=tuple(details.get("requirements", [])),
        missing_keywords=tuple(analysis.get("missing_keywords", [])),
        details=details,
    )


def _squash(text: str) -> str:
    return " ".join(text.split()).casefold()


def _quoted(*, quote: Any, resume: str) -> bool:
    """Return whether ``quote`` is at least a few words copied from the resume (spacing and case aside)."""
    if not isinstance(quote, str) or len(quote) > MAX_QUOTE_CHARS:
        return False
    squashed = _squash(quote.strip(" \"'“”."))
    return len(squashed.split()) >= MIN_QUOTE_WORDS and squashed in resume


def _names_it(*, quote: str, requirement: dict[str, Any]) -> bool:
    """Return whether the quote names the requirement or one of its alternatives, on word boundaries."""
    text = _squash(quote)
    names = [requirement["name"], requirement.get("matched_as", ""), *requirement.get("alternatives", [])]
    return any(
        name and re.search(rf"(?<![\w+#]){re.escape(_squash(name))}(?![\w+#])", text) for name in names
    )


def accepted_adjustments(*, raw: Any, grounding: Grounding, resume_text: str) -> list[dict[str, Any]]:
    """Return the model's moves that quote the resume; a move to "matched" must also name the requirement."""
    if not isinstance(raw, list):
        return []
    by_id = {r["id"]: r for r in grounding.requirements}
    resume = _squash(resume_text)
    accepted: list[dict[str, Any]] = []
    seen: set[str] = set()
    for item in raw[:MAX_ADJUSTMENTS]:
        if not isinstance(item, dict):
            continue
        requirement = by_id.get(item.get("id"))
        to = item.get("to")
        if requirement is None or to not in {"matched", "missing"} or requirement["id"] in seen:
            continue
        currently = "missing" if requirement["status"] == "missing" else "matched"
        quote = item.get("quote")
        if to == currently or not _quoted(quote=quote, resume=resume):
            continue
        if to == "matched" and not _names_it(quote=quote, requirement=requirement):
            continue
        seen.add(requirement["id"])
        accepted.append(
            {"id": requirement["id"], "name": requirement["name"], "to": to, "quote": quote.strip()}
        )
    return accepted


def apply_grounding(
    *, model: dict[str, Any], raw: dict[str, Any], grounding: Grounding, resume_text: str, score_band: int
) -> dict[str, Any]:
    """Return the model's validated analysis with the engine's score, keywords and details, moves applied.

    ``raw`` is the model's parsed output (for its ``adjustments``); ``model`` the validated fields.
    """
    moves = accepted_adjustments(raw=raw.get("adjustments"), grounding=grounding, resume_text=resume_text)
    by_id = {r["id"]: r for r in grounding.requirements}
    now_matched = {m["name"] for m in moves if m["to"] == "matched"}
    missing = [name for name in grounding.missing_keywords if name not in now_matched]
    missing += [m["name"] for m in moves if m["to"] == "missing" and by_id[m["id"]]["kind"] in KEYWORD_KINDS]
    score = grounding.score
    if score_band > 0:
        score = max(grounding.score - score_band, min(grounding.score + score_band, model["match_score"]))
    details = dict(grounding.details)
    details["model_adjustments"] = moves
    details["score_source"] = (
        "engine" if score == grounding.score else f"model within ±{score_band} of the engine"
    )
    details["engine_score"] = grounding.score
    return {**model, "match_score": score, "missing_keywords": missing, "details": details}
