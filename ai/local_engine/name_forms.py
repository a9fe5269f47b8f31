"""How a term is written: as a name ("Python", "AWS", "C++") or an acronym ("IFRS"), not an everyday word."""

import re

from ai.local_engine.credential_names import credential_by_name
from ai.local_engine.vocab import everyday_words

ACRONYM_RE = re.compile(r"[A-Z]{3,6}s?")


def is_acronym(*, text: str) -> bool:
    """Return whether a word is an acronym ("IFRS", "HIPAA", a credential's "CIA"), not an everyday word in
    capitals ("PLEASE")."""
    return ACRONYM_RE.fullmatch(text) is not None and (
        text.lower().rstrip("s") not in everyday_words() or credential_by_name(text=text)
    )


def is_named(*, text: str) -> bool:
    """Return whether a term is written as a name ("Python", "AWS", "C++"), not as an everyday word."""
    if text.isascii():  # (read in C: named unless everything but its spaces is lower-case letters)
        letters = "".join(text.split())
        return bool(letters) and not (letters.isalpha() and letters.islower())
    return any(ch.isupper() or not ch.isalpha() for ch in text if not ch.isspace())
