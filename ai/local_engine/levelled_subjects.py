"""A school subject named with the level it is taught to ("A level Mathematics", "GCSE Physics", "AP
Calculus"): a subject a teacher is screened for, capitalised as subjects are, not a proper name."""

import re

# The qualification's level, then one or two capitalised words of the subject ("Further Maths"); the case
# is kept, so "a level field" is no subject.
_LEVELLED_SUBJECT_RE = re.compile(
    r"(?:A|AS)[- ]?[Ll]evels?[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?"
    r"|(?:I?GCSE|AP|IB|BTEC)[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?"
)


def levelled_subject(*, text: str) -> bool:
    """Return whether a phrase is a school subject after its qualification's level ("A level Mathematics")."""
    return _LEVELLED_SUBJECT_RE.fullmatch(text) is not None
