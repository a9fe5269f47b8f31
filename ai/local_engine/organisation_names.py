"""Words inside an organisation's or a unit's name ("National Archival Records Service", "Palm Springs
Branch", "School of Earth and Environmental Sciences"): a name, never a requirement."""

import re

from ai.local_engine.candidates import Candidate
from ai.local_engine.cue_gates import holds_any

# A capitalised word after another, followed by capitalised words that end in an organisation's noun.
NAME_BEFORE_RE = re.compile(r"[A-Z][\w&'.-]*[ \t]+$")
ORGANISATION_NOUNS = (
    "Service|Services|Office|Department|Agency|Inc|Ltd|LLC|GmbH|Group|Company|Corporation|Corp|Association|"
    "Institute|University|College|Hospital|Clinic|Bank|Foundation|Council|Authority|Ministry|Bureau|"
    "Administration"
).split("|")
# ... and the end of a name that places a body rather than naming a credential ("Palm Springs Branch";
# "Fellowship of the Higher Education Academy (FHEA)" is one: these do not veto a spelled-out acronym).
_BODY_NOUNS = ("Branch", "Library", "Museum", "Trust", "School", "Academy", "Society")
_TAIL_NOUNS = "|".join((*ORGANISATION_NOUNS, *_BODY_NOUNS))
_ORGANISATION_TAIL_RE = re.compile(
    rf"(?:[ \t]+(?:[A-Z][\w&'-]*|&|of|and|for)){{0,3}}?[ \t]+(?:{_TAIL_NOUNS})\b"
)


def inside_organisation_name(*, candidate: Candidate, text: str) -> bool:
    """Return whether the candidate is a word inside an organisation's name: capitalised, after a capitalised
    word, and followed by more of the name up to a noun such as Service, Group or University."""
    if not candidate.text[:1].isupper():
        return False
    # The anchored tail first: it fails at once after most words, where the search before would scan 40 chars.
    if _ORGANISATION_TAIL_RE.match(text, candidate.end) is None:
        return False
    return NAME_BEFORE_RE.search(text[max(0, candidate.start - 40) : candidate.start]) is not None


# A unit named by its noun first: "School of Geography, Earth and Environmental Sciences", "Department of
# Health and Social Care" (a posting written for this; SkillSpan train's "Departments of Chemistry"). Not a
# body that grants credentials ("Institute of Management Accountants", "State Board of Nursing").
_UNIT_OF_RE = re.compile(
    r"\b(?:School|Faculty|Department|Dept\.?|Division|Ministry|Office)s?[ \t]+of[ \t]+"
    r"(?:(?:[A-Z][\w'-]*|and|&)[ \t,]*){0,6}$"
)


# One of which every match of _UNIT_OF_RE holds, as written (the pattern is case-sensitive).
_UNIT_NOUNS = ("School", "Faculty", "Department", "Dept", "Division", "Ministry", "Office")


def inside_unit_name(*, candidate: Candidate, text: str) -> bool:
    """Return whether a capitalised candidate is part of a unit's name after "School of", "Department of"."""
    if not candidate.text[:1].isupper():
        return False
    before = max(0, candidate.start - 80)
    # (most postings name no unit before a word: the pattern is not tried at eighty places for nothing)
    return holds_any(words=_UNIT_NOUNS, lower=text[before : candidate.start]) and bool(
        _UNIT_OF_RE.search(text, before, candidate.start)
    )


def extends_employer_name(*, candidate: Candidate, text: str, name_words: frozenset[str]) -> bool:
    """Return whether a capitalised candidate continues the employer's name, the word before it being one of
    the name's ("Parallax Creative — London" where the posting says "Parallax is a B2B agency")."""
    if (
        not name_words
        or not candidate.text[:1].isupper()
        or text[candidate.start - 1 : candidate.start] != " "
    ):
        return False
    before = text[max(0, candidate.start - 40) : candidate.start].split()
    word = before[-1] if before else ""
    return word[:1].isupper() and word.isalpha() and word.lower() in name_words


# A unit a capitalised name opens and a plain noun closes: "Water, Climate and Society research cluster",
# "the Payments platform team", "our Quantum lab".
_UNIT_HEADS = frozenset("cluster centre center group lab laboratory institute unit team department".split())


def names_a_unit(*, candidate: Candidate) -> bool:
    """Return whether a phrase names a unit of the organisation: a capitalised name, then lower-case words
    ending in a unit's noun ("Society research cluster"), never a skill asked."""
    words = candidate.text.split()
    return (
        candidate.category == "phrase"
        and len(words) >= 2
        and words[0][:1].isupper()
        and words[-1] in _UNIT_HEADS
        and all(word.islower() for word in words[1:])
    )


# "Place Directorate – Highways and Asset Management", "Operations Division | Fleet Services": the line that
# names the employer's unit the post sits in, above the job.
_UNIT_LINE_RE = re.compile(
    r"[^\S\n]*(?:[A-Z][\w&'.-]*[^\S\n]+){0,4}(?:Directorate|Department|Division)[^\S\n]*[–—|:-][^\n]*"
)


_UNIT_LINE_NOUNS = ("Directorate", "Department", "Division")  # every match holds one, as written


def names_unit_line(*, sentence_text: str) -> bool:
    """Return whether a sentence is the line naming the employer's unit ("Place Directorate – Highways and
    Asset Management"): where the post sits, never what it asks."""
    return (
        holds_any(words=_UNIT_LINE_NOUNS, lower=sentence_text)
        and _UNIT_LINE_RE.fullmatch(sentence_text) is not None
    )
