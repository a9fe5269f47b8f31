"""A resume's table of posts dated by From and To columns, one cell each: "2/E | MV Kota Lestari | PIL Ship
Management | Mar 2026 | Aug 2026" (the sentence splitter makes each cell a sentence of its own)."""

import re
from collections.abc import Sequence

from ai.local_engine.resume_dates import MONTH, RANGE_YEAR_RE, date_ranges

# A cell or line holding one date and nothing else: "Mar 2026", "2015", "Present".
_LONE_DATE_RE = re.compile(rf"\s*(?:(?:{MONTH}\s+)?(?:19|20)\d\d|present|current|date)\s*", re.IGNORECASE)


def table_rows(
    *, sentences: list[str], work: list[int], same_line: Sequence[bool], this_year: int, now: float
) -> list[tuple[int, float, float, range]]:
    """Return (sentence, start year, end year, the row's cells) of each row of a table whose From and To
    columns date it ("2/E | MV Kota Lestari | PIL Ship Management | Mar 2026 | Aug 2026"): two cells in a row
    of one line holding one date each, the first a start (not "present")."""
    found = []
    work_lines = set(work)
    for number in work:
        if number + 1 not in work_lines or not same_line[number + 1]:
            continue
        first, second = sentences[number], sentences[number + 1]
        if RANGE_YEAR_RE.search(first) and _LONE_DATE_RE.fullmatch(first) and _LONE_DATE_RE.fullmatch(second):
            row_start, row_end = number, number + 1
            while row_start > 0 and same_line[row_start]:
                row_start -= 1
            while row_end + 1 < len(sentences) and same_line[row_end + 1]:
                row_end += 1
            found += [
                (number, start, end, range(row_start, row_end + 1))
                for start, end in date_ranges(f"{first} - {second}", this_year, now)
            ]
    return found
