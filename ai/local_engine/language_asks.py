"""A language asked without naming one ("A second language", "Bilingual preferred", "fluency in a foreign
language"): one requirement, met by any language the resume names other than English (the language the
engine reads postings in)."""

import re

from ai.local_engine.candidates import Candidate
from ai.local_engine.cue_gates import case_blind, holds_any
from ai.local_engine.employer_sentences import about_us
from ai.local_engine.job import Importance
from ai.local_engine.requirement_model import Requirement
from ai.local_engine.text import Sentence, normalize_phrase
from ai.local_engine.vocab import Vocabulary, names_language

# "a second language", "additional languages", "a foreign language", "bilingual", "multilingual"; "another
# language" only where speaking is asked ("fluent in another language"): "Python or another language" is code.
# Whom the work serves: "multilingual learners", "bilingual families" ask for no language.
_SERVED = (
    r"(?:learners|students|pupils|children|families|parents|communities|customers|clients|patients|"
    r"populations?|households|education|classrooms?|programs?|programmes?|speakers|users|audiences?)\b"
)
_ANY_LANGUAGE_RE = re.compile(
    r"\b(?:(?:second|foreign|additional|modern)\s+languages?|bi-?lingual|multi-?lingual)\b(?!\s+"
    + _SERVED
    + r")|"
    r"\banother\s+language\b(?=.*\b(?:speak|spoken|fluen))|(?<=\bspeak)s?\s+another\s+language\b",
    re.IGNORECASE,
)
# One of which every match of _ANY_LANGUAGE_RE holds.
LANGUAGE_WORDS = ("language", "lingual")
# "Most of them speak several foreign languages": the team described, not the candidate asked.
_OTHERS_RE = re.compile(
    r"^\W*(?:(?:most|many|all|some|several)\s+of\s+(?:them|us|our)|they|our\s+\w+)\b", re.IGNORECASE
)
_CAPITALISED_RE = re.compile(r"\b[A-Z][a-z]+\b")
_READ_IN = "english"
# Its key is no phrase a resume writes ("Taught English as a second language" shows no second language) and
# names no language (a resume is not held to show it by being written in one).
_KEY = normalize_phrase(text="speaks a second language")


def _language_concepts(*, vocabulary: Vocabulary) -> frozenset[int]:
    return frozenset(
        number
        for number, concept in enumerate(vocabulary.concepts)
        if concept.category == "language" and concept.name.lower() != _READ_IN
    )


def _names_a_language(*, text: str, vocabulary: Vocabulary) -> bool:
    """Return whether the text names a language itself ("Bilingual English/Spanish")."""
    return any(names_language(word=word, vocabulary=vocabulary) for word in _CAPITALISED_RE.findall(text))


def any_language_asked(
    *,
    asks: list[Sentence],
    requirements: list[Requirement],
    importance: Importance,
    vocabulary: Vocabulary,
) -> list[Requirement]:
    """Return the requirements with one "A second language" for the first sentence that asks for a language
    without naming it; what was read from those words ("second language" as a phrase) is replaced."""
    for sentence in asks:
        # Most sentences hold none of the words every match holds, and are not searched.
        match = (
            _ANY_LANGUAGE_RE.search(sentence.text)
            if holds_any(words=LANGUAGE_WORDS, lower=case_blind(sentence.text))
            else None
        )
        if (
            match is None
            or _names_a_language(text=sentence.text, vocabulary=vocabulary)
            or about_us(sentence=sentence.text)
            or _OTHERS_RE.match(sentence.text)
        ):
            continue
        start, end = sentence.start + match.start(), sentence.start + match.end()
        kept = [
            r
            for r in requirements
            if not (r.sentence == sentence.text and start <= r.position < end + 1)
            and r.key not in ("second language", "foreign language", "additional language")
        ]
        asked = Requirement(
            id="",
            name="A second language",
            kind="language",
            importance=importance.at(sentence_start=sentence.start, position=start),
            sentence=sentence.text,
            key=_KEY,
            concept_id=None,
            alternative_concepts=_language_concepts(vocabulary=vocabulary),
            position=start,
            asked_as=match.group(),
        )
        return sorted([*kept, asked], key=lambda r: r.position)
    return requirements


# "Good communication in English, Hindi and Marathi": the languages are what is asked (each its requirement).
_IN_LANGUAGE_RE = re.compile(r"\s+(?:skills\s+)?in\s+([A-Z][a-z]+)")


def communication_in_languages(*, candidate: Candidate, text: str, vocabulary: Vocabulary) -> bool:
    """Return whether the candidate "communication" is asked in a named language ("communication in
    English"): the language asks it, and a resume speaking that language meets it."""
    after = _IN_LANGUAGE_RE.match(text, candidate.end)
    return (
        candidate.key in ("communication", "communication skill")
        and after is not None
        and names_language(word=after.group(1), vocabulary=vocabulary)
    )
