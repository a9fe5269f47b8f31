"""Bounds on an engine's answer beyond its five fields: the ``details`` schema and clean text.

``details`` is open-ended by design (engines add keys as they learn more), so only its top-level keys are
fixed; under them any JSON value passes within depth, string-length and total-size bounds. Markup is
stripped from a remote model's strings: they reach browsers, and a model can be steered by the resume.
"""

import json
import logging
import re
from typing import Any

from api_services.bounded_json import clean_text

logger = logging.getLogger(__name__)

DETAILS_KEYS = frozenset(
    {
        "sub_scores",
        "matched_keywords",
        "missing_keywords_detail",
        "job_title",
        "years_required",
        "years_in_resume",
        "requirements",
        "rewrites",
        "warnings",
        "language",
        "score_breakdown",
        "engine",
        "semantic_matching",
        "tentative_requirements",
        "relevant_years",
        "copied_from_job_description",
        "model_adjustments",
        "score_source",
        "engine_score",
    }
)
DETAILS_MAX_BYTES = 64 * 1024
DETAILS_MAX_DEPTH = 6
DETAILS_MAX_STRING_CHARS = 2_000
DETAILS_MAX_ITEMS = 200
_MARKUP = re.compile(r"<[A-Za-z!/?][^<>]*>")


class _TooBig(ValueError):
    pass


def clean_string(text: str, *, strip_markup: bool) -> str:
    """Return ``text`` without NUL, unpaired surrogates and (for a remote model) HTML tags."""
    text = clean_text(text)
    return _MARKUP.sub("", text) if strip_markup else text


def _bounded(value: Any, *, depth: int, strip_markup: bool) -> Any:
    """Return ``value`` cleaned; raise ``_TooBig`` past the depth, item or string bounds."""
    if value is None or isinstance(value, bool | int):
        return value
    if isinstance(value, float):
        return value if value == value and abs(value) != float("inf") else None
    if isinstance(value, str):
        text = clean_string(value, strip_markup=strip_markup)
        if len(text) > DETAILS_MAX_STRING_CHARS:
            raise _TooBig("string")
        return text
    if depth >= DETAILS_MAX_DEPTH:
        raise _TooBig("depth")
    if isinstance(value, list):
        if len(value) > DETAILS_MAX_ITEMS:
            raise _TooBig("items")
        return [_bounded(item, depth=depth + 1, strip_markup=strip_markup) for item in value]
    if isinstance(value, dict):
        if len(value) > DETAILS_MAX_ITEMS:
            raise _TooBig("items")
        return {
            clean_string(str(key), strip_markup=strip_markup)[:DETAILS_MAX_STRING_CHARS]: _bounded(
                item, depth=depth + 1, strip_markup=strip_markup
            )
            for key, item in value.items()
        }
    raise _TooBig("type")


def bounded_details(details: dict[str, Any], *, strip_markup: bool, max_bytes: int) -> dict[str, Any] | None:
    """Return ``details`` with unknown keys and out-of-bounds values dropped; None if nothing is left.

    A value past the depth, item count or string length bounds is dropped whole (a partial list would
    misreport); the whole ``details`` is dropped if its JSON is still larger than ``max_bytes``.
    """
    kept: dict[str, Any] = {}
    for key, value in details.items():
        if key not in DETAILS_KEYS:
            logger.info("details: unknown key dropped")
            continue
        try:
            kept[key] = _bounded(value, depth=0, strip_markup=strip_markup)
        except _TooBig as exc:
            logger.info("details: %s dropped (%s past its bound)", key, exc)
    if not kept:
        return None
    if len(json.dumps(kept, ensure_ascii=False).encode()) > max_bytes:
        logger.info("details dropped: larger than %s bytes", max_bytes)
        return None
    return kept
