"""A recruiter's signature at the foot of a posting ("Best regards, / Jane Smith / Talent Acquisition
Partner", "Contact: Jane Smith, Talent Acquisition Specialist"): who to write to, never a skill asked."""

import re

from ai.local_engine.cue_gates import case_blind, holds_any

# "Best regards,", "Kind regards", "Thanks!", "Sincerely"
_CLOSING_RE = re.compile(
    r"^\W*(?:(?:best|kind|warm|many)\s+)?(?:regards|wishes|sincerely|thanks|thank\s+you|cheers|yours)\b", re.I
)
# A person's name alone on a line: "Jane Smith", "Sneha Patil-Rao"
_NAME = r"(?:[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?|<NAME>)"  # "<NAME>": a name masked in a shared dataset
_PERSON_LINE_RE = re.compile(rf"^\W*{_NAME}(?:\s+{_NAME}){{1,2}}\s*,?\s*$")
# "Contact: Jane Smith, ...", "Jane Smith | Talent Acquisition Partner", "Your recruiter: Jane Smith – ..."
_NAME_THEN_TITLE_RE = re.compile(
    rf"^\W*(?:(?i:contact|your\s+recruiter|recruiter|hiring\s+manager)\s*:\s*)?{_NAME}\s+{_NAME}\s*[,|–—-]\s*|"
    r"^\W*(?:<NAME>\s*){1,3}(?=[A-Z])"
)
# The title a signature ends in
_TITLE_END_RE = re.compile(
    r"\b(?:partner|specialist|recruiter|manager|coordinator|lead|director|advisor|adviser|consultant|officer|"
    r"associate|generalist|sourcer|professional|team)\W*$",
    re.I,
)
# One of which every match of _TITLE_END_RE holds (a cheap scan before the pattern tries every place).
_TITLE_WORDS = (
    *("partner", "specialist", "recruiter", "manager", "coordinator", "lead", "director", "advis"),
    *("consultant", "officer", "associate", "generalist", "sourcer", "professional", "team"),
)
_MAX_WORDS = 8
_HEADING_WORDS = frozenset(
    "about you your we our who what why have nice key skills requirements responsibilities qualifications "
    "experience role job profile desired preferred bonus must essential desirable benefits duties team "
    "the and to of".split()
)


def in_signature(*, text: str, start: int) -> bool:
    """Return whether the line at ``start`` of a posting is a signature's name-and-title or title line."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if (
        len(line.split()) > _MAX_WORDS
        or not holds_any(words=_TITLE_WORDS, lower=case_blind(line))
        or not _TITLE_END_RE.search(line)
    ):
        return False
    if _NAME_THEN_TITLE_RE.match(line):
        return True
    before = text[:line_start].rstrip().rsplit("\n", 1)[-1]
    if _CLOSING_RE.match(before):
        return True
    # a name, not a heading in title case ("Nice To Have", "Key Skills", "About You")
    return bool(_PERSON_LINE_RE.match(before)) and not set(before.lower().split()) & _HEADING_WORDS
