"""What a phrase candidate is not made of at its edges: how a duty is done ("tail lifts safely"), how long it
was done ("2+ yrs manual testing") and, where a credential's name needs the room, the word that asks for it
("current WA unrestricted electrical licence")."""

import re

from ai.local_engine.text import STOPWORDS, Token, normalized_words
from ai.local_engine.vocab import everyday_words

# "2+ yrs", "3 years", "6 months", "1yr": a duration before what was done
_FIGURE_RE = re.compile(r"\d+(?:\.\d+)?\+?")
_GLUED_DURATION_RE = re.compile(r"\d+(?:\.\d+)?\+?(?:yrs?|years?|months?|mos)")
# How much a thing is wanted, said after it: "ISTQB Foundation advantageous", "SQL essential".
_CUE_WORDS = frozenset(
    "advantageous preferred preferable desirable desired essential mandatory required helpful".split()
)
_WHEN_WORDS = frozenset({"recent", "previous", "prior"})  # ("Current ..." names a credential held)
_DURATION_UNITS = frozenset("yr yrs year years month months mos".split())
_HOLDING_VERBS = frozenset("hold holds holding possess possesses".split())
_COUNTS = frozenset("one two three four five".split())
# "Distributed systems concepts", "OOP fundamentals": the field is the skill; the word after it says only that
# its grounding is asked.
_GROUNDING_WORDS = frozenset({"concepts", "fundamentals"})


def _adverb(*, word: str) -> bool:
    """Return whether a word is an adverb made from an everyday adjective ("safely", "accurately",
    "quickly"): how a duty is done, never part of what it names ("tail lifts safely")."""
    lower = word.lower()
    if len(lower) < 6 or not lower.endswith("ly"):
        return False
    stem = lower[:-2]
    everyday = everyday_words()
    return stem in everyday or stem + "e" in everyday or (stem.endswith("i") and stem[:-1] + "y" in everyday)


def trim_edges(*, pending: list[int], tokens: list[Token]) -> None:
    """Drop from the phrase's token indexes ``pending`` a trailing adverb and a leading duration."""
    while pending and (
        (_adverb(word=tokens[pending[-1]].text) and tokens[pending[-1]].text.islower())  # ("Managing Safely")
        or tokens[pending[-1]].text.lower() in _CUE_WORDS
    ):
        pending.pop()  # "load with tail lifts safely", "ISTQB Foundation advantageous": how, not what
    while pending and tokens[pending[-1]].norm in STOPWORDS:
        pending.pop()  # "on-hand": the opening of a hyphenated word whose rest is no word of a phrase
    if len(pending) == 2 and tokens[pending[0]].norm in STOPWORDS:
        # "In-depth knowledge", "in-house or agency": a lone hyphenated word says how, not what
        del pending[:1]
    if len(pending) > 2 and tokens[pending[-1]].text.lower() in _GROUNDING_WORDS:
        pending.pop()
    if not pending:
        return
    if len(pending) > 1 and tokens[pending[0]].text in ("s", "S"):
        del pending[:1]  # "1 year's Class 1 experience": the possessive's "s", split off by the apostrophe
    first = tokens[pending[0]].text.lower()
    if _GLUED_DURATION_RE.fullmatch(first):
        del pending[:1]  # "2yrs manual testing"
    elif len(pending) > 1 and _FIGURE_RE.fullmatch(first):
        if tokens[pending[1]].text.lower() in _DURATION_UNITS:
            del pending[:2]  # "2+ yrs manual testing": how long, then what
    if len(pending) > 2 and tokens[pending[0]].text.lower() in _HOLDING_VERBS:
        del pending[:1]  # "Hold current SC clearance": the credential is what is held
    if (
        len(pending) > 1
        and tokens[pending[0]].text.lower() in _COUNTS
        and tokens[pending[1]].text[:1].isupper()
    ):
        del pending[:1]  # "at least one SIEM", "one EDR platform": how many, then what
    while len(pending) > 1 and tokens[pending[0]].text.lower() in _WHEN_WORDS:
        del pending[:1]  # "1 year of recent warehouse experience": when, then what


# A credential's noun ends its name: a run one word too long for a phrase drops the adjective that asks for it
# ("current WA unrestricted electrical licence" is "WA unrestricted electrical licence", not "current WA
# unrestricted electrical" and "licence").
_CREDENTIAL_HEADS = normalized_words(
    words=("licence", "license", "licensure", "registration", "certification", "certificate", "clearance")
)
_ASKING_ADJECTIVES = normalized_words(words=("current", "valid", "active", "full"))


def drop_asking_adjective(*, pending: list[int], tokens: list[Token], longest: int) -> None:
    """Drop from a credential's run one word longer than ``longest`` the adjective that asks for it."""
    if (
        len(pending) == longest + 1
        and tokens[pending[-1]].norm in _CREDENTIAL_HEADS
        and tokens[pending[0]].norm in _ASKING_ADJECTIVES
    ):
        del pending[0]


# "A level Mathematics", "AS level": the letters name the qualification, not an article.
_LEVEL_LETTERS = frozenset({"A", "AS"})
# Stopwords that open a hyphenated word of where or when work is done ("on-site", "in-house", "off-site",
# "after-hours") and the "A" of a grade ("A-check"); not "well-", "US-" or "up-", which open adjectives.
_HYPHEN_OPENINGS = frozenset({"on", "On", "in", "In", "off", "Off", "after", "After", "A"})


def joined_prefix(*, text: str, tokens: list[Token], index: int) -> bool:
    """Return whether a stopword opens a phrase: the first part of a hyphenated word ("on-time delivery",
    "on-call", "on-site coordination", "in-house") or the letters of "A level". A stopword after a hyphen
    ("day-to-day") or before another ("up-to-date") opens nothing."""
    if index + 1 >= len(tokens):
        return False
    token, following = tokens[index], tokens[index + 1]
    if token.text in _LEVEL_LETTERS and following.norm == "level":
        return True
    return (
        token.text in _HYPHEN_OPENINGS
        and text[token.end : following.start] == "-"
        and following.norm not in STOPWORDS
        and following.text.isalpha()
        and not (index > 0 and text[tokens[index - 1].end : token.start] == "-")
    )


def spaced_ampersand(*, text: str, tokens: list[Token], index: int) -> bool:
    """Return whether "&" with spaces around it joins the token to the previous one ("cash handling & night
    audit", after a phrase of two words or more): two things, as with "and"; "R&D", "P&L", "Hargrove & Pike"
    are one name, and "health & safety", "oil & gas" one pair of words."""
    return (
        index > 0
        and text[tokens[index - 1].end : tokens[index].start] == " & "
        and not (tokens[index - 1].text[:1].isupper() and tokens[index].text[:1].isupper())
    )


# Prefixes that, hyphenated to a word, make a new word of it ("pre-sales", "post-production", "non-profit",
# "anti-fraud", "semi-structured"); not "co-" or "re-", which spell words that stay the same ("co-ordinate").
_BOUND_PREFIXES = frozenset({"pre", "post", "non", "anti", "semi"})


def prefixed_word(*, text: str, tokens: list[Token], index: int, pending: list[int]) -> bool:
    """Return whether the token is the second part of a word a prefix opens ("sales" of "pre-sales"): the
    whole word is the phrase's, its second part no term of its own ("pre-sales" is no sales work)."""
    return (
        bool(pending)
        and pending[-1] == index - 1
        and tokens[index - 1].norm in _BOUND_PREFIXES
        and text[tokens[index - 1].end : tokens[index].start] == "-"
    )
