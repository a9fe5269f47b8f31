"""The spans of a job posting never read as requirements: e-mail addresses, URLs, domains, phone numbers,
a city with its region code, a saint's or a mount's place and a request of what to send when applying."""

import re

from ai.local_engine.cue_gates import case_blind
from ai.local_engine.regex_guards import starts_guarded

# Possessive runs: each is followed by a character outside it ("@", ".") or by nothing, so giving back
# could never match, only cost time at every place of a word.
_EMAIL_RE = re.compile(r"[\w.+-]++@[\w-]++(?:\.[\w-]++)++")
_URL_RE = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
# A domain (its runs possessive, as the e-mail's), and the page's path: "our privacy notice at
# harbourline.ie/privacy."
_DOMAIN_RE = re.compile(
    r"\b[\w-]++(?:\.[\w-]++)*\.(?:com|org|net|io|ai|co|de|ch|uk|fr|es|it|nl|eu|us|ca|in|au|jobs|careers|dev|app|"
    r"ie|nz|za|sg|pl|se|no|dk|fi|be|at|pt|br|mx|jp|hk|my|ph|ke|ng|ae|gov|edu|example)\b"
    r"(?:/[\w%~-]*+(?:[./][\w%~-]++)*+)?",
    re.IGNORECASE,
)
_PHONE_RE = starts_guarded(
    re.compile(r"(?:\+|\(|\b)\d[\d\s().-]{7,}\d(?:\s*(?:ext\.?|x)\s*\d{1,5})?|\bext\.?\s*\d{1,5}\b", re.I)
)
# "San Francisco, CA", "Portland, OR", "Toronto, ON": a city and a US state or Canadian province code.
_REGION_CODES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|"
    "OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|ON|BC|QC|AB|MB|NS|"
    # Australian states and territories: "Canberra ACT", "Parramatta, NSW"
    "NSW|VIC|QLD|TAS|ACT|NT|SA"
)
# "Mesa AZ", "Portland OR" without the comma: only where the line or a part of it ends there.
# (Its first capital, not "\b" before it, opens the pattern: a pattern opening with a set of characters is
# found by a fast scan for them. "\b" before a capital is no word character before it: "(?<!\w[A-Z])".)
_CITY_REGION_RE = re.compile(
    rf"[A-Z](?<!\w[A-Z])[a-z]+(?:\s+[A-Z][a-z]+){{0,2}}(?:,\s*(?:{_REGION_CODES})\b|"
    rf"[ \t]+(?:{_REGION_CODES})(?=[ \t]*(?:\n|$|[|·•()])))"
)
# "Bury St Edmunds", "St. Louis", "Mt Pleasant": a saint's or a mount's short form before a name is a place's
_SAINT_PLACE_RE = re.compile(r"\b(?:St|Ste|Mt|Ft)\.?\s+[A-Z][a-z]+")
# "...; please attach two writing samples", "Please include a link to your reel": how to apply, in a clause
_PLEASE_SEND_RE = re.compile(
    r"\bplease\s+(?:attach|include|send|submit|upload|enclose|forward|provide|share)\b[^.;\n]*",
    re.IGNORECASE,
)

# The masking patterns in their order, each with literals one of which its every match holds (lower case,
# but the saint's place: its pattern is case-sensitive), or None.
_MASKS: tuple[tuple[re.Pattern[str], tuple[str, ...] | None], ...] = (
    (_EMAIL_RE, ("@",)),
    (_URL_RE, ("http", "www.")),
    (_DOMAIN_RE, None),
    (_PHONE_RE, None),
    (_CITY_REGION_RE, None),
    (_SAINT_PLACE_RE, ("St", "Mt", "Ft")),
    (_PLEASE_SEND_RE, ("please",)),
)


def mask_spans(*, text: str) -> list[tuple[int, int]]:
    """Return the (start, end) of every match of the masking patterns in the posting, pattern by pattern."""
    # An e-mail address needs an "@", a URL "http" or "www.", a saint's place "St", "Mt" or "Ft" and a
    # request "please": a pattern whose literal the posting lacks cannot match, and is not run over it.
    lower = case_blind(text)
    patterns = [
        pattern
        for pattern, literals in _MASKS
        if literals is None
        or any(literal in (text if pattern is _SAINT_PLACE_RE else lower) for literal in literals)
    ]
    return [(match.start(), match.end()) for pattern in patterns for match in pattern.finditer(text)]
