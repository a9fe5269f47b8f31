"""A duty line's object: what a line that opens with a duty verb asks to be done ("Perform maintenance
tune-ups for our members", "Diagnose and repair residential split systems")."""

import re

from ai.local_engine.candidates import Candidate
from ai.local_engine.duty_verbs import DUTY_VERBS
from ai.local_engine.text import normalize_token
from ai.local_engine.vocab import get_vocabulary

# How far below the extractor's threshold a duty line's object is still held tentative (as an enumeration's
# items are kept): the extractor, trained on spans in running text, scores a bare duty line low.
DUTY_OBJECT_MARGIN = 4.0
# What may stand before the object's verb: other duty verbs joined to it ("Diagnose and repair", "Recruit,
# hire, train and coach"), after a bullet.
_VERBS_BEFORE_RE = re.compile(
    r"\W*(?:\d+[.)][ \t]*)?(?:[A-Za-z]+(?:[ \t]*,[ \t]*|[ \t]+(?:and|&)[ \t]+|[ \t]*/[ \t]*))*"
)
_MIN_OBJECT_WORDS = 2
# The object ends in a plural noun, things the work handles or makes ("tune-ups", "split systems", "treaty
# terms"); not an adjective or a participle left of a clause ("Stay technical enough", "Keep job sites clean",
# "residents living").
_PLURAL_NOUN_RE = re.compile(r"[a-z][\w-]*[^su'’]s")
# The object ends in a singular noun only after a verb that takes no complement ("Maintain asset register",
# "Prepare month-end balance"): "keep", "make", "stay" and "ensure" end in a state ("Keep job sites clean",
# "Make onboarding smooth"), and an adjective's or a participle's ending is no thing ("workflow efficient").
# "Work" opens a line as a noun as often ("Work involves making sound judgements").
_STATE_VERBS = frozenset("keep make stay ensure set turn see help work".split())
# Endings of an adjective, a participle or an adverb ("efficient", "compliant", "secure", "automated"); and
# "-s", "-u", "'" that the plural rule reads ("status", "menu", "clients'"), left to it.
_NOT_NOUN_ENDINGS = (
    *"al ive ous ful less able ible ic ed ing ly ent ant ary ory ure ish".split(),
    *"s u ' ’".split(),
)
# Verbs whose object is people the job is put in charge of ("supervise student radiographers", "coach junior
# consultants", "manage vendors"): a duty asked, where people after other verbs are whom one works with.
PEOPLE_DUTY_VERBS = frozenset(
    "manage supervise coach mentor train lead recruit hire onboard oversee direct motivate".split()
)
# Verbs left out of the duty verbs as often the noun a skill phrase opens with ("Source control", "Process
# mapping"): joined before a duty verb at a line's start they are verbs too ("Source and manage vendors").
_NOUN_LIKE_VERBS = frozenset("source process test order schedule train plan".split())


def duty_object(*, candidate: Candidate, threshold: float) -> bool:
    """Return whether a phrase the vocabulary does not know opens with a duty verb at the start of its line
    (after other duty verbs only) and names an object of two words or more after it, ending in a plural noun:
    the duty the line asks, however unsure the extractor is, down to ``DUTY_OBJECT_MARGIN`` below its
    ``threshold`` (``requirement_keep`` holds it tentative where nothing else of the line is kept)."""
    words = candidate.text.split()
    people = directs_people(text=candidate.text)
    if (
        candidate.concept_id is not None
        or candidate.category != "phrase"
        or len(words) - 1 < (1 if people else _MIN_OBJECT_WORDS)
        or (words[0].lower() not in DUTY_VERBS and not people)
        or not (_PLURAL_NOUN_RE.fullmatch(words[-1]) or _singular_object(words=words))
        or candidate.score < threshold - DUTY_OBJECT_MARGIN
    ):
        return False
    sentence = candidate.sentence
    before = sentence.text[: candidate.start - sentence.start]
    return _VERBS_BEFORE_RE.fullmatch(before) is not None and all(
        word.lower() in DUTY_VERBS or word.lower() in _NOUN_LIKE_VERBS or word.lower() == "and"
        for word in re.findall(r"[A-Za-z]+", before)
    )


def _singular_object(*, words: list[str]) -> bool:
    """Return whether a duty's object ends in a singular noun of a thing the work keeps ("asset register"),
    all in lower case ("Own Salesforce CPQ" names a product) and with no verb of a clause ("making")."""
    return (
        words[0].lower() not in _STATE_VERBS
        and all(word.islower() and not word.endswith("ing") for word in words[1:])
        and words[-1].isalpha()
        and not words[-1].endswith(_NOT_NOUN_ENDINGS)
    )


def directs_people(*, text: str) -> bool:
    """Return whether a phrase is a verb of putting people to work and the people ("supervise student
    radiographers", "coach junior consultants", "manage vendors"): the duty asked, not whom one works with."""
    words = text.split()
    last = words[-1] if words else ""
    return (
        len(words) > 1
        and words[0].lower() in PEOPLE_DUTY_VERBS
        and last.islower()
        and last.endswith("s")
        and normalize_token(raw=last) in get_vocabulary().role_nouns
    )
