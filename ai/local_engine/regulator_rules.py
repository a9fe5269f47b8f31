"""A regulator's rules a posting asks the work to meet: "meet the regulatory expectations of the Central Bank
of Ireland", "the rules of the Financial Conduct Authority (FCA)". Knowledge of them is asked, met where the
resume names the regulator (or its letters)."""

import re

from ai.local_engine.job import Importance
from ai.local_engine.requirement_model import Requirement
from ai.local_engine.text import Sentence, normalize_phrase

_WORD = r"[A-Z][\w'’-]*"
# A regulator's name: capitalised words ending in the kind of body that regulates, a place or field after
# "of" allowed ("Central Bank of Ireland", "Securities and Exchange Commission", "Care Quality Commission").
_REGULATOR = (
    rf"(?P<regulator>(?:{_WORD}[ \t]+(?:(?:and|&)[ \t]+)?){{1,4}}"
    r"(?:Bank|Authority|Commission|Regulator|Agency|Executive|Ombudsman)"
    rf"(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?{_WORD}(?:[ \t]+{_WORD})?)?)"
    r"(?:[ \t]*\((?P<letters>[A-Z]{2,6})\))?"
)
# What of the regulator is asked: its rules, said to be a regulator's ("standards of the Bank" may be the
# employer's own).
_RULES = (
    r"(?P<rules>regulatory[ \t]+(?:expectations|requirements|guidance|rules|standards|obligations|framework)|"
    r"regulations|rules|guidance)"
)
_RULES_OF_RE = re.compile(rf"\b{_RULES}[ \t]+of[ \t]+(?:the[ \t]+)?{_REGULATOR}")
# Every match of ``_RULES`` holds one of these (the pattern is case-sensitive).
_RULES_WORDS = ("regulat", "rules", "guidance")


def add_regulator_rules(
    *, items: dict[tuple, Requirement], asks: list[Sentence], importance: Importance
) -> None:
    """Add to ``items`` (a requirement builder's) the rules of each regulator an ask names, knowledge met by
    the regulator's name; what was read inside the regulator's name ("Central") goes."""
    for sentence in asks:
        if not any(word in sentence.text for word in _RULES_WORDS):
            continue  # most sentences name no rules: skip the pattern there
        for match in _RULES_OF_RE.finditer(sentence.text):
            regulator, letters = match.group("regulator"), match.group("letters")
            name = f"{regulator} {match.group('rules')}"
            key = normalize_phrase(text=name)
            start, end = sentence.start + match.start("regulator"), sentence.start + match.end("regulator")
            for identity, requirement in list(items.items()):
                if start <= requirement.position < end:
                    del items[identity]  # "Central" of "Central Bank of Ireland": a word of its name
            items[("k", key)] = Requirement(
                id="",
                name=name,
                kind="hard_skill",
                importance=importance.at(sentence_start=sentence.start, position=start),
                sentence=sentence.text,
                key=key,
                concept_id=None,
                position=sentence.start + match.start(),
                alternative_keys=tuple(
                    normalize_phrase(text=k) for k in (regulator, letters) if k is not None
                ),
            )
