"""The anti-fabrication gate of a tailored resume: no fact may appear that its sources do not hold.

A fact is a number (any run of digits: figures, dates, phone numbers), a capitalised word (an employer, a
title, a certification, a product name) or a word the skills vocabulary knows ("kubernetes", "sql"). A text
passes when each of its facts occurs in the sources: the user's resume and, for a user's own edit, the edit.
Words compare without case but as written ("MEAN" is not "means"); numbers compare digit for digit.
"""

import re
from collections.abc import Iterable

from ai.local_engine.rewrite_wording import HINT_RE
from ai.local_engine.sections import ACTION_VERBS_IRREGULAR
from ai.local_engine.text import STOPWORDS, tokenize
from ai.local_engine.vocab import get_vocabulary

# The hint the local engine appends where a figure is missing; a bracketed "[add ...]" request of any
# engine is a question for the user, never resume content.
PLACEHOLDER_RE = re.compile(
    r"\[\s*(?:add|insert|include|enter|your|x+|how\s+(?:much|many))\b[^\]]*\]", re.IGNORECASE
)
_HINT_TAIL_RE = re.compile(r",?\s*\[\s*(?:add|insert|include|enter)\b[^\]]*\]\s*(?=[.!]?\s*$)", re.IGNORECASE)
_NUMBER_RE = re.compile(r"\d+")
_PART_SPLIT_RE = re.compile(r"[._-]+")


def has_placeholder(*, text: str) -> bool:
    """Return whether ``text`` holds a bracketed request for the user ("[add a real figure ...]")."""
    return bool(PLACEHOLDER_RE.search(text))


def without_hint(*, text: str) -> str:
    """Return ``text`` without the local engine's requests for a figure ("a team of [how many] developers",
    "by [how much ...]") and without a trailing "[add ...]" request, ending as the sentence ended."""
    stripped = _HINT_TAIL_RE.sub("", HINT_RE.sub("", text)).rstrip(" ,;")
    return (
        stripped if stripped.endswith((".", "!", "?")) or not text.rstrip().endswith(".") else stripped + "."
    )


def _fact_words(*, text: str) -> list[tuple[int, str, str, bool]]:
    """Return (position, as written, key, capitalised) of the capitalised and skill words of ``text``."""
    surfaces = get_vocabulary().surfaces
    facts = []
    for position, token in enumerate(tokenize(text=text)):
        if not token.text[:1].isalpha():
            continue
        capitalised = token.text[:1].isupper()
        skill = token.norm in surfaces and token.norm not in STOPWORDS
        if capitalised or skill:
            facts.append((position, token.text, token.norm, skill))
    return facts


def _verb(key: str) -> bool:
    """Return whether an opening word reads as a past-tense verb ("Led", "Automated"), not a skill."""
    return key in ACTION_VERBS_IRREGULAR or (key.endswith("ed") and len(key) > 4)


def source_keys(*, sources: Iterable[str]) -> tuple[frozenset[str], frozenset[str]]:
    """Return the word keys and the numbers the sources hold."""
    words: set[str] = set()
    numbers: set[str] = set()
    for text in sources:
        for token in tokenize(text=text):
            written = token.text.lower()
            words.add(written)
            # "React.js" holds "React", "front-end" holds "front": the parts of a written name are written.
            words.update(part for part in _PART_SPLIT_RE.split(written) if part)
        numbers.update(_NUMBER_RE.findall(text))
    return frozenset(words), frozenset(numbers)


def unsupported_facts(
    *, text: str, keys: tuple[frozenset[str], frozenset[str]], opener: str | None = None
) -> list[str]:
    """Return the facts of ``text`` (as written, in order, once each) that the source ``keys`` lack.

    The first word is capitalised because it opens the sentence, so it counts only as a skill or a number,
    and not at all when it is ``opener``: the stronger verb a rewrite starts with ("Managed" for
    "Responsible for managing"), which the resume never wrote.
    """
    words, numbers = keys
    missing: list[str] = []
    for number in _NUMBER_RE.findall(text):
        if number not in numbers and number not in missing:
            missing.append(number)
    for position, written, key, skill in _fact_words(text=text):
        if position == 0 and (written.lower() == (opener or "").lower() or not skill or _verb(key)):
            continue
        if written.lower() not in words and written not in missing:
            missing.append(written)
    return missing
