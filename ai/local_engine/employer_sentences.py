"""Sentences about the employer, not asking anything of the candidate."""

import functools
import re

from ai.local_engine.text import SENTENCE_CACHE_SIZE

# A sentence whose subject is the employer ("We value collaboration", "Our lab, led by ...", "The team guides
# ...", "At Acme we ...") describes it, not the candidate; unless it goes on to ask ("we are looking for",
# "you will"). "At" counts only before a name: "At least 3 years of ..." asks.
_ABOUT_US_RE = re.compile(
    # ("Company description: We're a food startup": the board's label first)
    r"^[\W\d]*(?:(?:company\s+(?:description|overview|profile)|about\s+(?:us|the\s+company))\s*:\s*)?"
    r"(?:we\b|we['’]re\b|our\b|at\s+<?(?-i:[A-Z])|the\s+(?:company|team|lab|group|department|unit|section|"
    r"organi[sz]ation|centre|center|firm)\b|this\s+(?:team|lab|group)\b|<organization>)",
    re.IGNORECASE,
)
_ASKING_RE = re.compile(
    r"\b(?:you|your|candidate|applicant|looking (?:for|to)|seeks?|seeking|searching for|"
    r"hir(?:e|es|ing)|recruiting|wants? (?:a|an|someone|people)|"
    r"need|expect|require|"
    r"would love|['’]d love|ideal|must|should|will\s+(?:have|be|bring))\b",
    re.IGNORECASE,
)


# The employer as subject after where or when it stands ("In our research group we apply glycoengineering
# ...", "Together with customers and partners we improve industrial performance", "In 14 technology hubs
# worldwide our team of 40,000+ technologists design ...").
_SET_BEFORE_US_RE = re.compile(
    r"^[\W\d]*(?:in|at|within|across|together\s+with|today|since|over|for\s+(?:over|more\s+than))\s"
    r"[^,;:.!?]{0,80}?[\s,]\s*(?:we|our)\s",
    re.IGNORECASE,
)
# A unit of the employer named at length, saying what it is or has: "The School of Geography, Earth and
# Environmental Sciences is home to 70 academic staff", "The urogynaecology team consists of four nurses",
# "The Mechanical Product Development Department is responsible for designing cabinets".
_UNIT_IS_RE = re.compile(
    r"^[\W\d]*the\s+(?:[\w&'’-]+\s+){0,4}?(?:company|team|lab|laboratory|group|department|unit|section|"
    r"organi[sz]ation|centre|center|firm|school|university|faculty|institute|hospital|clinic|division|studio)"
    r"(?:\s+of\s+[\w&'’, -]{1,60}?)?\s+(?:is|are|was|were|has|have|consists|comprises|houses|holds)\b",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=SENTENCE_CACHE_SIZE)
def about_us(*, sentence: str) -> bool:
    """Return whether a sentence describes the employer rather than asking anything of the candidate (read
    once per sentence: the readers of each candidate, of gaps, languages and kept requirements all ask)."""
    return any(
        pattern.match(sentence) for pattern in (_ABOUT_US_RE, _SET_BEFORE_US_RE, _UNIT_IS_RE)
    ) and not _ASKING_RE.search(sentence)


# "Delta Crest Energy Services Ltd, an indigenous oil and gas service company and a member of NCDMB's Joint
# Qualification System (NJQS), is recruiting ...": what the employer is, between its name and its verb.
_APPOSITION_RE = re.compile(
    r"^\W*[A-Z][\w&.'’-]*(?:\s(?:of\s|&\s)?[A-Z][\w&.'’-]*)+\s*,\s+(?:a|an|the|one\s+of)\s"
    r"(?P<about>[^,;:]*?),\s+(?:is|are|has|have|seeks|wants|invites)\b"
)


def in_employer_apposition(*, sentence: str, start: int) -> bool:
    """Return whether offset ``start`` of a sentence stands in the words that say what the employer is,
    between its name and its verb (see above)."""
    if sentence.count(",") < 2:
        return False  # (every match holds the two commas around the apposition: most sentences fail here)
    match = _APPOSITION_RE.match(sentence)
    return match is not None and match.start("about") <= start < match.end("about")


# What the employer's own people work with, said of them: "We use Python and Kafka", "Our stack consists of
# React", "the platform is built on AWS", "our engineers work with Terraform": tools the hire will use too.
_WORKS_WITH_RE = re.compile(
    r"\b(?:use[sd]?|using|utili[sz](?:e|es|ed|ing)|leverag(?:e|es|ed|ing)|work(?:s|ing)?\s+(?:with|in|on)|"
    r"built\s+(?:on|with|in|using|upon)|(?:written|coded|developed)\s+in|runs?\s+on|running\s+on|"
    r"powered\s+by|rel(?:y|ies|ying)\s+on|via|stacks?|toolchain|codebase|"
    r"(?:tools|technologies|languages|frameworks|libraries)\s+(?:like|such\s+as|include|including|from|we|:))\b",
    re.IGNORECASE,
)


# The team the hire joins, as the subject: "Our finance team handles month-end close and payables" says what
# the job's own team does (not "our team of 800 technologists": the whole employer, counted).
_TEAM_SUBJECT_RE = re.compile(
    r"^[\W\d]*(?:our|the|this)\s+(?:[\w&-]+\s+){0,2}?(?:team|department|unit|function)\b(?!\s+of\b)",
    re.IGNORECASE,
)


def employer_business(*, sentence: str) -> bool:
    """Return whether a sentence describes the employer, what it is, does or sells, and not what its people
    work with: an about-us sentence that names no tool, stack or way of working ("Our platform standardises
    onboarding and data management for banks", "we are a leader in investment banking"), whose subject is not
    the team the hire joins."""
    return (
        about_us(sentence=sentence)
        and not _WORKS_WITH_RE.search(sentence)
        and not _TEAM_SUBJECT_RE.match(sentence)
    )
