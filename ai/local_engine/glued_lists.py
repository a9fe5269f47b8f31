"""Lists of the posting's asks, one a line, that the sentence splitter read into another sentence: a line in
lower case goes on the line before, so a stuffed list's items join its heading or the resume's last line."""

from collections.abc import Callable, Sequence

from ai.local_engine.copied_text import WORK_SECTIONS
from ai.local_engine.resume_facts import ResumeFacts

# Lines in a row, each naming the posting's asks alone, that make a list cut into lines.
RUN_MIN = 3
LINE_MARKS = " \t-*" + "·•▪●◦■\u2022"  # a bullet's mark before a line's item


def _asks_ending(*, text: str, named_line: Callable[[str], tuple[str, list[str]] | None]) -> int:
    """Return how many of a sentence's last lines each name the posting's asks alone, no label."""
    count = 0
    for line in reversed(text.split("\n")):
        found = named_line(line.strip(LINE_MARKS))
        if found is None or found[0]:
            break
        count += 1
    return count


def glued_lists(
    *,
    facts: ResumeFacts,
    named_line: Callable[[str], tuple[str, list[str]] | None],
    flags: list[bool],
    start: int,
    skip: Sequence[bool],
) -> None:
    """Flag the sentences a list of the posting's asks, one a line, was read into: a line in lower case goes
    on the line before, so "Core competencies\ndental office management\nbilling" is one sentence, and the
    list's first item joins the resume's last line ("... to 6 (Expert).]\nfront desk"). Such a sentence
    is a list when its lines after the first all name asks alone, two or more of them outside the work, when
    it ends with three or more such lines, or when the lines of asks it ends with go on in a list flagged on
    the next line."""
    sentences, text = facts.index.sentences, facts.index.text
    for number in range(len(sentences) - 1, start - 1, -1):
        sentence = sentences[number]
        lines = sentence.text.count("\n") + 1
        if flags[number] or skip[number] or lines < 2:
            continue
        ending = _asks_ending(text=sentence.text, named_line=named_line)
        listed_on = (
            number + 1 < len(sentences)
            and flags[number + 1]
            and text[sentence.end : sentences[number + 1].start].count("\n") == 1
        )
        outside_work = facts.sections[number] not in WORK_SECTIONS
        if (
            (ending >= 1 and listed_on)
            or ending >= RUN_MIN  # glued onto a bullet of work: "... two new starters\ncharting in epic\n..."
            or (outside_work and ending >= max(2, lines - 1))
        ):
            flags[number] = True
