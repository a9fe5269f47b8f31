"""Read an unmet requirement that is only another form of a met one from the same posting sentence.

"Good communication skills, including with patients with communication difficulties": the posting asks one
thing, communication, and names where it is used. When the sentence's reading keeps "communication
difficulties" both as an alternative of the met "communication skills" and as a requirement of its own, the
second is the same ask seen twice: met with the first, not a gap to list.
"""

from ai.local_engine.generic_heads import GENERIC_HEADS
from ai.local_engine.resume_view import Match
from ai.local_engine.text import STOPWORDS, tokenize


def _content(text: str) -> frozenset[str]:
    return frozenset(t.norm for t in tokenize(text=text) if t.norm not in STOPWORDS and t.norm.isalpha())


def by_met_alternative(*, match: Match, matches: list[Match]) -> Match | None:
    """Return ``match``'s requirement met through a met requirement of the same sentence that holds it as an
    alternative naming the same thing (the met one's words, less a head such as "skills", all in it), or None.

    An alternative of other words ("reporting" or "star schemas") is another skill, and one sharing only a
    head ("continence care" of "personal care") a part of it asked for itself: both stay gaps.
    """
    requirement = match.requirement
    if match.met:
        return None
    name = requirement.name.lower()
    words = _content(requirement.name)
    for other in matches:
        if (
            other.met
            and other.requirement is not requirement
            and other.requirement.sentence == requirement.sentence
            and name in (a.lower() for a in other.requirement.alternatives)
            and (core := _content(other.requirement.name) - GENERIC_HEADS)
            and core <= words
        ):
            return Match(
                requirement=requirement,
                credit=other.credit,
                evidence=other.evidence,
                matched=other.matched,
                via="alternative",
                context=other.context,
            )
    return None
