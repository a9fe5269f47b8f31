"""Regular expressions that start only where they can: ``starts_guarded`` puts a lookahead for a pattern's
possible first characters in front of it, so a search skips most positions of a long text at once."""

import re
from re import _constants as sre_constants  # the parsed form of a pattern: its structure, not its text
from re import _parser as sre_parser
from typing import Any

_CATEGORIES = {
    sre_constants.CATEGORY_DIGIT: r"\d",
    sre_constants.CATEGORY_NOT_DIGIT: r"\D",
    sre_constants.CATEGORY_SPACE: r"\s",
    sre_constants.CATEGORY_NOT_SPACE: r"\S",
    sre_constants.CATEGORY_WORD: r"\w",
    sre_constants.CATEGORY_NOT_WORD: r"\W",
}


def _first_characters(items: list) -> tuple[list[str], bool] | None:
    """Return the character-class parts one of which the first character of a match of the parsed
    pattern ``items`` is, and whether it can match the empty string; None when this cannot tell."""
    parts: list[str] = []
    for op, value in items:
        if op in (sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            continue  # "^", "\b" and lookarounds take no character: the next item still must match
        item = _item_first_characters(op=op, value=value)
        if item is None:
            return None
        parts += item[0]
        if not item[1]:
            return parts, False
    return parts, True  # every item may be empty: so may the whole


def _item_first_characters(*, op: object, value: Any) -> tuple[list[str], bool] | None:
    """Return what ``_first_characters`` returns, for one parsed item."""
    if op is sre_constants.LITERAL:
        return [re.escape(chr(value))], False
    if op is sre_constants.IN:
        parts = []
        for kind, member in value:
            if kind is sre_constants.LITERAL:
                parts.append(re.escape(chr(member)))
            elif kind is sre_constants.RANGE:
                parts.append(f"{re.escape(chr(member[0]))}-{re.escape(chr(member[1]))}")
            elif kind is sre_constants.CATEGORY and member in _CATEGORIES:
                parts.append(_CATEGORIES[member])
            else:
                return None
        return parts, False
    if op is sre_constants.SUBPATTERN:
        _, add_flags, del_flags, inner = value
        return None if add_flags or del_flags else _first_characters(list(inner))
    if op is sre_constants.BRANCH:
        union: list[str] = []
        empty = False
        for branch in value[1]:
            first = _first_characters(list(branch))
            if first is None:
                return None
            union += first[0]
            empty = empty or first[1]
        return union, empty
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
        low, _, inner = value
        first = _first_characters(list(inner))
        return None if first is None else (first[0], low == 0 or first[1])
    return None


_GLOBAL_FLAGS_RE = re.compile(r"\(\?[aiLmsux]+\)")
_ANCHORS_AT_START = (
    (sre_constants.AT, sre_constants.AT_BEGINNING),
    (sre_constants.AT, sre_constants.AT_BEGINNING_STRING),
)


def starts_guarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """Return ``pattern`` behind a lookahead of the characters its matches can start with: the same
    matches, found faster by ``search`` where most places cannot start one (the engine then tests one
    character class, not every alternative). Patterns it cannot read are returned unchanged."""
    # Leading global flags ("(?i)") are in pattern.flags already and must stay first: drop them.
    flags = _GLOBAL_FLAGS_RE.match(pattern.pattern)
    source = pattern.pattern[flags.end() :] if flags else pattern.pattern
    if pattern.flags & re.VERBOSE or _GLOBAL_FLAGS_RE.match(source):
        return pattern
    try:
        items = list(sre_parser.parse(source, pattern.flags))
    except re.error:
        return pattern
    if items and items[0] in _ANCHORS_AT_START and not pattern.flags & re.MULTILINE:
        return pattern  # "^..." is tried at the start only: a lookahead before it would be tried everywhere
    first = _first_characters(items)
    if first is None or first[1]:
        return pattern  # unreadable, or a match may be empty and start anywhere
    return re.compile(f"(?=[{''.join(dict.fromkeys(first[0]))}])(?:{source})", pattern.flags)
