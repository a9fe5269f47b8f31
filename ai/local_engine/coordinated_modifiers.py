"""Adjectives read as a phrase where the posting joins the last to another modifier of one noun
("Demonstrated clinical and leadership experience"): they name no thing of their own, the noun they share
("experience") is what is asked, and that is read apart."""

import re

from ai.local_engine.candidates import Candidate

# Endings of adjectives ("clinical", "electronic", "creative", "various"), and the nouns among words so
# ending, which name a thing of their own ("hospital and clinic staff", "logic and design skills").
_ADJECTIVE_ENDINGS = ("ic", "al", "ive", "ous")
_NOUNS = frozenset(
    """hospital capital terminal journal proposal material signal rental approval referral animal tutorial
    individual professional criminal manual portal arrival removal renewal disposal retrieval logic music
    public clinic topic traffic fabric plastic arithmetic rhetoric mechanic critic executive initiative
    objective detective representative incentive narrative alternative archive motive directive relative
    perspective trial metal email goal deal total dial vial denial medal pedal canal festival rival mural oval
    interval spiral""".split()
)
# "and" or "or", then the other modifier and the noun both share, in the same clause. "interpersonal and
# communication skills" names a skill of each ("interpersonal skills"), read as such.
_SHARED_NOUN_AFTER_RE = re.compile(r"[ \t]+(?:and|or|&)[ \t]+[\w-]+[ \t]+(?P<noun>[A-Za-z][\w-]*)")
_SKILL_NOUNS = frozenset("skills skill abilities ability competencies competency competence".split())


def _adjective(*, word: str) -> bool:
    return word.islower() and word.endswith(_ADJECTIVE_ENDINGS) and word not in _NOUNS


def shared_modifier(*, candidate: Candidate, text: str) -> bool:
    """Return whether the candidate is a participle and an adjective joined by "and"/"or" to another
    modifier of the noun after them ("Demonstrated clinical" of "Demonstrated clinical and leadership
    experience"): no thing named ("commercial mechanical or HVAC contractor" names a trade)."""
    words = candidate.text.split()
    if len(words) < 2 or candidate.category in ("soft", "tool") or not words[-1].endswith(_ADJECTIVE_ENDINGS):
        return False  # (one word joined so, "hydraulic and pneumatic systems", is read as the thing it asks)
    shared = _SHARED_NOUN_AFTER_RE.match(text, candidate.end)
    return (
        shared is not None
        and shared.group("noun").lower() not in _SKILL_NOUNS
        and _adjective(word=words[-1])
        and all(word.lower().endswith("ed") for word in words[:-1])
    )
