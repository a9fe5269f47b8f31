"""Section labels that a posting pasted without its line breaks keeps inside one run-on sentence ("... Python
experience highly appreciated Advantages: Varied tasks in a dynamic team ... Job benefits: Relocation support
..."): where the asks end and the perks or the employer's own text begin."""

import re

from ai.local_engine.text import Sentence

_RUN_ON_WORDS = 60
# Each label opens a part: "benefits" and "about" ask nothing; "asks" ends the part before it. A label is
# written as a heading is (capitalised, most with a colon), after a word of the run-on sentence.
_LABELS = (
    (
        "benefits",
        r"(?:Job\s+|Your\s+|Our\s+)?(?:[Bb]enefits|Perks)\s*:|What\s+we\s+offer\b|We\s+offer\b|Our\s+offer\b|"
        r"Advantages\s*:|Your\s+[Pp]rospects\b|In\s+return\s*:|What['’]s\s+in\s+it\s+for\s+you\b",
    ),
    ("about", r"Company\s+(?:description|profile|overview)\s*:|About\s+(?:us|the\s+company)\s*:"),
    (
        "asks",
        r"Your\s+(?:[Pp]rofile|[Ss]kills|[Tt]asks|[Rr]esponsibilities|[Mm]ission)\b|Must-haves\b|"
        r"(?:Requirements|Qualifications|Responsibilities)(?:\s+(?:and|&)\s+(?:[Ss]kills|[Dd]uties))?\s*:|"
        r"Qualifications\s+and\s+Skills\b|Responsibilities\s+and\s+Duties\b|What\s+you\s+(?:bring|will\s+do)\b",
    ),
)
_LABEL_RE = re.compile(
    r"(?<=\S)\s+(?:" + "|".join(f"(?P<{kind}>{pattern})" for kind, pattern in _LABELS) + ")"
)


def inline_sections(*, sentences: list[Sentence]) -> tuple[list[Sentence], dict[int, str]]:
    """Return the sentences with run-on ones cut before their inline section labels (offsets kept), and the
    kind ("benefits", "about") of each piece a label of a part that asks nothing opens, by its start."""
    out: list[Sentence] = []
    kinds: dict[int, str] = {}
    for sentence in sentences:
        if sentence.text.count(" ") < _RUN_ON_WORDS or not _LABEL_RE.search(sentence.text):
            out.append(sentence)
            continue
        cuts = [
            (match.end(0) - len(match.group(match.lastgroup)), match.lastgroup)
            for match in _LABEL_RE.finditer(sentence.text)
        ]
        for (position, kind), (end, _) in zip(
            [(0, ""), *cuts], [*cuts, (len(sentence.text), "")], strict=True
        ):
            piece = sentence.text[position:end].rstrip()
            if not piece:
                continue
            start = sentence.start + position
            out.append(Sentence(text=piece, start=start, end=start + len(piece)))
            if kind in ("benefits", "about"):
                kinds[start] = kind
    return out, kinds
