"""A list a posting introduces as choices ("any combination of the following fields: accounting, finance,
economics or marketing", "one of the following: ..."): one requirement that any item meets, however the items
between the names read are joined."""

import re

from ai.local_engine.candidates import Candidate
from ai.local_engine.text import Sentence

# "any of the following", "one or more of the following", "any combination of the following fields:"
_ANY_OF_RE = re.compile(
    r"\b(?:any|one|either)(?:[ \t]+or[ \t]+more)?(?:[ \t]+combination)?[ \t]+of[ \t]+the[ \t]+following\b"
    r"[^:;\n]{0,40}:",
    re.IGNORECASE,
)


def any_of_listed(*, sentence: Sentence, candidates: list[Candidate], text: str) -> list[Candidate]:
    """Return the candidates of ``sentence`` listed after words offering a choice of the items, up to the
    list's end (a semicolon or the sentence's), or none."""
    opening = _ANY_OF_RE.search(sentence.text)
    if opening is None:
        return []
    start = sentence.start + opening.end()
    end = text.find(";", start, sentence.end)
    end = sentence.end if end < 0 else end
    listed = [c for c in candidates if start <= c.start and c.end <= end]
    # "Cisco CCNA": a maker's name right before its product's is read apart, not an item of the list
    return [
        c
        for c, after in zip(listed, [*listed[1:], None], strict=True)
        if after is None or text[c.end : after.start].strip()
    ]
