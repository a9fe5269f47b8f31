"""Codes in brackets on a posting's title line that name the post's grade or pay scale ("Teacher of
Mathematics (MPS/UPS)", "(SOC Tier 2)", "(APS 6)"): the post's level, never a requirement."""

import re

from ai.local_engine.candidates import Candidate
from ai.local_engine.posting import Posting
from ai.local_engine.text import normalize_phrase
from ai.local_engine.vocab import get_vocabulary

_CODE_RE = re.compile(r"[A-Z][A-Z0-9-]{1,7}")
# "(SOC Tier 2)", "(Level III)"; a public service's classification: "(APS 6)", "(EL1)", "(GS-12)"
_LEVEL_RE = re.compile(
    r"\b(?:tier|level|grade|band|step|aps|el|gs|ses)\s*-?\s*(?:\d|[IVX]+\b)", re.IGNORECASE
)
_CODE_SPLIT_RE = re.compile(r"\s*(?:/|,|\bor\b)\s*")


def is_title_grade(*, candidate: Candidate, posting: Posting) -> bool:
    """Return whether the candidate is in brackets on the title line that hold only codes, two or more, one
    of them unknown: a range of pay scales or grades ("Teacher of Mathematics (MPS/UPS)"), not skills
    ("(AWS/GCP)") nor a unit ("Registered Nurse (ICU)")."""
    first, text = posting.sentences[0], posting.text
    if not first.start <= candidate.start < first.end:
        return False
    opening = text.rfind("(", first.start, candidate.start)
    closing = text.find(")", candidate.end, first.end)
    if opening < 0 or closing < 0 or ")" in text[opening : candidate.start]:
        return False
    if _LEVEL_RE.search(text, opening, closing):
        return True  # "Cybersecurity Analyst (SOC Tier 2)", "(Level III)": the post's level
    codes = _CODE_SPLIT_RE.split(text[opening + 1 : closing].strip())
    surfaces = get_vocabulary().surfaces
    return (
        len(codes) > 1
        and all(_CODE_RE.fullmatch(code) for code in codes)
        and any(normalize_phrase(text=code) not in surfaces for code in codes)
    )
