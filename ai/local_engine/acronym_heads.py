"""Name an acronym's requirement with the noun its bracket stands before, where the acronym spells out a list
of modifiers: "mechanical, electrical and plumbing (MEP) drawings" asks to read MEP drawings, not the three
trades. A name spelled out ("Registered Dietitian Nutritionist (RDN) credential", "net revenue retention
(NRR) target") stays: it says more than its letters and the noun after them."""

import re
from collections.abc import Sequence

from ai.local_engine.duty_verbs import DUTY_VERBS
from ai.local_engine.requirement_model import Requirement
from ai.local_engine.text import STOPWORDS, normalize_phrase

# The acronym, its closing bracket and the lower-case noun right after it ("MEP) drawings").
_ACRONYM_HEAD_RE = re.compile(r"([A-Z][A-Z&/]{1,7})\)[ \t]+([a-z]{4,})\b")
# A list spelled out: "mechanical, electrical and plumbing", "heating, ventilation and air conditioning".
_LIST_RE = re.compile(r",|\s(?:and|&)\s")
# Endings of a word that does not name a thing: an adverb, a participle, a verb's "-ing" form.
_NO_NOUN_ENDINGS = ("ly", "ed", "ing")


def name_acronym_heads(*, requirements: Sequence[Requirement], text: str) -> None:
    """Rename, in place, each requirement read at a bracketed acronym that spells out a list and is followed
    by a noun to the acronym and the noun ("MEP drawings"); its old keys stay, so whatever showed it still
    does."""
    for requirement in requirements:
        match = _ACRONYM_HEAD_RE.match(text, requirement.position)
        if (
            match is None
            or normalize_phrase(text=match.group(1)) != requirement.key
            or not _LIST_RE.search(requirement.name)
        ):
            continue
        noun = match.group(2)
        if noun in STOPWORDS or noun in DUTY_VERBS or noun.endswith(_NO_NOUN_ENDINGS):
            continue
        name = f"{match.group(1)} {noun}"
        requirement.alternative_keys = tuple(dict.fromkeys((*requirement.alternative_keys, requirement.key)))
        requirement.asked_as = requirement.asked_as or requirement.name
        requirement.name, requirement.key = name, normalize_phrase(text=name)
