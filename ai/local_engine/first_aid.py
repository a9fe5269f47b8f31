"""First aid certificates a posting names in plain words: "Paediatric First Aid", "Current First Aid",
"First Aid at Work certificate", "a current first aid certificate". Each is a certificate the person holds (a
course's, renewed every few years), though its words are everyday ones the junk filter turns away, and its
qualifier read alone ("Paediatric") would name a field of medicine, not what is asked. Read by
``certifications``."""

import re

from ai.local_engine.text import Sentence

# Written in capitals, with the kind of course before it and "at Work" (the UK's workplace course) after;
# in lower case only before a credential's noun ("a current first aid certificate"). Not the kit or the room
# a duty restocks ("First Aid kits"), nor someone trained ("First Aider").
_KIND = (
    r"(?:Paediatric|Pediatric|Emergency|Standard|Advanced|Basic|Mental[ \t]+Health|Remote|Wilderness|Sports?)"
)
_NOUN = r"(?:[Cc]ertificat(?:e|ion)|[Qq]ualification|[Tt]icket)"
_FIRST_AID_RE = re.compile(
    rf"\b(?:(?:{_KIND}[ \t]+)?First[ \t]+Aid(?:[ \t]+at[ \t]+Work)?(?:[ \t]+{_NOUN})?|"
    rf"(?:(?i:paediatric|pediatric|emergency)[ \t]+)?first[ \t]+aid[ \t]+{_NOUN})"
    r"(?![\w-]|[ \t]+(?:[Kk]its?|[Bb]oxe?s?|[Rr]ooms?|[Ss]tations?|[Ss]upplies|[Nn]eeds|[Rr]esponse))"
)
# A course the employer gives is no ask: "we provide First Aid training", "paid First Aid courses".
_GIVEN_RE = re.compile(
    r"\b(?:we(?:[ \t]+will)?[ \t]+(?:provide|offer|fund|pay)|provided|funded|free|paid)\b", re.IGNORECASE
)


def add_first_aid(*, sentence: Sentence, found: list[tuple[int, int, Sentence]]) -> None:
    """Add to ``found`` each first aid certificate the sentence asks for, in place of a piece of it found
    already, where no other found overlaps it ("First Aid and CPR certificates" is read as two,
    "CPR/First Aid certification" as one course)."""
    if _GIVEN_RE.search(sentence.text):
        return
    for match in _FIRST_AID_RE.finditer(sentence.text):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        # a piece read already is the whole name's: "Work certificate" of "First Aid at Work certificate"
        found[:] = [
            (b, e, s) for b, e, s in found if not (start <= b and e <= end and (b, e) != (start, end))
        ]
        if not any(start < e and b < end for b, e, _ in found):
            found.append((start, end, sentence))


# The short course of a longer one named: "Emergency First Aid at Work" (a day) for "First Aid at Work" (three
# days), "Emergency Paediatric First Aid" (six hours) for "Paediatric First Aid" (twelve).
_EMERGENCY_RE = re.compile(r"\bEmergency[ \t]+(?:P(?:a?)ediatric[ \t]+)?First[ \t]+Aid\b", re.IGNORECASE)
_NAMED_COURSE_RE = re.compile(
    r"\bP(?:a?)ediatric[ \t]+First[ \t]+Aid\b|\bFirst[ \t]+Aid[ \t]+at[ \t]+Work\b", re.I
)


def shorter_first_aid(*, asked: str, clause: str) -> bool:
    """Return whether the clause holds the emergency (short) course of the first aid course asked by name."""
    return (
        _NAMED_COURSE_RE.search(asked) is not None
        and _EMERGENCY_RE.search(asked) is None
        and _EMERGENCY_RE.search(clause) is not None
    )


_PLAIN_FIRST_AID_RE = re.compile(rf"(?:(?i:current|valid)[ \t]+)?(?i:first[ \t]+aid)(?:[ \t]+{_NOUN})?")


def first_aid_keys(*, term: str) -> tuple[str, ...]:
    """Return how a resume names holding a first aid certificate asked with no course named ("a current first
    aid certificate"): a qualified first aider holds one ("Qualified First Aider (2024)"), not one a duty
    calls ("Called the first aider after a fall")."""
    if _PLAIN_FIRST_AID_RE.fullmatch(term) is None:
        return ()
    return tuple(f"{held} first aider" for held in ("qualified", "trained", "certified"))
