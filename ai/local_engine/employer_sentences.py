"""Sentences about the employer, not asking anything of the candidate."""

import re

# A sentence whose subject is the employer ("We value collaboration", "Our lab, led by ...", "The team guides
# ...") describes it, not the candidate; unless it goes on to ask ("we are looking for", "you will").
_ABOUT_US_RE = re.compile(
    r"^[\W\d]*(?:we\b|we['’]re\b|our\b|at\s+<?[A-Z]|the\s+(?:company|team|lab|group|department|unit|section|"
    r"organi[sz]ation|centre|center|firm)\b|this\s+(?:team|lab|group)\b|<organization>)",
    re.IGNORECASE,
)
_ASKING_RE = re.compile(
    r"\b(?:you|your|candidate|applicant|looking for|seeking|searching for|hiring|need|expect|require|"
    r"would love|['’]d love|ideal|must|should|will\s+(?:have|be|bring))\b",
    re.IGNORECASE,
)


def about_us(*, sentence: str) -> bool:
    """Return whether a sentence describes the employer rather than asking anything of the candidate."""
    return bool(_ABOUT_US_RE.match(sentence)) and not _ASKING_RE.search(sentence)
