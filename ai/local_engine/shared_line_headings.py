"""A heading stands on a line of its own: an item of a line of several ("Organisational skills | leadership |
budgeting", "Teamwork • Leadership") is a list's item, not a section's heading. Only the line's first item
may head what follows it, and then only when it is a heading's own name ("Skills | Python | SQL")."""

from collections.abc import Sequence

from ai.local_engine.section_headings import HEADINGS
from ai.local_engine.sections import heading_key
from ai.local_engine.text import Sentence

Start = tuple[str, str, str] | None  # as section_reading's: kind, heading text, the rest of the sentence


def lone_headings(*, text: str, sentences: Sequence[Sentence], starts: Sequence[Start]) -> list[Start]:
    """Return the starts without the headings read in an item of a line that holds other sentences."""
    kept = list(starts)
    if not text:
        return kept
    for number, start in enumerate(starts):
        if start is None or start[2]:
            continue
        sentence = sentences[number]
        opens = number == 0 or "\n" in text[sentences[number - 1].end : sentence.start]
        closes = number + 1 == len(sentences) or "\n" in text[sentence.end : sentences[number + 1].start]
        if opens and closes:
            continue  # a line of its own
        if not opens or heading_key(text=start[1].strip().rstrip(":")) not in HEADINGS:
            kept[number] = None
    return kept
