"""Parse a streamed JSON object incrementally: report each top-level field as soon as its value is complete.

The model's text arrives in arbitrary pieces (a key, a value or a string may be split anywhere). The parser
scans each character once, tracking strings, escapes and nesting, and hands a top-level value to
``json.loads`` only when it is known to be complete: a string, object or array at its closing character, a
number or literal at the delimiter that follows it. Malformed text stops the reporting; the final validation
of the joined text (``ai.validation``) decides whether the answer is usable.
"""

import json
from typing import Any

_BEFORE_OBJECT = 0
_EXPECT_KEY = 1
_IN_KEY = 2
_EXPECT_COLON = 3
_EXPECT_VALUE = 4
_IN_VALUE = 5
_AFTER_VALUE = 6
_DONE = 7
_BROKEN = 8

_WHITESPACE = " \t\r\n"


class JsonFieldStream:
    """Feed pieces of one JSON object; get back the ``(field, value)`` pairs each piece completes."""

    def __init__(self) -> None:
        self._state = _BEFORE_OBJECT
        self._key_chars: list[str] = []
        self._key = ""
        self._value_chars: list[str] = []
        self._value_kind = ""  # "string" | "container" | "scalar"
        self._depth = 0
        self._in_string = False
        self._escaped = False

    @property
    def finished(self) -> bool:
        """Return whether the closing brace of the top-level object has been read."""
        return self._state == _DONE

    def feed(self, text: str) -> list[tuple[str, Any]]:
        """Consume ``text`` and return the fields it completed, in order."""
        completed: list[tuple[str, Any]] = []
        for char in text:
            if self._state in (_DONE, _BROKEN):
                if self._state == _DONE and char not in _WHITESPACE:
                    self._state = _BROKEN
                continue
            self._step(char, completed)
        return completed

    def _step(self, char: str, completed: list[tuple[str, Any]]) -> None:
        state = self._state
        if state == _IN_VALUE:
            self._value_char(char, completed)
        elif state == _IN_KEY:
            self._key_char(char)
        elif char in _WHITESPACE:
            return
        elif state == _BEFORE_OBJECT:
            self._state = _EXPECT_KEY if char == "{" else _BROKEN
        elif state == _EXPECT_KEY:
            if char == '"':
                self._state = _IN_KEY
                self._key_chars = ['"']
            elif char == "}":
                self._state = _DONE
            else:
                self._state = _BROKEN
        elif state == _EXPECT_COLON:
            self._state = _EXPECT_VALUE if char == ":" else _BROKEN
        elif state == _EXPECT_VALUE:
            self._start_value(char)
        elif state == _AFTER_VALUE:
            if char == ",":
                self._state = _EXPECT_KEY
            elif char == "}":
                self._state = _DONE
            else:
                self._state = _BROKEN

    def _key_char(self, char: str) -> None:
        self._key_chars.append(char)
        if self._escaped:
            self._escaped = False
        elif char == "\\":
            self._escaped = True
        elif char == '"':
            try:
                self._key = json.loads("".join(self._key_chars))
            except ValueError:
                self._state = _BROKEN
                return
            self._state = _EXPECT_COLON

    def _start_value(self, char: str) -> None:
        self._value_chars = [char]
        self._state = _IN_VALUE
        if char == '"':
            self._value_kind = "string"
            self._in_string = True
        elif char in "{[":
            self._value_kind = "container"
            self._depth = 1
            self._in_string = False
        else:
            self._value_kind = "scalar"

    def _value_char(self, char: str, completed: list[tuple[str, Any]]) -> None:
        kind = self._value_kind
        if kind == "scalar":
            if char in _WHITESPACE or char in ",}":
                self._finish_value(completed)
                if self._state == _AFTER_VALUE and char in ",}":
                    self._state = _EXPECT_KEY if char == "," else _DONE
                return
            self._value_chars.append(char)
            return
        self._value_chars.append(char)
        if self._in_string:
            if self._escaped:
                self._escaped = False
            elif char == "\\":
                self._escaped = True
            elif char == '"':
                self._in_string = False
                if kind == "string":
                    self._finish_value(completed)
            return
        if char == '"':
            self._in_string = True
        elif char in "{[":
            self._depth += 1
        elif char in "}]":
            self._depth -= 1
            if self._depth == 0:
                self._finish_value(completed)

    def _finish_value(self, completed: list[tuple[str, Any]]) -> None:
        try:
            value = json.loads("".join(self._value_chars))
        except ValueError:
            self._state = _BROKEN
            return
        completed.append((self._key, value))
        self._value_chars = []
        self._state = _AFTER_VALUE
