"""Find each requirement's evidence in the resume, and weigh it by where it stands.

A skill shown in an experience or project sentence counts fully; one that only appears in a bare list (a
skills section, a line of comma-separated names) counts partly; a sentence copied from the posting counts
for nothing. A requirement is met under its own name, a synonym, a typo, a named alternative, a narrower
thing (MySQL for SQL, React for a JavaScript framework, MERN for React) or, for responsibilities and soft
skills that no vocabulary holds, a resume sentence that says the same in other words (embeddings).
"""

import re
from collections.abc import Callable, Sequence
from functools import partial

from ai.local_engine.asked_audiences import with_audience
from ai.local_engine.credential_evidence import (
    by_codes,
    by_other_words,
    held_credential,
    held_language,
)
from ai.local_engine.credential_status import credential_status
from ai.local_engine.degree_match import degree_match
from ai.local_engine.figures_met import asks_a_figure, figure_met
from ai.local_engine.generic_heads import bare_head
from ai.local_engine.held_kinds import held_kind
from ai.local_engine.kind_modifiers import with_kind
from ai.local_engine.language_evidence import shows_a_language, spoken_level, written_in
from ai.local_engine.licence_names import cdl_class
from ai.local_engine.other_keys import other_keys
from ai.local_engine.practice_matching import close_enough, is_practice
from ai.local_engine.requirement_model import JobRequirements, Requirement
from ai.local_engine.resume import Evidence, find_evidence
from ai.local_engine.resume_dates import MONTH
from ai.local_engine.resume_view import Match, ResumeView, best_place, sentence_match, unmet
from ai.local_engine.school_leaving import school_leaving
from ai.local_engine.soft_adjectives import describes_a_thing
from ai.local_engine.taxonomy import narrower_in
from ai.local_engine.vocab import Vocabulary

_WORD_RE = re.compile(r"[\w-]+")
IMPLIED_FACTOR = 0.9  # shown through a stack or a tool built on it ("MERN" for React, Django for Python)
SEMANTIC_KINDS = frozenset({"responsibility", "soft_skill"})


def _places_of(*, view: ResumeView, evidence: Evidence) -> list[tuple[int, int]]:
    """Return (sentence, offset) of each sentence holding ``evidence`` and where its words stand in it."""
    places = []
    for number, sentence in enumerate(view.index.sentences):
        if sentence.text == evidence.sentence:
            places.append(
                (number, sentence.text.lower().find(evidence.matched.lower()) if evidence.matched else -1)
            )
    return places


def _key_places(*, view: ResumeView, key: str) -> list[tuple[int, int]]:
    """Return (sentence, offset) of every place the resume writes ``key``'s words in a row: the best placed
    one is the evidence ("FCAW" in a welding bullet, not only in the certificate line above it)."""
    words = key.split()
    if not words:
        return []
    return [
        (n, view.index.tokens[n][first].start)
        for n, first in view.index.positions.get(words[0], ())
        if list(view.index.sentence_norms[n][first : first + len(words)]) == words
        and not _a_date(norms=view.index.sentence_norms[n], first=first, words=words)
    ]


_MONTH_RE = re.compile(MONTH, re.IGNORECASE)


def _a_date(*, norms: Sequence[str], first: int, words: list[str]) -> bool:
    """Return whether a one-word key is a month before a year there ("Mar 2017" is no "MAR")."""
    return (
        len(words) == 1
        and _MONTH_RE.fullmatch(words[0]) is not None
        and first + 1 < len(norms)
        and norms[first + 1].isdigit()
    )


