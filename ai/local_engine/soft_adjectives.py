"""A soft skill's adjective that describes a thing, not a person: read the same way in postings and resumes.

Before a noun for a thing it describes the thing: "customer-facing analytics", "creative solutions",
"collaborative filtering", "analytical tools"; before a word for the person or their ways it names the skill
("a detail-oriented individual", "analytical skills", "proactive approach", "a collaborative engineer"), and
so does one that ends a list or a sentence ("creative and proactive").
"""

import re

from ai.local_engine.text import normalize_token
from ai.local_engine.vocab import get_vocabulary

_SOFT_ADJECTIVE_RE = re.compile(r"[\w-]*(?:ive|al|facing|oriented|minded)", re.IGNORECASE)
_THING_AFTER_RE = re.compile(
    r"\s+(?!(?:skills?|attitude|mind|mindset|approach|ethic|person|individual|team|player|nature|manner|"
    r"thinker|thinking|problem|problem-solving|work|way|ways|style|spirit|personality|eye|professional|"
    r"self-starter|communicator|leader|communications?|collaboration|teamwork|leadership|abilit(?:y|ies)|"
    r"and|or|with|in|to|when|about|under|at|by)\b)([a-z][a-z-]+)\b"
)


# After an adverb of a soft skill, a relation between things ("independently of the VPN"); not one to the
# people who would otherwise guide the work ("independently of direct supervision").
_RELATION_AFTER_RE = re.compile(
    r"\s+(?:of|from)\s+(?!(?:\w+\s+)?(?:supervision|oversight|direction|guidance|instruction|management|"
    r"others|help|a\s+manager)\b)"
)


def describes_a_thing(*, word: str, text: str, end: int) -> bool:
    """Return whether ``word``, a soft skill's one-word adjective ending at ``end`` of ``text``, describes the
    thing named after it."""
    if word.lower().endswith("ly") and _RELATION_AFTER_RE.match(text, end):
        return True  # "discovers the device's address independently of the VPN": a thing's, not a person's
    if " " in word or not _SOFT_ADJECTIVE_RE.fullmatch(word):
        return False
    after = _THING_AFTER_RE.match(text, end)
    # A role is a person: "a collaborative engineer", "a creative designer".
    return after is not None and normalize_token(raw=after.group(1)) not in get_vocabulary().role_nouns
