"""Items of a list the posting asks for that the extractor passes over: a lone word naming a body of work
("CI pipelines, automated tests and documentation", "writing test cases, Jira, regression") and a practice the
vocabulary knows ("manage accounts payable and VAT returns"), each listed beside a skill it keeps.

Listed alike, they are asked alike: a recruiter screens for "documentation" and "accounts payable" as for the
items beside them. A lone word is risky ("tools", "performance" name nothing), so only a noun of a body of
work ("documentation", "regression", "procurement") standing whole between the list's joiners is read so.
"""

import re
from dataclasses import replace

from ai.local_engine.candidates import GENERIC_TERMS, Candidate
from ai.local_engine.duty_verbs import DUTY_VERBS
from ai.local_engine.generic_heads import GENERIC_HEADS
from ai.local_engine.requirement_asked import ENUMERATION_MARGIN
from ai.local_engine.text import STOPWORDS, normalize_phrase
from ai.local_engine.vocab import Vocabulary, everyday_words

# The feature a lone listed word carries once kept: it names a skill (``requirement_names.kind_of``).
LISTED_WORD = "listed_word"
# What joins two items of a list: "a, b", "a and b", "a, and b", "a or b", "a & b".
LIST_JOIN = r"(?:[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+)"
_JOIN_RE = re.compile(LIST_JOIN, re.IGNORECASE)
# What closes a list's last item: a joiner to the next one, the end of the clause or of the sentence.
_ITEM_END_RE = re.compile(r"[ \t]*(?:[,;.:!)]|$|(?:and|or|&)[ \t])", re.IGNORECASE)
# What opens a list's first item: the start of the sentence, a colon or a joiner.
_ITEM_START_RE = re.compile(r"(?:^|[:;,(]|\b(?:and|or)|&)[ \t]*$", re.IGNORECASE)
# The endings of a noun naming a body of work or a practice ("documentation", "regression", "procurement",
# "maintenance", "cartography", "logistics", "bookkeeping"): no adjective or thing ("reliable", "tools").
_WORK_NOUN_RE = re.compile(r"[a-z]{3,}(?:tion|sion|ment|ance|ence|ogy|ics|ysis|ing)")
# One-word items, then the last item of two words: the lone word modifies its noun with the others
# ("contract, employment and product-liability disputes"), no item of its own.
_SHARED_NOUN_AFTER_RE = re.compile(
    r"(?:[ \t]*,[ \t]*[\w-]+)*[ \t]*,?[ \t]+(?:and|or|&)[ \t]+([\w-]+)[ \t]+([a-z][\w-]*)\b", re.IGNORECASE
)
# Words of that shape that name no skill of their own: of what, the words around say ("analysis",
# "governance", "metrics"); a field, a setting, a trait, a pay or a time of day.
_VAGUE_WORDS = frozenset(
    """management development experience assessment analysis governance metrics science balance
    compensation environment excellence attendance presence something anything everything nothing evening
    morning meeting thing""".split()
)


# "skills" after a list's last item, shared by every item before it: "anaesthesia, dental and lab skills".
_SKILLS_AFTER_RE = re.compile(r"[ \t]+skills\b")


def skills_of_list(*, candidate: Candidate, text: str) -> bool:
    """Return whether a lone word is one of the items "skills" closes ("dental" and "lab" of "anaesthesia,
    dental and lab skills"): each names a skill, "dental skills", "lab skills"."""
    shared = _SHARED_NOUN_AFTER_RE.match(text, candidate.end)
    return (shared is not None and shared.group(2) == "skills") or (
        _SKILLS_AFTER_RE.match(text, candidate.end) is not None
        and _JOIN_RE.search(text[max(candidate.sentence.start, candidate.start - 8) : candidate.start])
        is not None
    )


def lone_list_word(*, candidate: Candidate, text: str) -> bool:
    """Return whether a lone lower-case word the vocabulary does not know names a body of work standing whole
    as one item of a list ("automated tests and documentation, and ...", "Jira, regression."): between the
    joiners of its items or the list's edges; or any such word of a list of skills (``skills_of_list``).
    Which items it stands beside is ``listed_beside``'s to judge."""
    word = candidate.text
    skills = word.isalpha() and word.islower() and skills_of_list(candidate=candidate, text=text)
    if (
        candidate.concept_id is not None
        or not (skills or _WORK_NOUN_RE.fullmatch(word))
        or candidate.key in GENERIC_TERMS
        or candidate.key in GENERIC_HEADS
        or word in _VAGUE_WORDS
    ):
        return False
    if word in DUTY_VERBS or "(" in text[candidate.sentence.start : candidate.start].rpartition(")")[2]:
        return False  # "plan, implement and evaluate"; "NLP (classification, extraction)": examples of NLP
    if skills:
        return True
    shared = _SHARED_NOUN_AFTER_RE.match(text, candidate.end)
    if shared and shared.group(1).lower() not in DUTY_VERBS and shared.group(2) not in STOPWORDS:
        return False
    before = text[max(candidate.sentence.start, candidate.start - 12) : candidate.start]
    return _ITEM_START_RE.search(before) is not None and _ITEM_END_RE.match(text, candidate.end) is not None


