"""A job board's header lines that ask nothing: the classification it files the job under.

Seek and JobStreet print a posting's head as short lines: the title, the employer, the place, then the
board's classification ("Construction Management (Construction)", "Quality Assurance & Control
(Manufacturing, Transport & Logistics)"), the work type ("Full time"), the pay and "Posted 4d ago". The
classification names the board's category and its parent, not a skill the job asks.
"""

import re

from ai.local_engine.posting import Posting
from ai.local_engine.text import Sentence

# The head of a posting: the lines before its first paragraph or list.
HEAD_LINES = 8
# "Full time", "Part-time", "Contract/Temp", "Casual/Vacation": the work type beside the classification.
_WORK_TYPE_RE = re.compile(
    r"(?:full|part)[ -]?time|contract(?:/temp)?|casual(?:/vacation)?|permanent|temporary|fixed[ -]term",
    re.IGNORECASE,
)
# Capitalised words, then the parent category's capitalised words in brackets, and nothing else on the line.
_WORDS = r"[A-Z][\w'’-]*(?:(?:\s+|\s*[&/,]\s*)(?:[A-Z][\w'’-]*|and|of))*"
_CLASSIFICATION_RE = re.compile(rf"{_WORDS}\s+\({_WORDS}\)")


def board_classification(*, sentence: Sentence, posting: Posting) -> bool:
    """Return whether ``sentence`` is a job board's classification line in the posting's head, beside its
    work type."""
    head = posting.sentences[:HEAD_LINES]
    if sentence not in head[1:] or not _CLASSIFICATION_RE.fullmatch(sentence.text.strip()):
        return False  # (the first line is the job's own title: "Quality Engineer (Automotive)")
    return any(_WORK_TYPE_RE.fullmatch(line.text.strip()) for line in head)


# A job board's header fields that file the job or the employer ("Role: Database Administrator",
# "Functional Area: IT Software", "Employment Type: Full Time, Permanent"): the board's categories, not a
# skill asked. Written capitalised with a colon, as a field is; "Skills:" and
# "Technologies" are fields that ask, and are not among these.
_FIELD_LABEL_RE = re.compile(
    r"(?<![\w-])(?:Role(?:\s+[Cc]ategory)?|Functional\s+[Aa]rea|"
    r"Job\s+(?:[Ff]unction|[Tt]ype|[Cc]ategory)|Employment\s+[Tt]ype|Company\s+(?:[Tt]ype|[Ss]ize)|Sector|"
    r"Seniority(?:\s+[Ll]evel)?|Experience\s+[Ll]evel|Department)\s*:[ \t]*"
)
# The field's value: capitalised words ("Cloud Computing Software Development / Engineering"), the board's
# own wording, never a sentence ("Role: Lead the design of ..." opens a duty).
_VALUE_WORD = r"[A-Z0-9][\w'’.+#-]*"
_VALUE_RE = re.compile(rf"{_VALUE_WORD}(?:(?:[ \t]+|[ \t]*[&/,|][ \t]*|[ \t]+-[ \t]+){_VALUE_WORD})*")


def in_board_field(*, start: int, end: int, text: str, sentence: Sentence) -> bool:
    """Return whether ``text[start:end]`` is inside the value of a job board's field that files the job or
    the employer, after its label on the same line or alone on the line before ("Role:\\nDatabase
    Administrator")."""
    for label in _FIELD_LABEL_RE.finditer(text, sentence.start, start):
        value = _VALUE_RE.match(text, label.end())
        if value is not None and end <= value.end():
            return True
    line_start = text.rfind("\n", 0, sentence.start)
    if line_start <= 0 or text[line_start : sentence.start].strip():
        return False  # (the value alone on its line, under its label's line)
    previous = text[text.rfind("\n", 0, line_start) + 1 : line_start].strip()
    return (
        _FIELD_LABEL_RE.fullmatch(previous) is not None
        and _VALUE_RE.fullmatch(sentence.text.strip()) is not None
    )
