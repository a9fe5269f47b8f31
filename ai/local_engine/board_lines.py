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
