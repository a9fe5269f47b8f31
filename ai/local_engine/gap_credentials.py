"""Whether a listed gap names a credential to hold, and the names a resume holds it by.

A posting asks for a credential by its body's letters and the participle of holding it ("OAVT registered"),
by a credential's noun ("Pesticide applicator commission") or by a course for a role ("clinical educator
training"); a resume often names it without that noun ("AM2" for "AM2 assessment").
"""

import re

from ai.local_engine.requirement_model import Requirement
from ai.local_engine.text import normalize_phrase

# The noun after a credential's own name ("IUEC journeyman mechanic card", "AM2 assessment"): the resume
# holds the credential by its name alone ("IUEC Journeyman Mechanic", "AM2").
_CREDENTIAL_TAILS = frozenset(
    "card certificate certification licence license registration assessment".split()
)
# Nouns that make a listed phrase name a credential to hold ("Pesticide applicator commission", "Postgraduate
# qualification"): screened for before any duty, as a credential named by the noun after it is.
_HELD_HEADS = frozenset(
    """certificate certification licence license registration qualification commission clearance
    accreditation""".split()
)
_CODE_RE = re.compile(r"[A-Z]{2,}|[A-Za-z]+\d")
# What a holder of a body's credential is, after the body's letters: "OAVT registered", "CSCS certified".
_HELD_PARTICIPLES = frozenset("registered certified licensed accredited chartered".split())


def held_by_letters(*, name: str) -> bool:
    """Return whether a phrase is a body's letters and the participle of holding its credential ("OAVT
    registered")."""
    words = name.split()
    return (
        len(words) == 2 and words[1].lower() in _HELD_PARTICIPLES and _CODE_RE.fullmatch(words[0]) is not None
    )


def names_credential(*, name: str) -> bool:
    """Return whether a listed gap names a credential: its last noun is a credential's ("Pesticide applicator
    commission"), or it is held by a body's letters ("OAVT registered")."""
    return name.split()[-1].lower().removesuffix("s") in _HELD_HEADS or held_by_letters(name=name)


def credential_name(*, form: str) -> tuple[str, ...]:
    words = form.split()
    if len(words) < 2 or words[-1].lower() not in _CREDENTIAL_TAILS:
        return ()
    return (normalize_phrase(text=" ".join(words[:-1])),) if _CODE_RE.match(words[0]) else ()


_TRAINING_AFTER_RE = re.compile(r"[ \t]+(training)\b", re.IGNORECASE)


def role_training(*, requirement: Requirement, text: str, role_nouns: frozenset[str]) -> str:
    """Return "training" where it follows a role the phrase names ("practice educator / clinical educator
    training"): a course held, not a person to be; or ''."""
    end = requirement.position + len(requirement.asked_as or requirement.name)
    training = _TRAINING_AFTER_RE.match(text, end)
    last = normalize_phrase(text=requirement.name).rsplit(" ", 1)[-1]
    return training.group(1) if training and last in role_nouns else ""
