"""A language grid's column headings: Europass's "UNDERSTANDING | SPEAKING | WRITING" above rows such as
"ENGLISH | C1 | C2 | C1 | C1 | C1" name what each level grades, and open no section ("Writing" does, as a
heading of its own elsewhere)."""

from collections.abc import Sequence

# The skills a language grid grades, one word each: a column heading holds nothing else.
_GRID_WORDS = frozenset(
    {"understanding", "speaking", "writing", "reading", "listening", "spoken", "production", "interaction"}
)
_LANGUAGES = "languages"
Start = tuple[str, str, str] | None  # as section_reading's: kind, heading text, the rest of the sentence


def grid_headings(*, texts: Sequence[str], starts: Sequence[Start]) -> list[Start]:
    """Return the starts without those that are a languages section's grid column headings ("WRITING" after
    "UNDERSTANDING | SPEAKING" under "LANGUAGE SKILLS"): the section goes on."""
    kept = list(starts)
    current = None
    for number, start in enumerate(starts):
        if start is not None and current == _LANGUAGES and _grid_heading(text=texts[number]):
            kept[number] = None
        elif start is not None:
            current = start[0]
    return kept


def _grid_heading(*, text: str) -> bool:
    words = text.lower().replace("|", " ").split()
    return bool(words) and all(word.strip(":") in _GRID_WORDS for word in words)
