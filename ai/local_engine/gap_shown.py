"""What a resume or the posting itself already says about a listed gap: the activity its object names, the
credential noun after it, an example in brackets the resume meets."""

import re

from ai.local_engine.certifications import CREDENTIAL_NOUNS
from ai.local_engine.requirement_model import Requirement
from ai.local_engine.resume_view import ResumeView
from ai.local_engine.text import normalize_phrase, stem, tokenize


def activity_shown(*, form: str, view: ResumeView) -> bool:
    """Return whether the resume's own sentences show the activity a duty's object names, as a verb or
    gerund of its head noun ("scheduled associates", "labor scheduling" for "weekly schedules")."""
    head = stem(tokenize(text=form)[-1].norm)
    return any(
        not view.copied[number]
        and any(
            t.text.lower().endswith(("ing", "ed")) and stem(t.norm) == head and t.norm != head for t in tokens
        )
        for number, tokens in enumerate(view.index.tokens)
        if head in view.index.sentence_stem_sets[number]
    )


_NEXT_WORD_RE = re.compile(r"[ \t]+([A-Za-z]+)")


def credential_after(*, requirement: Requirement, text: str) -> str:
    """Return the credential noun right after the phrase ("Scissor lift / boom lift certification": the
    phrase names what the credential is for), or ''."""
    end = requirement.position + len(requirement.asked_as or requirement.name)
    word = _NEXT_WORD_RE.match(text, end)
    return word.group(1) if word and normalize_phrase(text=word.group(1)) in CREDENTIAL_NOUNS else ""


_BRACKET_AFTER_RE = re.compile(r"[ \t]*\(([^()\n]{1,120})\)")
# The noun that says in what form a phrase is asked: "Board portal experience (Diligent or BoardEffect)",
# "Big Four or national firm audit experience", "clinical educator training".
ASKED_AS_NOUN_RE = re.compile(r"\s+(?:experience|training|skills?|knowledge|expertise)\b", re.IGNORECASE)


_ITEM_SPLIT_RE = re.compile(r"\s*(?:[,;/]|\b(?:or|and|e\.g\.|eg|such as)\b)\s*", re.IGNORECASE)


def example_met(
    *, requirement: Requirement, text: str, met_positions: frozenset[int], view: ResumeView
) -> bool:
    """Return whether an example the posting gives in brackets right after the phrase (or its "experience")
    is met, or named by the resume as the posting writes it ("BIR filings (1601-C, 2316, alphalist)" for
    "BIR Form 1601-C")."""
    end = requirement.position + len(requirement.asked_as or requirement.name)
    end = noun.end() if (noun := ASKED_AS_NOUN_RE.match(text, end)) else end
    bracket = _BRACKET_AFTER_RE.match(text, end)
    if bracket is None:
        return False
    if any(bracket.start(1) <= p < bracket.end(1) for p in met_positions):
        return True
    items = [item for item in _ITEM_SPLIT_RE.split(bracket.group(1)) if len(item) >= 3]
    return any(
        re.search(rf"(?<![\w-]){re.escape(item)}(?![\w-])", view.index.text, re.IGNORECASE) for item in items
    )
