"""Deterministic repairs of a model's JSON answer: what small local models often get wrong, nothing more.

Only two faults are mended: the object wrapped in a Markdown code fence (or in prose before and after it),
and a comma before a closing ``}`` or ``]``. Anything else (a missing quote, a cut answer) stays invalid: a
guess would store an answer the model never gave.
"""

import re

_FENCE = re.compile(r"^\s*```[A-Za-z0-9_-]*[ \t]*\r?\n(.*?)\r?\n?```\s*$", re.DOTALL)


def _unfenced(text: str) -> str:
    match = _FENCE.match(text)
    if match:
        return match.group(1)
    start, end = text.find("{"), text.rfind("}")
    return text[start : end + 1] if 0 <= start < end else text


def _without_trailing_commas(text: str) -> str:
    """Return ``text`` less each comma followed (after whitespace) by ``}`` or ``]`` outside a string."""
    out: list[str] = []
    in_string = escaped = False
    for index, char in enumerate(text):
        if in_string:
            in_string = escaped or char != '"'
            escaped = not escaped and char == "\\"
        elif char == '"':
            in_string = True
        elif char == "," and text[index + 1 :].lstrip()[:1] in ("}", "]"):
            continue
        out.append(char)
    return "".join(out)


def repair_json(text: str) -> str | None:
    """Return ``text`` with a code fence, surrounding prose and trailing commas removed; None if unchanged."""
    repaired = _without_trailing_commas(_unfenced(text.strip()))
    return repaired if repaired != text else None
