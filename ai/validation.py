"""Validate an engine's joined output text into the stored analysis, or raise ``InvalidModelOutput``."""

import logging
import re
from typing import Any

from ai.errors import InvalidModelOutput
from ai.json_repair import repair_json
from ai.output_schema import DETAILS_MAX_BYTES, bounded_details, clean_string
from api_services.bounded_json import loads_bounded

logger = logging.getLogger(__name__)

MAX_MISSING_KEYWORDS = 30
MAX_KEYWORD_CHARS = 120
MAX_OUTPUT_DEPTH = 16
MAX_OUTPUT_CHARS = 1_000_000
# Caps on the text fields: far above what a useful answer holds, far below what could flood a page.
TEXT_FIELD_CAPS = {"sentence_to_improve": 2_000, "recommended_improvement": 3_000, "reasoning": 6_000}
_TOKEN = re.compile(r"[a-z0-9]+(?:[+#]+)?")


def _tokens(text: str) -> list[str]:
    """Return lower-case word tokens with a plural ``s`` dropped (``APIs`` and ``API`` are the same word)."""
    words = _TOKEN.findall(text.lower())
    return [word[:-1] if len(word) > 3 and word.endswith("s") else word for word in words]


class _JobText:
    """The job description's words, and its words run together with the offsets where each word starts."""

    def __init__(self, job_description: str) -> None:
        self.words = frozenset(_tokens(job_description))
        raw = _TOKEN.findall(job_description.lower())
        self.compact = "".join(raw)
        self.boundaries = {0}
        offset = 0
        for word in raw:
            offset += len(word)
            self.boundaries.add(offset)

    def has_run(self, compact: str) -> bool:
        """Return whether ``compact`` spells whole consecutive job words ("terra" is not "Terraform")."""
        start = self.compact.find(compact)
        while start != -1:
            if start in self.boundaries and start + len(compact) in self.boundaries:
                return True
            start = self.compact.find(compact, start + 1)
        return False


def _grounded(*, keyword: str, job: _JobText) -> bool:
    """Return whether every word of ``keyword`` occurs in the job description (or its words run together do).

    The compact comparison accepts spelling variants such as "CI/CD" for "CI CD" or "Node.js" for "NodeJS",
    on word boundaries only.
    """
    words = _tokens(keyword)
    if words and all(word in job.words for word in words):
        return True
    compact = "".join(_TOKEN.findall(keyword.lower()))
    return bool(compact) and job.has_run(compact)


def _string(data: dict[str, Any], field: str, *, required_text: bool, strip_markup: bool) -> str:
    value = data.get(field)
    if not isinstance(value, str):
        raise InvalidModelOutput(f"The AI model's answer has no text for {field}.")
    value = clean_string(value, strip_markup=strip_markup).strip()
    if required_text and not value:
        raise InvalidModelOutput(f"The AI model's answer has an empty {field}.")
    if len(value) > TEXT_FIELD_CAPS[field]:
        cap = TEXT_FIELD_CAPS[field]
        raise InvalidModelOutput(f"The AI model's {field} is longer than {cap:,} characters.")
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


def _keywords(data: dict[str, Any], *, job_description: str, strip_markup: bool) -> list[str]:
    value = data.get("missing_keywords")
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise InvalidModelOutput("The AI model's missing_keywords is not a list of strings.")
    return grounded_keywords(value, job_description=job_description, strip_markup=strip_markup)


def grounded_keywords(value: list[str], *, job_description: str, strip_markup: bool) -> list[str]:
    """Return the keywords cleaned, deduplicated (case-insensitively), kept only when grounded in the job."""
    job = _JobText(job_description)
    seen: set[str] = set()
    keywords: list[str] = []
    for raw in value:
        keyword = " ".join(clean_string(raw, strip_markup=strip_markup).split())
        key = keyword.casefold()
        if not keyword or len(keyword) > MAX_KEYWORD_CHARS or key in seen:
            continue
        if not _grounded(keyword=keyword, job=job):
            continue
        seen.add(key)
        keywords.append(keyword)
        if len(keywords) == MAX_MISSING_KEYWORDS:
            break
    return keywords


def parse_model_json(text: str) -> Any:
    """Return the JSON value of a model's answer, within bounds (depth, size); repaired first where that is
    deterministic (fences, trailing commas: ``ai.json_repair``). Raise ``InvalidModelOutput`` otherwise."""
    try:
        return loads_bounded(text, max_depth=MAX_OUTPUT_DEPTH, max_bytes=MAX_OUTPUT_CHARS * 4)
    except ValueError:
        repaired = repair_json(text)
    try:
        data = (
            loads_bounded(repaired, max_depth=MAX_OUTPUT_DEPTH, max_bytes=MAX_OUTPUT_CHARS * 4)
            if repaired is not None
            else None
        )
    except ValueError:
        data = None
    if data is None:
        raise InvalidModelOutput("The AI model's answer is not valid JSON.")
    logger.info("the model's answer was repaired into valid JSON")
    return data


def validate_analysis(
    *,
    text: str,
    job_description: str,
    from_model: bool = False,
    details_max_bytes: int = DETAILS_MAX_BYTES,
) -> dict[str, Any]:
    """Return the analysis parsed from ``text``: the five fields, plus ``details`` when the engine sent it.

    Text that is not valid JSON is repaired first where that is deterministic (``ai.json_repair``). Every
    string loses NUL and unpaired surrogates (PostgreSQL and UTF-8 refuse them); a remote model's
    (``from_model``) strings also lose HTML tags. ``details`` keeps only its known keys within bounds.
    Raise ``InvalidModelOutput`` when the text is not one JSON object with the fields and types required.
    """
    data = parse_model_json(text)
    if not isinstance(data, dict):
        raise InvalidModelOutput("The AI model's answer is not a JSON object.")
    analysis: dict[str, Any] = {
        "match_score": _score(data),
        "missing_keywords": _keywords(data, job_description=job_description, strip_markup=from_model),
    }
    for field in TEXT_FIELD_CAPS:
        analysis[field] = _string(data, field, required_text=field == "reasoning", strip_markup=from_model)
    details = data.get("details")
    if details is not None:
        if not isinstance(details, dict):
            raise InvalidModelOutput("The AI model's details is not an object.")
        kept = bounded_details(details, strip_markup=from_model, max_bytes=details_max_bytes)
        if kept is not None:
            analysis["details"] = kept
    return analysis
