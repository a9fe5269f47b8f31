"""Label each resume sentence with its section (interim version; replaced by the full labeller)."""

import re
from collections.abc import Sequence

from ai.local_engine.text import Sentence

_HEADINGS = (
    ("experience", r"experience|employment|work history|career|professional background|internship"),
    ("projects", r"projects?"),
    ("education", r"education|academic|qualifications"),
    ("skills", r"skills|technologies|technical|tools|competencies|stack"),
    ("summary", r"summary|profile|about"),
    ("objective", r"objective"),
    ("certifications", r"certifications?|licenses"),
    ("languages", r"languages"),
    ("publications", r"publications"),
    ("awards", r"awards|honou?rs|achievements"),
    ("interests", r"interests|hobbies"),
)
_HEADING_RES = [(kind, re.compile(rf"^\W*({pattern})\W*$", re.I)) for kind, pattern in _HEADINGS]
_CONTACT_RE = re.compile(r"@|https?://|www\.|linkedin|github\.com|\+?\d[\d\s().-]{7,}\d", re.I)


def label_sections(*, sentences: Sequence[Sentence]) -> list[str]:
    """Return one section kind per sentence."""
    kinds = []
    current = "header"
    for sentence in sentences:
        text = sentence.text.strip()
        heading = None
        if len(text.split()) <= 4:
            heading = next((kind for kind, pattern in _HEADING_RES if pattern.match(text)), None)
        if heading:
            current = heading
            kinds.append(heading)
            continue
        kinds.append("contact" if current == "header" and _CONTACT_RE.search(text) else current)
    return kinds


def is_bare_list(*, text: str) -> bool:
    """Return whether ``text`` is a list of names rather than a sentence."""
    parts = [p for p in re.split(r"[,|•;/]", text) if p.strip()]
    return len(parts) >= 3 and all(len(p.split()) <= 4 for p in parts)
