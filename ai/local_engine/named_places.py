"""Words of a resume that name another thing than the skill: an organisation ("The Linux Foundation",
"Project Management Institute") or a profile link ("Github:// jdoe", "github.com/jdoe"). A term met there is
no evidence of the skill: the issuer grants a certificate, it is not one; a link names a site the person has
an account on (what a posting asking for "a portfolio or GitHub you can share" wants, and no more)."""

import re

from ai.local_engine.vocab import get_vocabulary

_NAMED_RE = re.compile(
    # an organisation named in words by its kind, last ("The Linux Foundation"; not a credential's level:
    # "ISTQB Foundation", "ITIL 4 Foundation")
    r"\b(?:The\s+)?(?:[A-Z][a-z][\w&-]*\s+){1,4}(?:Foundation|Institute|Association|Society|Council)\b"
)
# a site's name before a link to a profile there ("Github:// jdoe", "github.com/jdoe", "GitHub: @jdoe")
_LINK_RE = re.compile(r"\b[A-Za-z][\w-]*(?::/{1,2}|(?:\.[a-z]{2,}){1,2}/|:\s*(?:https?://|www\.|@))")
# A posting that asks for a profile or work to look at: a link is what it wants.
LINK_ASKED_RE = re.compile(
    r"\b(?:portfolio|you\s+can\s+share|links?\s+to\s+(?:your|a|an)|(?:github|gitlab)\s+(?:profile|account|link))\b",
    re.IGNORECASE,
)


# A body's name joined to what it approved: "an HCPC-approved course", "a CIPD-accredited programme". The
# thing approved is held, not the body's registration; a person so approved holds it ("BACP-accredited
# counsellor", "RICS-regulated surveyor": a noun of a person follows).
_APPROVED_BY = r"(?:approved|accredited|endorsed|recognised|recognized|validated|regulated)"
_BODY_APPROVED_RE = re.compile(rf"\b[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*-{_APPROVED_BY}\b")
_WORD_AFTER_RE = re.compile(r"[ \t]+(?:[A-Za-z]+-)*([A-Za-z]+)")
# Persons a body approves that are no job title's head noun (``Vocabulary.role_nouns``), or spelled otherwise.
_PERSONS = frozenset({"member", "medic", "person", "counsellor"})


def _names_a_person(*, word: str) -> bool:
    """Return whether ``word`` (or its singular) names a person, by the word itself: a job title's head noun
    ("surveyor", "nurses") or a listed person, not a thing ending as one does ("center", "register")."""
    word = word.lower()
    persons = get_vocabulary().role_nouns
    return any(
        form in persons or form in _PERSONS
        for form in (word, word.removesuffix("s"), word.removesuffix("es"))
        if form
    )


# A posting that asks for an approved thing ("a degree accredited by the RTPI", "an RTPI-accredited degree"):
# the approved thing is what it asks.
_APPROVED_ASKED_RE = re.compile(rf"\b{_APPROVED_BY}\b", re.IGNORECASE)


def inside_a_name(*, text: str, offset: int, asked: str = "") -> bool:
    """Return whether the term at character ``offset`` of a resume line stands in another thing's name (an
    organisation's, or a thing a body ``_BODY_APPROVED_RE`` approved, unless the ``asked`` sentence of the
    posting asks for an approved thing)."""
    # (not the body the posting's sentence asks for by its name: "Registration with Punjab Pharmacy Council"
    # is held where a resume names that council)
    found = [
        m
        for m in _NAMED_RE.finditer(text)
        if not asked or m.group().removeprefix("The ").strip() not in asked
    ]
    if not _APPROVED_ASKED_RE.search(asked) and "-" in text:
        found += (
            match
            for match in _BODY_APPROVED_RE.finditer(text)
            if not (
                (after := _WORD_AFTER_RE.match(text, match.end())) and _names_a_person(word=after.group(1))
            )
        )
    return any(match.start() <= offset < match.end() for match in found)


def inside_a_link(*, text: str, offset: int) -> bool:
    """Return whether the term at character ``offset`` of a resume line is the site of a profile link."""
    return any(match.start() <= offset < match.end() for match in _LINK_RE.finditer(text))
