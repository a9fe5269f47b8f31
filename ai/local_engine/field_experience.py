"""A posting's line asking experience of a field or trade and nothing else: "• Manufacturing experience"."""

import re

from ai.local_engine.cue_gates import case_blind

# A line asking experience of a field or trade: "• Manufacturing experience", "- SaaS or telematics experience
# a plus", "Retail experience (preferred)".
_FIELD_EXPERIENCE_LINE_RE = re.compile(
    r"[ \t]*[-•*·▪◦‣–—]?[ \t]*(?:(?:some|previous|prior|recent|relevant|proven|any)[ \t]+)?"
    r"((?:[A-Za-z][\w&+./-]*(?:[ \t,]+|[ \t]*[/&][ \t]*)){0,3}[A-Za-z][\w&+./-]*)[ \t]+experience\b"
    r"(?:[ \t]+(?:is[ \t]+)?(?:a[ \t]+(?:plus|bonus)|preferred|desired|essential|required|an?[ \t]+asset))?"
    r"[ \t]*(?:\((?:preferred|desired|required|essential)\))?[ \t]*[.!]?[ \t]*$",
    re.IGNORECASE,
)

# The other field named beside it, before ("Manufacturing or ") or after (" or FMCG", " or fintech domain").
_JOIN = r"(?:,|/|&|\bor\b|\band\b)"
_OTHER_BEFORE_RE = re.compile(rf"(?:[\w&+.-]+[ \t]+){{0,2}}[\w&+.-]+[ \t]*{_JOIN}[ \t]*", re.IGNORECASE)
_OTHER_AFTER_RE = re.compile(rf"[ \t]*{_JOIN}[ \t]*(?:[\w&+.-]+[ \t]+){{0,2}}[\w&+.-]+", re.IGNORECASE)
# A lone adjective is a word of the field, not one ("commercial" of "commercial or freelance WordPress").
_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous", "ful", "less", "able", "ible")
_JOINING_WORDS = frozenset({"and", "or", "of", "in", "with", "&"})


def field_experience_line(*, text: str, start: int, end: int) -> bool:
    """Return whether ``text[start:end]`` is (in) the field a line asks experience of ("Manufacturing" of
    "• Manufacturing experience"): the line is that ask and nothing else."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if "experience" not in case_blind(text[line_start:line_end]):
        return False  # the pattern asks for the word: a cheap scan spares trying it at the line's start
    line = _FIELD_EXPERIENCE_LINE_RE.fullmatch(text, line_start, line_end)
    if line is None or line.group(1).rsplit(None, 1)[-1].lower() in _JOINING_WORDS:
        return False  # "Qualifications and Experience": a heading
    if not (line.start(1) <= start and end <= line.end(1)):
        return False
    # The field itself, or one of those named either way ("Manufacturing or FMCG", "Banking or fintech
    # domain"), not a word of a longer one ("commercial" of "commercial or freelance WordPress")
    if " " not in text[start:end] and text[start:end].lower().endswith(_ADJECTIVE_ENDINGS):
        return False
    before, after = text[line.start(1) : start], text[end : line.end(1)]
    return (not before or _OTHER_BEFORE_RE.fullmatch(before) is not None) and (
        not after or _OTHER_AFTER_RE.fullmatch(after) is not None
    )
