"""Rewrites the user accepts or edits for one analysis, checked so that nothing is invented.

An accepted rewrite replaces one sentence of the resume. Without a ``replacement`` (or with the suggestion's
exact text) it is the analysis' own suggestion: its trailing "[add ...]" request is dropped and it must name
nothing the resume does not (numbers, capitalised names, skills). A replacement of the user's own is theirs
to word, so it may bring new facts, but never a bracketed placeholder.
"""

import logging
from typing import Any

from django.conf import settings

from ai.local_engine.fabrication import (
    PLACEHOLDER_RE,
    source_keys,
    unsupported_facts,
    without_hint,
)
from ai.local_engine.improve import clean
from ai.local_engine.rewrite_wording import strengthen
from ai.local_engine.structure import read_structure, structure_lines
from api_services import status_messages as msg
from api_services.custom_exceptions import NotFound, ValidationFailed
from apis.resumehistory.models import ResumeHistory
from db_cruds import tailoring as cruds

logger = logging.getLogger(__name__)

SOURCE_SUGGESTION = "suggestion"
SOURCE_EDIT = "edit"


def tailoring_history(*, user_id: int, history_id: int) -> ResumeHistory:
    """Return the user's analysis; raise NotFound when it does not exist or belongs to someone else."""
    history = cruds.tailoring_history_get(user_id=user_id, history_id=history_id)
    if history is None:
        raise NotFound(msg.ANALYSIS_NOT_FOUND)
    return history


def history_structure(*, history: ResumeHistory) -> dict[str, Any]:
    """Return the structure of the analysis' resume, read once and then stored with the analysis.

    The uploaded resume's structure (read at upload) is reused when the analysis ran on its text.
    """
    if history.resume_structure:
        return history.resume_structure
    structure = None
    if history.resume_id is not None:
        structure = cruds.tailoring_resume_structure(resume_id=history.resume_id, text=history.resume_text)
    if structure is None:
        structure = read_structure(text=history.resume_text)
    cruds.tailoring_save_structure(history_id=history.pk, structure=structure)
    history.resume_structure = structure
    logger.info("analysis %s: resume structure stored (%d sections)", history.pk, len(structure["sections"]))
    return structure


def suggestions_of(*, analysis: Any) -> dict[str, str]:
    """Return {sentence: suggested rewrite} from an analysis (the local engine's list and the top pick)."""
    if not isinstance(analysis, dict):
        return {}
    pairs: list[tuple[Any, Any]] = []
    details = analysis.get("details")
    if isinstance(details, dict) and isinstance(details.get("rewrites"), list):
        pairs.extend(
            (item.get("sentence"), item.get("rewrite"))
            for item in details["rewrites"]
            if isinstance(item, dict)
        )
    pairs.append((analysis.get("sentence_to_improve"), analysis.get("recommended_improvement")))
    suggestions: dict[str, str] = {}
    for sentence, rewrite in pairs:
        if isinstance(sentence, str) and isinstance(rewrite, str) and sentence.strip() and rewrite.strip():
            suggestions.setdefault(clean(sentence), rewrite.strip())
    return suggestions


def opener_of(*, sentence: str) -> str:
    """Return the opening word the local engine gives ``sentence`` ("Managed" for "Responsible for")."""
    strengthened, _ = strengthen(sentence=sentence)
    return strengthened.split(" ", 1)[0] if strengthened else ""


def _error(message: str, *, code: str, index: int, **extra: Any) -> ValidationFailed:
    return ValidationFailed(message, code=code, data={"index": index, **extra})


def _accept_suggestion(*, index: int, sentence: str, suggestion: str, keys: Any) -> str:
    text = without_hint(text=suggestion)
    placeholder = PLACEHOLDER_RE.search(text)
    if placeholder:
        raise _error(
            msg.REWRITE_PLACEHOLDER.format(placeholder=placeholder.group()), code="placeholder", index=index
        )
    facts = unsupported_facts(text=text, keys=keys, opener=opener_of(sentence=sentence))
    if facts:
        raise _error(
            msg.REWRITE_ADDS_FACTS.format(facts=", ".join(facts)),
            code="rewrite_adds_facts",
            index=index,
            facts=facts,
        )
    return text


def _accept_edit(*, index: int, replacement: str) -> str:
    text = " ".join(replacement.split())
    if not text:
        raise _error(msg.REWRITE_BLANK, code="blank", index=index)
    if len(text) > settings.TAILORED_REWRITE_MAX_CHARS:
        raise _error(
            msg.REWRITE_TOO_LONG.format(limit=settings.TAILORED_REWRITE_MAX_CHARS),
            code="too_long",
            index=index,
        )
    placeholder = PLACEHOLDER_RE.search(text)
    if placeholder:
        raise _error(
            msg.REWRITE_PLACEHOLDER.format(placeholder=placeholder.group()), code="placeholder", index=index
        )
    return text


def rewrites_show(*, user_id: int, history_id: int) -> dict[str, Any]:
    """Return the analysis' suggested rewrites and the ones the user accepted."""
    history = tailoring_history(user_id=user_id, history_id=history_id)
    suggestions = suggestions_of(analysis=history.ai_analysis)
    return {
        "suggestions": [{"sentence": s, "rewrite": r} for s, r in suggestions.items()],
        "accepted": history.accepted_rewrites or [],
    }


def rewrites_accept(*, user_id: int, history_id: int, items: list[dict[str, Any]]) -> list[dict[str, str]]:
    """Check and store the accepted rewrites (replacing earlier ones); return them as stored.

    Raise ValidationFailed (400, ``data.errors.index`` naming the item) for a sentence that is not the
    resume's, a duplicate, a suggestion that adds facts or keeps a placeholder, or an unusable edit.
    """
    if len(items) > settings.TAILORED_MAX_REWRITES:
        raise ValidationFailed(
            msg.REWRITES_TOO_MANY.format(limit=settings.TAILORED_MAX_REWRITES), code="too_many_rewrites"
        )
    history = tailoring_history(user_id=user_id, history_id=history_id)
    lines = set(structure_lines(structure=history_structure(history=history)))
    suggestions = suggestions_of(analysis=history.ai_analysis)
    keys = source_keys(sources=[history.resume_text])
    accepted: list[dict[str, str]] = []
    seen: set[str] = set()
    for index, item in enumerate(items):
        sentence = clean(item["sentence"])
        if sentence not in lines:
            raise _error(msg.REWRITE_SENTENCE_UNKNOWN, code="sentence_not_in_resume", index=index)
        if sentence in seen:
            raise _error(msg.REWRITE_DUPLICATE, code="duplicate_sentence", index=index)
        seen.add(sentence)
        replacement = item.get("replacement")
        suggestion = suggestions.get(sentence)
        if replacement is None or (suggestion is not None and replacement.strip() == suggestion):
            if suggestion is None:
                raise _error(msg.REWRITE_NO_SUGGESTION, code="no_suggestion", index=index)
            text = _accept_suggestion(index=index, sentence=sentence, suggestion=suggestion, keys=keys)
            accepted.append({"sentence": sentence, "replacement": text, "source": SOURCE_SUGGESTION})
        else:
            text = _accept_edit(index=index, replacement=replacement)
            accepted.append({"sentence": sentence, "replacement": text, "source": SOURCE_EDIT})
    cruds.tailoring_save_accepted(history_id=history.pk, accepted=accepted)
    logger.info("analysis %s: %d rewrites accepted by user %s", history.pk, len(accepted), user_id)
    return accepted
