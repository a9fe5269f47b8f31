"""Which resume lines list the posting's own asks and nothing of the writer's: "National Quality Framework,
CPR, Anaphylaxis certificate" or "Bristol property market, Consumer Protection from Unfair Trading
Regulations, probate market" at a resume's end, under whatever heading it ended with. Such a line is a keyword
list wherever it stands (``resume_view``): its names are listed, not shown at work or in a sentence, and it
holds no credential or degree. Excepted: a line of credentials under a credentials heading ("CPR, First Aid
certificate" under Certifications is what it holds), and the lines under the name ("Full driving licence, own
car"), where a UK CV states what it holds."""

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ai.local_engine.copied_text import CREDENTIAL_NORMS, FUNCTION_WORDS, WORK_SECTIONS
from ai.local_engine.requirement_model import JobRequirements
from ai.local_engine.resume_facts import ResumeFacts
from ai.local_engine.sections import heading_kind
from ai.local_engine.text import normalized_words, tokenize

_SEPARATOR_RE = re.compile(r"[,;|·•▪●◦■\u2022]")
_LABEL_RE = re.compile(r"^[^:,]{1,40}:\s+")
# A credential's short name: "CPR", "BLS", "CPCS", "AZ-204".
_CARD_RE = re.compile(r"[A-Z][A-Z0-9+-]{1,6}")
_HELD_NORMS = CREDENTIAL_NORMS | normalized_words(words=("card", "ticket", "permit", "endorsement"))
_HELD_SECTIONS = frozenset({"certifications", "education"})
_ITEMS_MIN = 2
_OPENING_SECTIONS = frozenset({"header", "contact"})


def _norms(text: str) -> list[str]:
    return [token.norm for token in tokenize(text=text)]


def _credential_item(item: str) -> bool:
    """Return whether a list's item names a credential: by a credential's word or its short letters."""
    return bool(_CARD_RE.fullmatch(item)) or bool(_HELD_NORMS.intersection(_norms(item)))


@dataclass(frozen=True, slots=True)
class _Asks:
    """What a posting asks, as a resume's line may list it."""

    words: frozenset[str]  # the posting's words, and those its requirements are named by
    others: frozenset[tuple[str, ...]]  # the names of what it asks other than credentials


def _asks(job: JobRequirements) -> _Asks:
    # ("Diploma or degree in Civil Engineering Technology": the engine's name for what the posting asks)
    words = frozenset(job.norms).union(*(_norms(f"{r.name} {r.asked_as}") for r in job.requirements))
    others = frozenset(
        tuple(_norms(name))
        for r in job.requirements
        if r.kind != "certification"
        for name in (r.name, r.asked_as)
        if name
    )
    return _Asks(words=words, others=others)


def _asked_list(*, text: str, section: str, asks: _Asks) -> bool:
    """Return whether a line lists two or more names in the posting's words alone: no word of the writer's own
    (a year, an issuer, a school, a place of work), no sentence's full stop. Under a credentials heading or
    label, a line of credentials with words of their own ("Florida driver's license, clean record", "FINRA
    SIE, Series 6, Series 63") is what the writer holds: it is a keyword list there only when it lists a
    skill, tool or duty the posting asks beside them."""
    if text.rstrip().endswith("."):
        return False
    label = _LABEL_RE.match(text)
    body = text[label.end() :] if label else text
    items = [item.strip() for item in _SEPARATOR_RE.split(body) if item.strip()]
    if len(items) < _ITEMS_MIN:
        return False
    words = [norm for norm in _norms(body) if norm not in FUNCTION_WORDS]
    if not words or any(norm not in asks.words for norm in words):
        return False
    held_here = section in _HELD_SECTIONS or (
        label is not None and _HELD_NORMS.intersection(_norms(label.group()))
    )
    return not held_here or any(
        tuple(_norms(item)) in asks.others and not _credential_item(item) for item in items
    )


def _labelled_elsewhere(text: str) -> bool:
    """Return whether a line is labelled by another section's heading ("Certifications: PRDs, beta and pilot
    programs" under a project): a list of that section, not the work's."""
    label = _LABEL_RE.match(text)
    kind = heading_kind(text=label.group().rstrip(": \t")) if label else None
    return kind is not None and kind not in WORK_SECTIONS


def asked_lists(*, facts: ResumeFacts, job: JobRequirements, skip: Sequence[bool]) -> list[bool]:
    """Return, per resume sentence, whether it is a line listing the posting's asks in its words alone
    outside the work sections, where a list is already one unless another section's label heads it
    (``skip``: sentences already judged, copied from the posting)."""
    asks = _asks(job)
    # the lines under the name, up to the first heading of another kind
    opening = next((n for n, section in enumerate(facts.sections) if section not in _OPENING_SECTIONS), 0)
    return [
        not skipped
        and number >= opening
        and (facts.sections[number] not in WORK_SECTIONS or _labelled_elsewhere(sentence.text))
        and _asked_list(text=sentence.text, section=facts.sections[number], asks=asks)
        for number, (sentence, skipped) in enumerate(zip(facts.index.sentences, skip, strict=True))
    ]
