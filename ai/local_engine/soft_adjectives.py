"""A soft skill's adjective that describes a thing, not a person: read the same way in postings and resumes.

Before a noun for a thing it describes the thing: "customer-facing analytics", "creative solutions",
"collaborative filtering", "analytical tools"; before a word for the person or their ways it names the skill
("a detail-oriented individual", "analytical skills", "proactive approach", "a collaborative engineer"), and
so does one that ends a list or a sentence ("creative and proactive").
"""

import re

from ai.local_engine.asked_qualities import keeps_a_confidence, not_the_quality
from ai.local_engine.candidates import Candidate
from ai.local_engine.text import normalize_token
from ai.local_engine.vocab import get_vocabulary

_SOFT_ADJECTIVE_RE = re.compile(r"[\w-]*(?:ive|al|facing|oriented|minded)", re.IGNORECASE)
_THING_AFTER_RE = re.compile(
    r"\s+(?!(?:skills?|attitude|mind|mindset|approach|ethic|person|individual|team|player|nature|manner|"
    r"thinker|thinking|problem|problem-solving|work|way|ways|style|spirit|personality|eye|professional|"
    r"self-starter|communicator|leader|partner|communications?|collaboration|teamwork|leadership|abilit(?:y|ies)|"
    r"and|or|with|in|to|when|about|under|at|by)\b)([a-z][a-z-]+)\b"
)


# After an adverb of a soft skill, a relation between things ("independently of the VPN"); not one to the
# people who would otherwise guide the work ("independently of direct supervision").
_RELATION_AFTER_RE = re.compile(
    r"\s+(?:of|from)\s+(?!(?:\w+\s+)?(?:supervision|oversight|direction|guidance|instruction|management|"
    r"others|help|a\s+manager)\b)"
)


# A soft skill's noun used of machines: "event-driven communication between services", "asynchronous
# communication", "communication between microservices".
_MACHINE_NOUNS = (
    r"services|microservices|systems|components|modules|devices|applications|apps|processes|nodes|servers|"
    r"clients|threads|sensors|machines|controllers|apis|layers|networks|containers|tiers"
)
_BETWEEN_MACHINES_RE = re.compile(
    rf"\s+(?:between|among|across|with|to)\s+(?:(?:the|our|its|different|multiple|[\w-]+)\s+){{0,2}}(?:{_MACHINE_NOUNS})\b",
    re.IGNORECASE,
)
_MACHINE_BEFORE_RE = re.compile(
    r"\b(?:event-driven|asynchronous|async|synchronous|inter-service|interservice|inter-process|serial|wireless|"
    r"network|machine-to-machine|radio|satellite|data|message-based|real-time|rpc)\s+$",
    re.IGNORECASE,
)
# What an event's delegates (its attendees) have: "delegate registration", "delegate packs".
_ATTENDEE_THINGS_RE = re.compile(
    r"\s+(?:registration|management|numbers|lists?|badges|packs|bags|journey|experience|communications|"
    r"feedback|fees|places|rates|accommodation|travel|transfers|services)\b",
    re.IGNORECASE,
)
# Those who own a business or a property: "reports to ownership", "presented to the ownership group".
_OWNERS_BEFORE_RE = re.compile(r"\b(?:to|for|with|from|by)\s+(?:the\s+|our\s+)?$", re.IGNORECASE)
_SOFT_NOUNS = frozenset({"communication", "communications", "collaboration", "coordination", "interaction"})


# Sales prospects: "40 new online leads", "qualified leads", "inbound leads" (not "leads a team of six").
_SALES_LEADS_RE = re.compile(
    r"(?:\d|\b(?:new|online|sales|inbound|outbound|qualified|warm|hot|cold|web|incoming|marketing|fresh|"
    r"buyer|seller|rental|of))\s+$",
    re.IGNORECASE,
)


def describes_a_thing(*, word: str, text: str, end: int) -> bool:
    """Return whether ``word``, a soft skill's one-word adjective ending at ``end`` of ``text``, describes the
    thing named after it, or a soft skill's noun is said of machines ("communication between services")."""
    if word.lower() in {"delegate", "delegates"} and _ATTENDEE_THINGS_RE.match(text, end):
        return True  # "manage delegate registration": an event's attendees, not delegating work
    if word.lower() == "leads" and _SALES_LEADS_RE.search(
        text, max(0, end - len(word) - 30), end - len(word)
    ):
        return True  # "followed up 40 new online leads": prospects, not leading
    if word.lower() == "ownership" and _OWNERS_BEFORE_RE.search(
        text, max(0, end - len(word) - 20), end - len(word)
    ):
        return True  # "monthly variance reports to ownership": the property's owners, not taking ownership
    if word.lower() in _SOFT_NOUNS:
        start = end - len(word)
        return bool(
            _BETWEEN_MACHINES_RE.match(text, end)
            or _MACHINE_BEFORE_RE.search(text, max(0, start - 30), start)
        )
    if word.lower().endswith("ly") and _RELATION_AFTER_RE.match(text, end):
        return True  # "discovers the device's address independently of the VPN": a thing's, not a person's
    if " " in word or not _SOFT_ADJECTIVE_RE.fullmatch(word) or word.lower() == "confidential":
        return False  # (what one handles as confidential shows one's discretion: "the confidential payroll")
    after = _THING_AFTER_RE.match(text, end)
    # A role is a person: "a collaborative engineer", "a creative designer".
    return after is not None and normalize_token(raw=after.group(1)) not in get_vocabulary().role_nouns


# "keep the truck stocked and", "keeping work areas": a thing kept in a state ("yourself" is the person).
_KEPT_STATE_RE = re.compile(
    r"\bkeep(?:s|ing)?\s+(?!yourself\b|themselves\b)(?:(?:the|your|our|a|all|their)\s+)?[a-z][\w-]*"
    r"(?:\s+[a-z][\w-]*){0,2}\s+(?:(?:[a-z]+ed|clean|tidy|safe)\s*,?\s+)?(?:and\s+)?$",
    re.IGNORECASE,
)
_LIVE_BEFORE_RE = re.compile(r"\bliv(?:e|es|ing)\s+(?:more\s+)?$", re.IGNORECASE)
_APPEARANCE_BEFORE_RE = re.compile(r"\b(?:well|smartly|professionally|immaculately)[\s-]+$", re.IGNORECASE)


def trait_of_others(*, candidate: Candidate, text: str) -> bool:
    """Return whether a soft word of the posting describes someone or something else than the hire: the people
    served ("Support participants to live independently"), how one looks ("well presented", not presentation
    skills), a thing kept in a state ("Keep your truck stocked and organized"), or a quality's word said of
    the employer ("a judgement-free team", "at the manager's discretion")."""
    start = candidate.start
    vocabulary = get_vocabulary()
    if not_the_quality(candidate=candidate, text=text, vocabulary=vocabulary):
        return True
    if candidate.key == "independently" and _LIVE_BEFORE_RE.search(text, max(0, start - 12), start):
        return True
    if candidate.key == "presented" and _APPEARANCE_BEFORE_RE.search(text, max(0, start - 20), start):
        return True
    return (
        candidate.category == "soft"
        and _KEPT_STATE_RE.search(text, max(0, start - 50), start) is not None
        and not keeps_a_confidence(candidate=candidate, vocabulary=vocabulary)
    )
