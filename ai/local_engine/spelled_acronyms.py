"""Acronyms a posting spells out in words before them ("Qualified Teacher Status (QTS)", "Commercial Driver's
License (CDL)"): one requirement, named by either."""

import re

from ai.local_engine.aliases import CREDENTIAL_TITLE_WORDS
from ai.local_engine.candidates import Candidate
from ai.local_engine.name_forms import is_acronym
from ai.local_engine.organisation_names import ORGANISATION_NOUNS
from ai.local_engine.phrases import cue_clauses
from ai.local_engine.text import Sentence, normalize_phrase
from ai.local_engine.vocab import get_vocabulary

_SMALL_WORDS = frozenset({"of", "and", "for", "the", "in", "&", "to", "on"})
_WORD_RE = re.compile(r"[A-Za-z][\w']*|&")  # "computer-aided drafting (CAD)": each part a word
# Two letters spell a credential's title only after a word that holds it: "Enrolled Agent (EA)" (not
# "United Kingdom (UK)").
_PAIR_RE = re.compile(r"[A-Z]{2}")
_CAPITALS_RE = re.compile(r"[A-Z]{3,6}")
_HELD_AS_WORDS = frozenset(CREDENTIAL_TITLE_WORDS)


def spelled_out(*, candidate: Candidate, text: str) -> int | None:
    """Return where the words start that an acronym in brackets spells out ("Qualified Teacher Status (QTS)",
    "Commercial Driver's License (CDL)"), or None: not such an acronym, or an organisation's ("Hanseatic
    Institute for Learning Research (HILR)")."""
    if text[candidate.start - 1 : candidate.start] != "(":
        return None
    pair = _PAIR_RE.fullmatch(candidate.text) is not None
    # (capitals spelled out are an acronym even where they make a word: "records of employment (ROE)")
    word = not pair and not is_acronym(text=candidate.text)
    if word and not _CAPITALS_RE.fullmatch(candidate.text):
        return None
    letters = candidate.text.rstrip("s").upper()
    window = max(0, candidate.start - 120)
    before = list(_WORD_RE.finditer(text, window, candidate.start - 1))
    # The small words are skipped by most acronyms; "of" is spelled by some: "records of employment (ROE)".
    for words in (
        [m for m in before if m.group().lower() not in _SMALL_WORDS][-len(letters) :],
        [m for m in before if m.group().lower() == "of" or m.group().lower() not in _SMALL_WORDS][
            -len(letters) :
        ],
    ):
        if not (
            len(words) != len(letters)
            or (pair and words[0].group() not in _HELD_AS_WORDS)
            or "".join(m.group()[0] for m in words).upper() != letters
            or any(m.group() in ORGANISATION_NOUNS for m in words)
            or words[0].group().lower() in _SMALL_WORDS
        ):
            # ... unless the vocabulary knows the letters or the words: "the National Electrical Code (NEC)"
            # is read by it
            surfaces = get_vocabulary().surfaces
            spelled = normalize_phrase(text=text[words[0].start() : words[-1].end()])
            known = word and (candidate.key in surfaces or spelled in surfaces)
            return None if known else words[0].start()
    return None


# Between a spelled-out name's bracket and its examples: the kind of thing it is ("(CRM) software such as").
_KIND_BEFORE_CUE_RE = re.compile(
    r"\)?[ \t]*(?:(?:tools?|software|platforms?|systems?|packages?|suites?|solutions?|applications?)"
    r"[ \t]*)?,?[ \t]*$",
    re.IGNORECASE,
)


def examples_after(*, acronym: Candidate, sentence: Sentence, candidates: list[Candidate]) -> list[Candidate]:
    """Return the examples a spelled-out name's cue gives right after its bracket: "customer relationship
    management (CRM) software such as Salesforce or HubSpot" is one ask, met by either product."""
    text = sentence.text
    for cue_start, cue_end, clause_end in cue_clauses(sentence=sentence):
        if cue_start > acronym.end and _KIND_BEFORE_CUE_RE.fullmatch(
            text, acronym.end - sentence.start, cue_start - sentence.start
        ):
            return [c for c in candidates if cue_end <= c.start < clause_end]
    return []
