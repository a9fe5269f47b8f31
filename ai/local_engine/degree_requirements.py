"""The degree a posting asks for: the lowest level it accepts, with the field it must be in."""

import re

from ai.local_engine.job import REQUIRED, degree_levels_of
from ai.local_engine.junk import DEGREE_WORDS
from ai.local_engine.requirement_model import Requirement
from ai.local_engine.text import STOPWORDS, Sentence, normalize_phrase

# "Bachelor's degree in Accounting or Finance": the field a degree must be in (up to the end of the clause).
_DEGREE_FIELD_RE = re.compile(
    r"\b(?:degree|diploma|bs|ba|bsc|ms|msc|phd|mba|bachelor'?s?|master'?s?)\b[^.;:(]*?\bin\s+([^.;:()]+)",
    re.I,
)
# Tested before the sentence's words: it rarely matches, and reading the words costs more.
_DEGREE_IN_RE = re.compile(r"\b(degree|diploma) in\b|\b(university|college) degree\b", re.I)
_RELATED_FIELD_RE = re.compile(r"\b(related|similar|equivalent|quantitative|technical)\b", re.I)
_FIELD_FILLER = frozenset(
    {
        "related",
        "field",
        "subject",
        "similar",
        "equivalent",
        "experience",
        "practical",
        "area",
        "discipline",
        "preferred",
        "required",
    }
)
_DEGREE_NAMES = {1: "Associate degree", 2: "Bachelor's degree", 3: "Master's degree", 4: "Doctorate (PhD)"}


def degree_requirement(
    *, asks: list[Sentence], importance: dict[int, str], requirements: list[Requirement]
) -> int | None:
    """Add the degree the posting asks for (the lowest it accepts) and return its level, or None."""
    found: list[tuple[int, Sentence]] = []
    for sentence in asks:
        levels = degree_levels_of(text=sentence.text)
        if levels:
            found.append((min(levels), sentence))
        elif (
            _DEGREE_IN_RE.search(sentence.text)
            and set(normalize_phrase(text=sentence.text).split()) & DEGREE_WORDS
        ):
            found.append((2, sentence))  # "Degree in Computer Science": a first degree, a bachelor's
    if not found:
        return None
    level, sentence = min(found, key=lambda item: item[0])
    field = _DEGREE_FIELD_RE.search(sentence.text)
    field_words = (
        frozenset(
            w
            for w in normalize_phrase(text=field.group(1)).split()
            if w not in STOPWORDS and w not in _FIELD_FILLER
        )
        if field
        else frozenset()
    )
    requirements.append(
        Requirement(
            id="",
            name=_DEGREE_NAMES[level],
            kind="degree",
            importance=importance.get(sentence.start, REQUIRED),
            sentence=sentence.text,
            key=f"degree level {level}",
            concept_id=None,
            position=sentence.start,
            source="degree",
            level=level,
            extra={"field_words": field_words, "related_ok": bool(_RELATED_FIELD_RE.search(sentence.text))},
        )
    )
    return level
