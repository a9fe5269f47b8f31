"""Parts of a duty the posting details after a colon ("Coordinate the SOX 404 program: risk assessment and
scoping, ...", "Run full-cycle recruitment: sourcing, screening, ..."): a resume that shows the duty does its
parts, though it need not name each one.

A recruiter reads the list as one duty: who runs the SOX program does its scoping, who recruits end to end
from sourcing to offer screens. So an unmet item is shown by the duty's head when the resume meets it ("SOX
404"), or, for a lone word naming a body of work ("screening", "logistics"), by most of the items beside it.
Only lower-case items are read so: a named tool or product ("Terraform") is asked for itself.
"""

import re
from collections.abc import Sequence
from dataclasses import replace

from ai.local_engine.duty_verbs import verb_opens
from ai.local_engine.resume_view import Match

# A bullet or dash before a posting line's first word.
_LEAD_RE = re.compile(r"^[\W\d_]*")
# Evidence too loose to show the items beside a lone word: the closest sentence by meaning.
_LOOSE_VIA = frozenset({"semantic"})


def _asked(match: Match) -> str:
    return (match.requirement.asked_as or match.requirement.name).lower()


def _duty_parts(sentence: str) -> tuple[str, str] | None:
    """Return a duty sentence's head and its list of parts ("Coordinate the annual SOX 404 program", "risk
    assessment and scoping, ..."), or None where no duty verb opens the sentence before its colon."""
    head, colon, parts = sentence.partition(":")
    words = _LEAD_RE.sub("", head).split()
    if not colon or not words or not verb_opens(word=words[0].lower()):
        return None
    # the list ends with its clause: "...: receiving, cycle counts; keep shrink low" asks shrink apart
    return head.lower(), parts.partition(";")[0].lower()


def _shows(match: Match) -> bool:
    return match.met and match.via not in _LOOSE_VIA


def _named(match: Match) -> bool:
    """Return whether the resume meets a duty's head by its own name: a kindred name ("P&L management" of a
    restaurant for a store's P&L) may leave its parts unshown."""
    return match.met and match.via == "name"


def shown_by_duty(*, matches: Sequence[Match], missing: Sequence[Match]) -> dict[str, Match]:
    """Return, by requirement id, the unmet lower-case items of a duty's list the resume shows by the duty:
    its head met by name ("SOX 404" for "risk assessment" of "Coordinate the SOX 404 program: risk assessment
    and scoping"), or, for a lone word, more than half the items beside it met ("sourcing, interview
    coordination and pre-employment checks" for "screening"). Each takes the match that shows the duty."""
    shown: dict[str, Match] = {}
    for match in missing:
        asked = match.requirement.asked_as or match.requirement.name
        if not asked.islower():
            continue  # a named tool or product is asked for itself
        split = _duty_parts(match.requirement.sentence)
        if split is None or asked not in split[1]:
            continue
        head, parts = split
        same = [
            m
            for m in matches
            if m.requirement.sentence == match.requirement.sentence
            and m.requirement.id != match.requirement.id
        ]
        heads = [m for m in same if _named(m) and _asked(m) in head and _asked(m) not in parts]
        beside = [m for m in same if _asked(m) in parts and _asked(m) not in head]
        met_beside = [m for m in beside if _shows(m)]
        lone = " " not in asked and asked.isalpha()
        by = heads or (met_beside if lone and 2 * len(met_beside) > len(beside) else [])
        if by:
            best = max(by, key=lambda m: m.credit)
            shown[match.requirement.id] = replace(best, requirement=match.requirement, via="duty")
    return shown
