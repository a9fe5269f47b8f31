"""Two fields offered in place of each other, each with its examples in brackets: "Lending (LOS / LMS) or
payments (UPI, NEFT/RTGS) experience is a must" asks experience of either field, so what the first bracket
names and what the second names are one requirement, any of them meeting it."""

import re
from collections.abc import Callable

from ai.local_engine.requirement_forms import TWIN_KINDS, fold_alternatives
from ai.local_engine.requirement_model import Requirement
from ai.local_engine.text import normalize_phrase

# From inside the first bracket to the start of the second: "...) or payments (", "...), or cards ("
_TO_NEXT_BRACKET_RE = re.compile(r"[^()\n]{0,40}\)\s*,?\s*or\s+[A-Za-z][\w&/ -]{0,30}?\s*\(\s*$")


def _in_bracket(*, requirement: Requirement, text: str) -> bool:
    before = text.rfind("(", 0, requirement.position)
    return (
        before >= 0
        and text.find(")", before) > requirement.position
        and ")" not in text[before : requirement.position]
    )


def _folded(
    *,
    requirements: list[Requirement],
    owner_of: Callable[[Requirement, list[Requirement]], Requirement | None],
) -> list[Requirement]:
    """Return the requirements with each one ``owner_of`` gives an owner among those kept before it folded
    into that owner as its alternative."""
    kept: list[Requirement] = []
    for requirement in requirements:
        owner = owner_of(requirement, kept)
        if owner is None:
            kept.append(requirement)
        else:
            fold_alternatives(into=owner, other=requirement, as_alternative=True)
    return kept


def merge_bracketed_fields(*, requirements: list[Requirement], text: str) -> list[Requirement]:
    """Return the requirements with the one in a second bracket offered by "or" folded into the one in the
    first bracket as its alternative."""

    def owner_of(requirement: Requirement, kept: list[Requirement]) -> Requirement | None:
        if requirement.kind not in TWIN_KINDS:
            return None
        return next(
            (
                other
                for other in reversed(kept)
                if other.kind in TWIN_KINDS
                and other.sentence == requirement.sentence
                and other.position < requirement.position
                and _in_bracket(requirement=other, text=text)
                and _TO_NEXT_BRACKET_RE.fullmatch(text, other.position, requirement.position)
            ),
            None,
        )

    return _folded(requirements=requirements, owner_of=owner_of)


# A bracket of models or makes after a kind of thing, closed by "or similar" ("excavators (Cat 320/336,
# Komatsu PC360 or similar)"): examples of the kind, any one or a like one meeting it.
_WORD_BEFORE_RE = re.compile(r"([A-Za-z][\w-]*)\s*$")  # the kind's noun, right before the bracket
_SIMILAR_CLOSE_RE = re.compile(r"[^()\n]{0,60}?\bor\s+(?:similar|equivalent)\s*\)")


def fold_similar_examples(*, requirements: list[Requirement], text: str) -> list[Requirement]:
    """Return the requirements with those named in an "(A, B or similar)" bracket right after another one
    folded into it as its alternatives."""

    def owner_of(requirement: Requirement, kept: list[Requirement]) -> Requirement | None:
        opening = text.rfind("(", 0, requirement.position)
        if opening < 0 or not _in_bracket(requirement=requirement, text=text):
            return None
        before = _WORD_BEFORE_RE.search(text, max(0, opening - 40), opening)
        if before is None or _SIMILAR_CLOSE_RE.match(text, requirement.position) is None:
            return None
        kind = normalize_phrase(text=before.group(1))
        return next((other for other in reversed(kept) if other.key == kind), None)

    return _folded(requirements=requirements, owner_of=owner_of)