# An item of one or two capitalised words before or after a title-case word: "Retail, " and " or Sales".
_TITLED_BEFORE_RE = re.compile(r"([A-Z][\w&+-]*(?:[ \t]+[A-Z][\w&+-]*)?)[ \t]*,[ \t]*$")
_TITLED_AFTER_RE = re.compile(
    rf"{LIST_JOIN}([A-Z][\w&+-]*(?:[ \t]+[A-Z][\w&+-]*)?)(?=[ \t]*(?:[,;.:)]|$|(?:and|or)\b|[a-z]))"
)


def titled_list_word(*, candidate: Candidate, text: str, vocabulary: Vocabulary) -> bool:
    """Return whether an everyday word written in title case stands between two items the vocabulary knows
    ("Retail, Hospitality or Sales"): the capitals are the list's style, the word a field like its
    neighbours, no name."""
    word = candidate.text
    if not (word.isalpha() and word[:1].isupper() and word[1:].islower() and len(word) > 3):
        return False
    if candidate.concept_id is not None or word.lower() not in everyday_words():
        return False
    before = _TITLED_BEFORE_RE.search(text, candidate.sentence.start, candidate.start)
    after = _TITLED_AFTER_RE.match(text, candidate.end)
    return (
        before is not None
        and after is not None
        and all(normalize_phrase(text=m.group(1)) in vocabulary.surfaces for m in (before, after))
    )


def listed_word(*, candidate: Candidate, text: str, vocabulary: Vocabulary) -> bool:
    """Return whether a lone word is an item of its list (``lone_list_word``, ``titled_list_word``)."""
    return lone_list_word(candidate=candidate, text=text) or titled_list_word(
        candidate=candidate, text=text, vocabulary=vocabulary
    )


def _joined(*, first: Candidate, second: Candidate, text: str) -> bool:
    return first.end < second.start and _JOIN_RE.fullmatch(text, first.end, second.start) is not None


def _listed(*, candidate: Candidate, text: str) -> Candidate:
    """Return a kept lone word marked ``LISTED_WORD``, named with the "skills" its list shares ("lab
    skills"), its key still the word a resume shows it by ("lab work")."""
    name = f"{candidate.text} skills" if skills_of_list(candidate=candidate, text=text) else candidate.text
    return replace(candidate, text=name, features=[*candidate.features, LISTED_WORD])


def listed_beside(
    *,
    kept: list[Candidate],
    tentative: list[Candidate],
    passed: list[Candidate],
    text: str,
    vocabulary: Vocabulary,
) -> tuple[list[Candidate], list[Candidate]]:
    """Return the kept and tentative candidates with the list items the extractor passed over kept: a practice
    the vocabulary knows joined to a kept item ("accounts payable and VAT returns"), and a lone listed word
    (``lone_list_word``, ``titled_list_word``) joined to a kept or tentative one ("automated tests and
    documentation"), down to ``ENUMERATION_MARGIN`` below the extractor's threshold. A lone listed word beside
    no such item is dropped: it is too vague alone. Each lone word kept carries ``LISTED_WORD``."""
    floor = vocabulary.threshold - ENUMERATION_MARGIN
    lone = {
        id(c)
        for c in [*kept, *tentative, *passed]
        if listed_word(candidate=c, text=text, vocabulary=vocabulary)
    }
    found = []
    for candidate in sorted({id(c): c for c in [*passed, *tentative]}.values(), key=lambda c: c.start):
        practice = " " in candidate.text and candidate.text.islower()  # "accounts payable", not "Visio"
        if candidate.score < floor or (
            id(candidate) not in lone and (candidate.concept_id is None or not practice)
        ):
            continue
        beside = [*kept, *tentative, *found] if id(candidate) in lone else kept
        if any(
            _joined(first=other, second=candidate, text=text)
            or _joined(first=candidate, second=other, text=text)
            for other in beside
            if other is not candidate and other.sentence.start == candidate.sentence.start
        ):
            found.append(candidate)
    taken = {id(c) for c in found}
    kept = [_listed(candidate=c, text=text) if id(c) in lone else c for c in [*kept, *found]]
    return (
        sorted(kept, key=lambda c: c.start),
        [c for c in tentative if id(c) not in taken and id(c) not in lone],
    )
