"""A levelled diploma asked ("Level 4 or 5 Diploma in Agribusiness Management", "Level 5 Diploma in Leadership
for Health and Social Care") is held by a diploma in the same field at the lowest level asked or above, the
level written before its name, after it ("New Zealand Diploma in Agribusiness Management (Level 5)", "NQF 6")
or, where the field alone says which diploma it is, not at all; a bachelor's or higher degree in the field
holds it too. A body's qualification at a level ("AAT Level 3", "CIPD Level 5") is held by the body's at that
level or above."""

import re

from ai.local_engine.certifications import BODY_LEVEL_RE, LEVELLED_DIPLOMA_RE
from ai.local_engine.requirement_model import Requirement
from ai.local_engine.resume_view import ResumeView
from ai.local_engine.text import STOPWORDS, normalize_phrase

_ASKED_RE = re.compile(r"Level\s+(\d)(?:\s*(?:or|/|-|–)\s*(\d))?[^\n]*?\bDiploma\s+in\s+(.+)")
# A level of a national framework: "Level 5", "(Level 3)", "NQF 6", "RQF Level 3", "AQF 5".
_HELD_LEVEL_RE = re.compile(r"\b(?:Level|NQF|RQF|SCQF|NZQF|AQF|NSQF)\s*(\d)\b", re.IGNORECASE)
_DIPLOMA_RE = re.compile(r"\bdiploma\b", re.IGNORECASE)
_BACHELORS = 2  # a degree level (``degree_levels``)
_BODY_ASKED_RE = re.compile(r"(.+?)\s+Level\s+(\d)(?:.*?\bin\s+(.+))?$")


def levelled_diploma_sentence(*, requirement: Requirement, view: ResumeView) -> int | None:
    """Return the number of the resume line holding the levelled diploma asked in other words, or None."""
    if requirement.kind != "certification" or not LEVELLED_DIPLOMA_RE.fullmatch(requirement.name):
        return None
    asked = _ASKED_RE.match(requirement.name)
    if asked is None:
        return None
    lowest = int(asked.group(1))
    field = frozenset(w for w in normalize_phrase(text=asked.group(3)).split() if w not in STOPWORDS)
    for number, sentence in enumerate(view.index.sentences):
        text = sentence.text
        if view.copied[number] or not field <= view.index.sentence_tokens[number]:
            continue
        if max(view.degree_levels[number], default=0) >= _BACHELORS:
            return number  # a degree in the field is more than its diploma
        if not _DIPLOMA_RE.search(text):
            continue
        levels = [int(m.group(1)) for m in _HELD_LEVEL_RE.finditer(text)]
        if not levels or max(levels) >= lowest:
            return number
    return None


def body_level_sentence(*, requirement: Requirement, view: ResumeView) -> int | None:
    """Return the number of the resume line holding a body's levelled qualification asked ("AAT Level 3") at
    that level or above ("AAT Level 4 Diploma in Professional Accounting", "NVQ 3"), or with no level said
    ("AAT qualified"); one asked in a field ("NVQ Level 3 in Electrical Installation") names a word of it."""
    if requirement.kind != "certification" or not BODY_LEVEL_RE.fullmatch(requirement.name):
        return None
    asked = _BODY_ASKED_RE.match(requirement.name)
    if asked is None:
        return None
    body, lowest = asked.group(1), int(asked.group(2))
    bodies = "|".join(re.escape(b) for b in body.split("/"))  # "NVQ/QCF Level 3": either body's
    body_re = re.compile(rf"\b(?:{bodies})\b(?:\s+Level)?\s*(\d)?")
    field = frozenset(w for w in normalize_phrase(text=asked.group(3) or "").split() if w not in STOPWORDS)
    for number, sentence in enumerate(view.index.sentences):
        held = body_re.search(sentence.text)
        if held is None or view.copied[number]:
            continue
        if field and not field & view.index.sentence_tokens[number]:
            continue
        levels = (
            [int(held.group(1))]
            if held.group(1)
            else [int(m.group(1)) for m in _HELD_LEVEL_RE.finditer(sentence.text)]
        )
        if not levels or max(levels) >= lowest:
            return number
    return None