def _about_the_person(*, view: ResumeView, places: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return the places whose soft word is not an adjective of a thing ("collaborative filtering" shows no
    teamwork, "creative solutions" no creativity: ``soft_adjectives``)."""
    kept = []
    for number, offset in places:
        text = view.index.sentences[number].text
        word = _WORD_RE.match(text, offset) if offset >= 0 else None
        if word is None or not describes_a_thing(word=word.group(), text=text, end=word.end()):
            kept.append((number, offset))
    return kept


def _place_tokens(*, view: ResumeView, places: Sequence[tuple[int, int]], number: int) -> list[int]:
    """Return the index of the token each of ``places`` in sentence ``number`` starts at, in their order."""
    at = {token.start: i for i, token in enumerate(view.index.tokens[number])}
    return [at[offset] for place, offset in places if place == number and offset in at]


def _words(*, view: ResumeView, number: int, first: int, count: int) -> str:
    """Return ``count`` tokens of sentence ``number`` from token ``first``, as the resume writes them."""
    tokens = view.index.tokens[number]
    return view.index.sentences[number].text[tokens[first].start : tokens[first + count - 1].end]


def _written_as(
    *, view: ResumeView, places: Sequence[tuple[int, int]], number: int, concept: int, vocabulary: Vocabulary
) -> str:
    """Return the words sentence ``number`` names ``concept`` by ("Epic", not O*NET's "Erosion Productivity
    Impact Calculator EPIC" that shares its name), or the concept's name when they are not found."""
    norms = view.index.sentence_norms[number]
    surfaces = sorted(vocabulary.concept_surfaces.get(concept, ()), key=len, reverse=True)
    for first in _place_tokens(view=view, places=places, number=number):
        for surface in surfaces:
            words = surface.split()
            if list(norms[first : first + len(words)]) == words:
                return _words(view=view, number=number, first=first, count=len(words))
    return vocabulary.concepts[concept].name


def _written_key(*, view: ResumeView, places: Sequence[tuple[int, int]], number: int, key: str) -> str:
    """Return the words sentence ``number`` writes ``key``'s words with ("YieldStar" for "yieldstar")."""
    count = len(key.split())
    for first in _place_tokens(view=view, places=places, number=number):
        if first + count <= len(view.index.tokens[number]):
            return _words(view=view, number=number, first=first, count=count)
    return key


def _lexical(*, requirement: Requirement, view: ResumeView, vocabulary: Vocabulary) -> Match | None:
    """Return the match under the requirement's own name, a synonym, an alternative or a narrower concept."""
    # credit, number, context, via, and how to name what matched (read for the best match only)
    found: list[tuple[float, int, str, str, Callable[[], str]]] = []
    # (not "Class A CDL" by its words in any order: its class, a letter, is a stop word that reading drops,
    # and "Class B CDL" holds the rest; only the class's own forms, its alternative keys, meet it)
    own = (
        None
        if cdl_class(term=requirement.name)
        else find_evidence(
            key=requirement.key, concept_id=requirement.concept_id, resume=view.index, vocabulary=vocabulary
        )
    )
    if own is not None:
        places = (
            list(view.concept_sentences.get(requirement.concept_id, ()))
            if requirement.concept_id is not None
            else []
        )
        places += _places_of(view=view, evidence=own) + _key_places(view=view, key=requirement.key)
        # "HVAC systems": "Supervise the installation of HVAC" too, not only a skills line holding both words
        places += _key_places(view=view, key=head) if (head := bare_head(key=requirement.key)) else []
        if requirement.kind == "soft_skill":
            places = _about_the_person(view=view, places=places)
        elif requirement.kind == "language":
            places = shows_a_language(
                view=view, places=places, asked=requirement.sentence
            )  # no "German operator", "English: A"
        if places:
            credit, number, context = best_place(view=view, places=places, asked=requirement.sentence)
            found.append((credit, number, context, "name", lambda matched=own.matched: matched))
    wanted = set(requirement.alternative_concepts)
    if requirement.concept_id is not None:
        wanted.add(requirement.concept_id)
    for concept in sorted(wanted):
        source = view.shown.get(concept)
        if source is None:
            continue
        places = view.concept_sentences.get(source, ())
        if requirement.kind == "soft_skill":
            places = _about_the_person(view=view, places=places)
        elif requirement.kind == "language":
            places = shows_a_language(view=view, places=places, asked=requirement.sentence)
        credit, number, context = best_place(view=view, places=places, asked=requirement.sentence)
        if number < 0:
            continue
        via = "alternative" if concept == source else "narrower"
        factor = 1.0 if concept == source or concept in requirement.alternative_concepts else IMPLIED_FACTOR
        found.append(
            (
                credit * factor,
                number,
                context,
                via,
                partial(
                    _written_as,
                    view=view,
                    places=places,
                    number=number,
                    concept=source,
                    vocabulary=vocabulary,
                ),
            )
        )
    if (
        requirement.concept_id is not None
        and view.shown.get(requirement.concept_id) == requirement.concept_id
    ):
        # Named itself only in a list, shown at work by a narrower thing: "Python" under Skills, "Built Django
        # services" in a job
        for narrower in narrower_in(
            concept=requirement.concept_id, concepts=view.concept_sentences, vocabulary=vocabulary
        ):
            places = view.concept_sentences[narrower]
            credit, number, context = best_place(view=view, places=places, asked=requirement.sentence)
            written = partial(
                _written_as, view=view, places=places, number=number, concept=narrower, vocabulary=vocabulary
            )
            found.append((credit * IMPLIED_FACTOR, number, context, "narrower", written))
    for key in (*requirement.alternative_keys, *other_keys(key=requirement.key, name=requirement.name)):
        if places := _key_places(view=view, key=key):
            credit, number, context = best_place(view=view, places=places, asked=requirement.sentence)
            found.append(
                (
                    credit,
                    number,
                    context,
                    "alternative",
                    partial(_written_key, view=view, places=places, number=number, key=key),
                )
            )
    if requirement.kind == "certification" and not requirement.name.endswith("s"):
        # "Ramesh & Associates, Chartered Accountants": a firm's designation, plural, is held by no one
        found = [item for item in found if not item[4]().endswith(f"{requirement.name.rsplit(' ', 1)[-1]}s")]
    if not found:
        return None
    credit, number, context, via, matched = max(found, key=lambda item: (item[0], -item[1]))
    return Match(
        requirement=requirement,
        credit=round(max(credit, 0.0), 3),
        evidence=view.index.sentences[number].text,
        matched=matched(),
        via=via,
        context=context,
    )


def match_requirements(
    *,
    job: JobRequirements,
    view: ResumeView,
    vocabulary: Vocabulary,
    semantic: Callable[[list[Requirement]], dict[str, tuple[float, int]]] | None = None,
    resume_language: str = "",
) -> list[Match]:
    """Return one ``Match`` per requirement (credit 0 when the resume does not show it).

    ``semantic`` returns, for responsibilities and soft skills no word matched, requirement id -> (cosine,
    sentence number) of the closest resume sentence (the embedding model; it is asked only when needed).
    """
    found: dict[str, Match | None] = {}
    for requirement in job.requirements:
        if requirement.kind == "degree":
            found[requirement.id] = degree_match(requirement=requirement, view=view)
        else:
            found[requirement.id] = (
                _lexical(requirement=requirement, view=view, vocabulary=vocabulary)
                or school_leaving(requirement=requirement, view=view)
                or by_codes(requirement=requirement, view=view)
                or by_other_words(requirement=requirement, view=view)
                or figure_met(requirement=requirement, view=view)
            )
    for requirement in job.requirements:
        if found[requirement.id] is None and requirement.kind == "language" and resume_language:
            found[requirement.id] = written_in(requirement=requirement, language=resume_language)
    unmatched = [
        r
        for r in job.requirements
        if found[r.id] is None
        and (r.kind in SEMANTIC_KINDS or is_practice(requirement=r))
        and not asks_a_figure(requirement=r)
    ]
    closest = semantic(unmatched) if semantic is not None and unmatched else {}
    matches = []
    asks = [sentence.text for sentence in job.sentences]
    for requirement in job.requirements:
        match = found[requirement.id]
        if match is None and requirement.id in closest:
            cosine, number = closest[requirement.id]  # the closest sentence reached the encoder's threshold
            if requirement.kind in SEMANTIC_KINDS or close_enough(cosine=cosine):
                match = sentence_match(requirement=requirement, view=view, number=number, via="semantic")
        if (
            match is not None
            and match.context == "list"
            and held_kind(requirement=requirement, vocabulary=vocabulary)
        ):
            match = held_credential(match=match, view=view)
        elif match is not None and requirement.kind == "language":
            match = spoken_level(match=held_language(match=match, view=view), view=view)  # "French (B1)"
        if match is not None:
            match = with_audience(match=credential_status(match=match, view=view), view=view)
            match = with_kind(match=match, view=view, sentences=asks)  # "renewal negotiations"
        matches.append(match or unmet(requirement=requirement))
    return matches
