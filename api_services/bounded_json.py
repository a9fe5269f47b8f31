"""Parse client JSON within depth and size limits; find text holding NUL or unpaired surrogates.

``json.loads`` recurses once per nesting level, so a body of a few thousand ``[`` raises ``RecursionError``
(a 500, or a 1011 close on a socket). The nesting is measured first, without recursion, outside strings.
"""

import json
import re
from typing import Any

_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKET = re.compile(r"[\[\]{}]")
# json.loads joins an escaped surrogate pair into one code point, so any surrogate left is unpaired.
_BAD_CHARACTERS = re.compile("[\x00\ud800-\udfff]")


class JsonTooLarge(ValueError):
    """The text is larger than the byte limit."""


class JsonTooDeep(ValueError):
    """Arrays and objects are nested deeper than the limit."""


class BadCharacters(ValueError):
    """A key or text value holds NUL or an unpaired surrogate; ``field`` names where (``a.b[2]``)."""

    def __init__(self, field: str) -> None:
        super().__init__(field)
        self.field = field


def nesting_depth(text: str) -> int:
    """Return how deeply arrays and objects nest in ``text`` (brackets inside strings do not count)."""
    depth = deepest = 0
    for match in _BRACKET.finditer(_STRING.sub("", text)):
        if match.group() in "[{":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def loads_bounded(text: str, *, max_depth: int, max_bytes: int) -> Any:
    """Return the JSON value in ``text``; raise ``JsonTooLarge``, ``JsonTooDeep`` or ``ValueError``."""
    if len(text) > max_bytes or (
        len(text) * 4 > max_bytes and len(text.encode(errors="replace")) > max_bytes
    ):
        raise JsonTooLarge(max_bytes)
    if nesting_depth(text) > max_depth:
        raise JsonTooDeep(max_depth)
    return json.loads(text)


def has_bad_characters(text: str) -> bool:
    """Return whether ``text`` holds NUL or an unpaired surrogate (PostgreSQL and UTF-8 refuse both)."""
    return _BAD_CHARACTERS.search(text) is not None


def clean_text(text: str) -> str:
    """Return ``text`` without NUL and with each unpaired surrogate replaced by U+FFFD."""
    if not has_bad_characters(text):
        return text
    return _BAD_CHARACTERS.sub(lambda match: "" if match.group() == "\x00" else "\ufffd", text)


def _name(path: str, key: str) -> str:
    key = clean_text(key)
    return f"{path}.{key}" if path else key


def check_characters(value: Any, *, path: str = "") -> None:
    """Raise ``BadCharacters`` naming the first key or string in ``value`` with NUL or an unpaired surrogate.

    ``value`` comes from ``loads_bounded``, so its depth (and this recursion) is bounded.
    """
    if isinstance(value, str):
        if has_bad_characters(value):
            raise BadCharacters(path or "body")
    elif isinstance(value, dict):
        for key, item in value.items():
            if has_bad_characters(key):
                raise BadCharacters(_name(path, key))
            check_characters(item, path=_name(path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            check_characters(item, path=f"{path}[{index}]")


def clean_value(value: Any) -> Any:
    """Return ``value`` (a parsed JSON value) with ``clean_text`` applied to every key and string."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        return [clean_value(item) for item in value]
    if isinstance(value, dict):
        return {clean_text(key): clean_value(item) for key, item in value.items()}
    return value
