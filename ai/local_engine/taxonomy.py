"""Broader and narrower: which named things satisfy a category a posting asks for.

A posting asks for "popular front-end frameworks", "code versioning tools" or "relational databases"; a
resume shows React, Git or MySQL. Each category (``categories``) lists the names a recruiter accepts as
members. The members are looked up in the compiled vocabulary (ESCO, O*NET and the hand-written aliases),
so every synonym of a member counts too. Stacks ("MERN") stand for their parts, and some tools imply the
language or field they are built on (Django implies Python, MySQL implies SQL).
"""

from collections.abc import Iterable

from ai.local_engine.categories import CATEGORIES, SOURCE_GROUPS
from ai.local_engine.implications import IMPLIES, STACKS
from ai.local_engine.software_groups import software_categories
from ai.local_engine.text import normalize_phrase
from ai.local_engine.vocab import Vocabulary

# Adjectives a posting puts before a category that do not change it ("modern JavaScript frameworks").
_QUALIFIERS = frozenset(
    "modern popular common major leading mainstream relevant current related standard similar various "
    "other any one more least established industry well known".split()
)


# A group's member that is itself a field ("computer programming") is not one of its tools.
_ALL_PHRASINGS = frozenset(
    normalize_phrase(text=p) for key, (aliases, _) in CATEGORIES.items() for p in (key, *aliases)
) | frozenset(
    {"computer programming", "version control", "programming", "computer vision", "web programming"}
)
_Compiled = tuple[dict[str, str], dict[str, frozenset[int]], dict[int, frozenset[int]]]
_cache: dict[int, _Compiled] = {}


def _compiled(vocabulary: Vocabulary) -> _Compiled:
    """Return phrasing key -> category, category -> member concept ids, concept id -> implied concept ids."""
    cached = _cache.get(id(vocabulary))
    if cached is None:
        cached = _cache[id(vocabulary)] = _compile(vocabulary)
    return cached


def _compile(vocabulary: Vocabulary) -> _Compiled:

    def concepts_of(names: tuple[str, ...]) -> set[int]:
        found = set()
        for name in names:
            hit = vocabulary.surfaces.get(normalize_phrase(text=name))
            if hit is not None:
                found.add(hit[0])
        return found

    phrasings: dict[str, str] = {}
    members: dict[str, frozenset[int]] = {}
    for category, (aliases, names) in CATEGORIES.items():
        for phrasing in (category, *aliases):
            phrasings.setdefault(normalize_phrase(text=phrasing), category)
        grouped = {
            cid
            for group in SOURCE_GROUPS.get(category, ())
            for cid in vocabulary.groups.get(group, ())
            if normalize_phrase(text=vocabulary.concepts[cid].name) not in _ALL_PHRASINGS
        }
        members[category] = frozenset(concepts_of(names) | grouped)
    for category, (keys, group) in software_categories(
        vocabulary=vocabulary, taken=frozenset(phrasings)
    ).items():
        phrasings.update(dict.fromkeys(keys, category))
        members[category] = group
    implied: dict[int, set[int]] = {}
    for source, targets in (*STACKS.items(), *IMPLIES.items()):
        for concept in concepts_of((source,)):
            implied.setdefault(concept, set()).update(concepts_of(targets))
    return phrasings, members, {concept: frozenset(targets) for concept, targets in implied.items()}


def category_of(*, key: str, vocabulary: Vocabulary) -> str | None:
    """Return the category a phrase names ("popular front end framework" -> "front end framework")."""
    phrasings, _, _ = _compiled(vocabulary)
    words = [word for word in key.split() if word not in _QUALIFIERS]
    best: tuple[int, str] | None = None
    for first in range(len(words)):
        for last in range(len(words), first, -1):
            category = phrasings.get(" ".join(words[first:last]))
            if category is not None and (best is None or last - first > best[0]):
                best = (last - first, category)
    return best[1] if best else None


def named_member(*, key: str, concept_id: int | None, vocabulary: Vocabulary) -> frozenset[int] | None:
    """Return what a phrase asks when it names one thing before its category's words ("Bash scripting",
    "Oracle database", "REST API"): that thing, and the name before the category's words where that is one
    of its members ("Oracle"); None when the phrase asks for the category ("scripting", "JavaScript
    frameworks"). Node.js, a scripting language's runtime, shows no Bash."""
    phrasings, members, _ = _compiled(vocabulary)
    words = [word for word in key.split() if word not in _QUALIFIERS]
    first = next((i for i in range(1, len(words)) if " ".join(words[i:]) in phrasings), None)
    if concept_id is None or first is None or " ".join(words) in phrasings:
        return None
    before = vocabulary.surfaces.get(" ".join(words[:first]))
    in_category = before is not None and before[0] in members.get(phrasings[" ".join(words[first:])], ())
    return frozenset({concept_id, before[0]} if in_category else {concept_id})


def category_members(*, category: str, vocabulary: Vocabulary) -> frozenset[int]:
    """Return the concept ids that satisfy ``category``."""
    return _compiled(vocabulary)[1].get(category, frozenset())


def expand_concepts(*, concepts: set[int], vocabulary: Vocabulary) -> dict[int, int]:
    """Return every concept ``concepts`` show, directly or implied, mapped to the concept that shows it."""
    implied = _compiled(vocabulary)[2]
    shown = {concept: concept for concept in concepts}
    frontier = sorted(concepts)
    while frontier:
        source = frontier.pop()
        for target in sorted(implied.get(source, ())):
            if target not in shown:
                shown[target] = shown[source]
                frontier.append(target)
    return shown


def narrower_in(*, concept: int, concepts: Iterable[int], vocabulary: Vocabulary) -> list[int]:
    """Return those of ``concepts`` that directly imply ``concept`` (Django for Python, Sales Cloud for
    Salesforce), in id order."""
    implied = _compiled(vocabulary)[2]
    return sorted(c for c in concepts if c != concept and concept in implied.get(c, ()))
