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


class StartApart:
    """A pattern some of whose alternatives are anchored at the text's start ("^\\W*benefits include"),
    searched with the same matches sooner: the anchored ones are tried at the start alone and the others
    behind ``starts_guarded``'s lookahead, which an anchored alternative defeats (what may follow its "^"
    starts with almost any character). Only the whole of a match found so is meant: its groups may be
    numbered apart from the pattern's."""

    __slots__ = ("pattern", "_rest")

    def __init__(self, *, pattern: re.Pattern[str], rest: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._rest = rest

    def search(self, string: str, pos: int = 0) -> re.Match[str] | None:
        """Return the first match in ``string`` from ``pos``, as ``pattern.search`` finds it."""
        if pos == 0:
            # At the start every alternative may match, and the pattern's order picks which: ask it.
            match = self.pattern.match(string)
            if match is not None:
                return match
            pos = 1
        # Elsewhere no "^" matches (the pattern is not MULTILINE): only the other alternatives can.
        return self._rest.search(string, pos)


# What would renumber or reread a group when alternatives are taken apart: a back-reference.
_BACK_REFERENCE_RE = re.compile(r"\\[1-9]|\(\?P=")


def start_apart(pattern: re.Pattern[str]) -> re.Pattern[str] | StartApart:
    """Return ``pattern`` as ``StartApart`` when some but not all of its top alternatives are anchored at
    the text's start, else as ``starts_guarded`` returns it."""
    alternatives = _top_alternatives(pattern.pattern)
    rest = [alternative for alternative in alternatives if not alternative.startswith("^")]
    if (
        len(rest) in (0, len(alternatives))
        or pattern.flags & (re.MULTILINE | re.VERBOSE)
        or _BACK_REFERENCE_RE.search(pattern.pattern)
        or _GLOBAL_FLAGS_RE.match(pattern.pattern)
    ):
        return starts_guarded(pattern)
    return StartApart(pattern=pattern, rest=starts_guarded(re.compile("|".join(rest), pattern.flags)))


def _top_alternatives(source: str) -> list[str]:
    """Return the alternatives of ``source`` at its top level, or of the one group that is all of it."""
    alternatives, depth, start, index, first_closed = [], 0, 0, 0, -1
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 1  # the escaped character is skipped below
        elif char == "[":
            index += 2 if source[index + 1 : index + 2] == "^" else 1
            index += 1 if source[index : index + 1] == "]" else 0  # "[]...]": a "]" first is a member
            while index < len(source) and source[index] != "]":
                index += 2 if source[index] == "\\" else 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            first_closed = index if depth == 0 and first_closed < 0 else first_closed
        elif char == "|" and depth == 0:
            alternatives.append(source[start:index])
            start = index + 1
        index += 1
    if not alternatives and source[:1] == "(" and first_closed == len(source) - 1:
        # "(a|b)", "(?:a|b)": the whole is one group, whose alternatives are the top ones (not a lookaround)
        inner = source[3:-1] if source[1:3] == "?:" else None if source[1:2] == "?" else source[1:-1]
        if inner is not None:
            return _top_alternatives(inner)
    return [*alternatives, source[start:]]
