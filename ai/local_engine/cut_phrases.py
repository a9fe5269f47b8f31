"""Phrases the extractor cut short: a name that ends on a modifier whose noun is read apart ("test embedded"
of "test embedded C firmware", where "C" is a name of its own; "wean invasive" of "wean invasive and
non-invasive mechanical ventilation"). Such a phrase names nothing to screen for."""

import re

from ai.local_engine.text import normalize_token
from ai.local_engine.vocab import get_vocabulary

# A modifier's endings: "embedded", "invasive", "continuous" (an "-ive" noun, "executive", is no modifier).
_MODIFIER_RE = re.compile(r"[a-z]{3,}(?:ed|ive|ous)")
_IVE_NOUNS = frozenset(
    "executive representative initiative objective narrative incentive directive detective relative native "
    "alternative".split()
)
# A modifier's state of being qualified: "CPA qualified or part-qualified" holds the credential it names.
_STATES = frozenset({"qualified", "certified", "licensed", "registered", "accredited", "chartered"})
# More of the phrase follows: a word after a space, or after "and" / "or" and another modifier
# ("invasive and non-invasive mechanical ventilation"); not a comma, a full stop or the end
# ("qualified or part-qualified;").
# Adjectives of other shapes, read as cut only when paired with another modifier before the noun ("treat
# acute" of "treat acute and chronic conditions", "residential" of "residential and commercial properties").
_PAIRED_ADJECTIVES = frozenset(
    """acute chronic complex routine urgent primary secondary internal external domestic international
    residential commercial industrial public private minor major simple basic advanced manual digital
    physical mental written verbal oral local national federal new existing batch streaming real-time
    online offline unit integration frontend backend front-end back-end""".split()
)
_OTHER_MODIFIER_RE = re.compile(r" +(?:and|or|and/or) +([\w-]+)")
# Adjectives joined by a comma before their noun: "Build warm, respectful relationships", "Provide safe,
# effective care", "Prepare fresh, seasonal dishes": the phrase cut at the comma ends on the first one.
_PLAIN_ADJECTIVES = frozenset(
    """warm safe fresh clear clean friendly accurate timely high quick fast strong positive calm healthy
    welcoming secure efficient consistent concise open honest fair prompt smooth tidy engaging nurturing
    caring stimulating supportive inclusive""".split()
)
_ADJECTIVE_RE = re.compile(r"[a-z]{3,}(?:ful|ous|ive|able|ible)")
_COMMA_MODIFIER_RE = re.compile(r", +([a-z][\w-]*) +[a-z]")
_AL_IC_RE = re.compile(r"[a-z]{4,}(?:al|ic)")  # "seasonal", "strategic": a modifier after the comma
_WORD_AFTER_RE = re.compile(r" +[A-Za-z]")


# A hyphenated modifier alone before a named skill: "full-cycle" of "full-cycle payroll experience",
# "end-to-end" of "end-to-end Salesforce implementations" (the name is read apart; the modifier names
# nothing).
_HYPHENED_RE = re.compile(r"[a-z]{2,}(?:-[a-z]{2,})+")
_NAME_AFTER_RE = re.compile(r" +([A-Za-z][\w+#]*)")
_NOT_NAMES = frozenset({"experience", "skill", "knowledge", "role", "environment", "team", "setting"})


def _modifies_a_name(*, text: str, phrase: str, end: int) -> bool:
    """Return whether ``phrase`` is one hyphenated modifier in lower case and a name the vocabulary holds
    follows it ("full-cycle" then "payroll")."""
    after = _NAME_AFTER_RE.match(text, end)
    if after is None or not _HYPHENED_RE.fullmatch(phrase):
        return False
    norm = normalize_token(raw=after.group(1))
    return norm not in _NOT_NAMES and norm in get_vocabulary().surfaces


def _comma_modifier(*, word: str) -> bool:
    """Return whether the word after a comma modifies the noun after it ("respectful", "seasonal")."""
    return (
        word in _PLAIN_ADJECTIVES
        or word in _PAIRED_ADJECTIVES
        or (_ADJECTIVE_RE.fullmatch(word) is not None and word not in _IVE_NOUNS)
        or _AL_IC_RE.fullmatch(word) is not None
    )


def cut_short(*, text: str, phrase: str, end: int) -> bool:
    """Return whether ``phrase`` (ending at ``end`` in ``text``) stops on a modifier with more words after
    it: its noun is elsewhere, and the phrase names nothing."""
    if _modifies_a_name(text=text, phrase=phrase, end=end):
        return True
    last = phrase.rsplit(None, 1)[-1].lower()
    if last in _PLAIN_ADJECTIVES or (_ADJECTIVE_RE.fullmatch(last) and last not in _IVE_NOUNS):
        other = _COMMA_MODIFIER_RE.match(text, end)
        if other is not None and _comma_modifier(word=other.group(1)):
            return True
    if last in _PAIRED_ADJECTIVES:
        other = _OTHER_MODIFIER_RE.match(text, end)
        return (
            other is not None
            and (
                other.group(1).lower() in _PAIRED_ADJECTIVES
                or _MODIFIER_RE.fullmatch(other.group(1).lower()) is not None
            )
            and _WORD_AFTER_RE.match(text, other.end()) is not None
        )
    if not phrase.endswith(("ed", "ive", "ous")):
        return False  # most phrases end in a noun: answered here
    if _MODIFIER_RE.fullmatch(last) is None or last in _IVE_NOUNS or last in _STATES:
        return False
    other = _OTHER_MODIFIER_RE.match(text, end)
    if other is None:
        return _WORD_AFTER_RE.match(text, end) is not None
    # "meetings booked and pipeline generated": two things done, not two modifiers of one noun
    modifier = other.group(1).lower().rsplit("-", 1)[-1]
    return (
        _MODIFIER_RE.fullmatch(modifier) is not None and _WORD_AFTER_RE.match(text, other.end()) is not None
    )
