"""Validate an engine's joined output text into the stored analysis, or raise ``InvalidModelOutput``."""

import json
import logging
import re
from typing import Any

from ai.errors import InvalidModelOutput
from ai.json_repair import repair_json

logger = logging.getLogger(__name__)

MAX_MISSING_KEYWORDS = 30
MAX_KEYWORD_CHARS = 120
_TOKEN = re.compile(r"[a-z0-9]+(?:[+#]+)?")


def _tokens(text: str) -> list[str]:
    """Return lower-case word tokens with a plural ``s`` dropped (``APIs`` and ``API`` are the same word)."""
    words = _TOKEN.findall(text.lower())
    return [word[:-1] if len(word) > 3 and word.endswith("s") else word for word in words]


def _compact(text: str) -> str:
    return re.sub(r"[^a-z0-9+#]", "", text.lower())


def _grounded(*, keyword: str, job_words: frozenset[str], job_compact: str) -> bool:
    """Return whether every word of ``keyword`` occurs in the job description (or it occurs there verbatim).

    The compact comparison accepts spelling variants such as "CI/CD" for "CI CD" or "Node.js" for "NodeJS".
    """
    words = _tokens(keyword)
    if words and all(word in job_words for word in words):
        return True
    compact = _compact(keyword)
    return bool(compact) and compact in job_compact


def _string(data: dict[str, Any], field: str, *, required_text: bool) -> str:
    value = data.get(field)
    if not isinstance(value, str):
        raise InvalidModelOutput(f"The AI model's answer has no text for {field}.")
    value = value.strip()
    if required_text and not value:
        raise InvalidModelOutput(f"The AI model's answer has an empty {field}.")
    return value


def _score(data: dict[str, Any]) -> int:
    value = data.get("match_score")
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidModelOutput("The AI model's answer has no numeric match_score.")
    if isinstance(value, float) and not value.is_integer():
        raise InvalidModelOutput("The AI model's match_score is not a whole number.")
    score = int(value)
    if not 0 <= score <= 100:
        raise InvalidModelOutput("The AI model's match_score is outside 0-100.")
    return score


def _keywords(data: dict[str, Any], *, job_description: str) -> list[str]:
    """Return the keywords deduplicated (case-insensitively) and kept only when grounded in the job."""
    value = data.get("missing_keywords")
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise InvalidModelOutput("The AI model's missing_keywords is not a list of strings.")
    job_words = frozenset(_tokens(job_description))
    job_compact = _compact(job_description)
    seen: set[str] = set()
    keywords: list[str] = []
    for raw in value:
        keyword = " ".join(raw.split())
        key = keyword.casefold()
        if not keyword or len(keyword) > MAX_KEYWORD_CHARS or key in seen:
            continue
        if not _grounded(keyword=keyword, job_words=job_words, job_compact=job_compact):
            continue
        seen.add(key)
        keywords.append(keyword)
        if len(keywords) == MAX_MISSING_KEYWORDS:
            break
    return keywords


def parse_model_json(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        repaired = repair_json(text)
    try:
        data = json.loads(repaired) if repaired is not None else None
    except ValueError:
        data = None
    if data is None:
        raise InvalidModelOutput("The AI model's answer is not valid JSON.")
    logger.info("the model's answer was repaired into valid JSON")
    return data


def validate_analysis(*, text: str, job_description: str) -> dict[str, Any]:
    """Return the analysis parsed from ``text``: the five fields, plus ``details`` when the engine sent it.

    Text that is not valid JSON is repaired first where that is deterministic (``ai.json_repair``).
    Raise ``InvalidModelOutput`` when the text is not one JSON object with the fields and types required.
    """
    data = parse_model_json(text)
    if not isinstance(data, dict):
        raise InvalidModelOutput("The AI model's answer is not a JSON object.")
    analysis: dict[str, Any] = {
        "match_score": _score(data),
        "missing_keywords": _keywords(data, job_description=job_description),
        "sentence_to_improve": _string(data, "sentence_to_improve", required_text=False),
        "recommended_improvement": _string(data, "recommended_improvement", required_text=False),
        "reasoning": _string(data, "reasoning", required_text=True),
    }
    details = data.get("details")
    if details is not None:
        if not isinstance(details, dict):
            raise InvalidModelOutput("The AI model's details is not an object.")
        analysis["details"] = details
    return analysis
