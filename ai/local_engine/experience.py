"""Years of experience that count for one posting: only roles relevant to it.

A chef's twelve years in kitchens do not fill the "5+ years" of a software job. A role counts when its
entry (the lines around its date range) shows a requirement the posting asks for or the posting's field
(the words of its title), or when its title names the posting's role (``role.role_lines``); an explicit
claim ("6 years of experience in Python") counts when it names one.
"""

import datetime
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ai.local_engine.cue_gates import Gate, case_blind, may_match
from ai.local_engine.resume_dates import NUMBER_WORDS, YEARS_CLAIM_RE, date_ranges
from ai.local_engine.table_rows import table_rows
from ai.local_engine.text import STOPWORDS

# Lines before a date range that still belong to its entry (title and employer often come first).
ENTRY_LEAD_LINES = 2
# A line before a date range that ends a sentence of this many words is the entry above's last achievement.
_ACHIEVEMENT_MIN_WORDS = 4
_WORK = frozenset({"experience"})
# An entry for someone still training: it shows experience, but not the years that make one over-qualified.
_TRAINING_RE = re.compile(
    r"\b(?:intern|internship|trainee|apprentice|student|fellow|co-?op|assistant)\b", re.I
)
# "Last Updated on 21st January 2015": the resume's own date, where "present" ends.
_UPDATED_RE = re.compile(r"\bupdated\b\D{0,30}((?:19|20)\d\d)\b", re.I)
_EDUCATION_RE = re.compile(
    r"\b(university|college|school|bachelor|master|degree|phd|gpa|b\.?sc|m\.?sc)\b", re.I
)


@dataclass(frozen=True, slots=True)
class Years:
    """Years of experience: those relevant to the posting and all the resume shows."""

    relevant: float | None
    total: float | None
    professional: float | None = None  # without internships and other training entries
    # (start year, end year, entry lines) of each dated role: where a requirement's own years are counted
    entries: tuple[tuple[float, float, Sequence[int]], ...] = ()


def covered_years(intervals: list[tuple[float, float]]) -> float:
    """Return how many years the (start, end) intervals cover, each year counted once."""
    covered, current_end = 0.0, None
    for start, end in sorted(intervals):
        if current_end is None or start > current_end:
            covered += end - start
            current_end = end
        elif end > current_end:
            covered += end - current_end
            current_end = end
    return covered


def _current_start(
    *,
    sentences: list[str],
    work: list[int],
    ranges: list[tuple[int, float, float]],
    this_year: int,
    now: float,
) -> tuple[int, float, float] | None:
    """Return the current role written with its start alone ("2016 / 09 Fullstack Engineer") as a range.

    Only the first dated line of the work lines qualifies, and only when it starts no earlier than every
    range below it ends: the newest entry with no end is the job held now; a lone date further down is
    more often a one-off (a course, an award).
    """
    for number in work:
        if not _FULL_YEAR_RE.search(sentences[number]) and not date_ranges(sentences[number], this_year, now):
            continue
        match = _LONE_START_RE.match(sentences[number])
        if match is None or date_ranges(sentences[number], this_year, now):
            return None
        start = int(match.group(1) or match.group(2) or match.group(3))
        if start <= this_year and all(start >= end for _, _, end in ranges):
            return (number, start, this_year)
        return None
    return None


_FULL_YEAR_RE = re.compile(r"(?:19|20)\d\d")
# A line of time away from work ("Career break – Feb 2023 – Dec 2023", "Gap – travelling in Southeast Asia").
_BREAK_LINE_RE = re.compile(
    r"^\W*(?:career\s+break|sabbatical|gap(?:\s+year)?|parental\s+leave|maternity\s+leave|paternity\s+leave)"
    r"\b(?!\s+(?:analys[ie]s|assessment))",
    re.IGNORECASE,
)
# A line that opens with one date and no end: "2016 / 09 Title", "09/2016 Title", "Since 2016 Title".
_LONE_START_RE = re.compile(
    r"\s*(?:since\s+)?(?:((?:19|20)\d\d)\s*/\s*\d{1,2}|\d{1,2}\s*/\s*((?:19|20)\d\d)|((?:19|20)\d\d))\b"
    r"(?!\s*(?:-|–|—|to\b|until\b))",
    re.IGNORECASE,
)


# What every match of YEARS_CLAIM_RE holds: "year" or "yr", and "experience".
_CLAIM_GATE = Gate(any_of=("year", "yr"), also_any_of=("experience",))


@functools.lru_cache(maxsize=8192)
def claims(text: str) -> tuple[int, ...]:
    """Return the years of each explicit claim in a line ("6+ years of experience")."""
    if not may_match(gate=_CLAIM_GATE, text=text, lower=case_blind(text)):
        return ()  # the pattern is tried at every place; most lines hold none of its words
    counts = (match.group(1).lower() for match in YEARS_CLAIM_RE.finditer(text))
    return tuple(NUMBER_WORDS[count] if count in NUMBER_WORDS else int(count) for count in counts)


def _dated_entries(
    *, sentences: list[str], sections: tuple[str, ...], same_line: Sequence[bool]
) -> list[tuple[float, float, Sequence[int]]]:
    """Return (start year, end year, entry lines) of each dated role of the work lines (every line but the
    education ones when no section is labelled work).

    An entry is its date range's line with up to ``ENTRY_LEAD_LINES`` lines before it (not an achievement
    sentence of the entry above) and the lines after it up to the next range, or to the end of its section;
    a table's row is its cells and the lines after the table.
    """
    today = datetime.date.today()
    this_year = today.year
    now = today.year + (today.month - 1 + today.day / 31) / 12
    updated = next((m for m in map(_UPDATED_RE.search, sentences[:5]) if m), None)
    if updated is not None and int(updated.group(1)) < this_year:
        this_year = int(updated.group(1))
        now = this_year  # the resume's own date: its year, as a range of years alone reads it
    work = [n for n, section in enumerate(sections) if section in _WORK]
    sectioned = bool(work)
    if not work:
        work = [n for n, text in enumerate(sentences) if not _EDUCATION_RE.search(text)]
    ranges: list[tuple[int, float, float]] = []  # sentence, start, end (in years)
    for number in work:
        if _BREAK_LINE_RE.match(sentences[number]):
            continue  # "Career break – Feb 2023 – Dec 2023": time away from work, dated like a job
        for start, end in date_ranges(sentences[number], this_year, now):
            ranges.append((number, start, end))
    rows = table_rows(sentences=sentences, work=work, same_line=same_line, this_year=this_year, now=now)
    ranges = sorted(ranges + [(number, start, end) for number, start, end, _ in rows])
    # Without a work section a lone year is more often a book's, an award's or a birth year than a job's.
    current = sectioned and _current_start(
        sentences=sentences, work=work, ranges=ranges, this_year=this_year, now=now
    )
    if current:
        ranges.insert(0, current)
    entries: list[tuple[float, float, Sequence[int]]] = []
    row_of = {number: row for number, _, _, row in rows}
    row_after = {row.start: row for row in row_of.values()}
    for position, (number, start, end) in enumerate(ranges):
        row = row_of.get(number)
        table_end = number
        if row is not None:
            table_end = row.stop
            while table_end in row_after:
                table_end = row_after[table_end].stop
        following = next((n for n, _, _ in ranges[position + 1 :] if n >= table_end), len(sentences))
        # The last job ends where its section does: Education and Skills below it are not its lines.
        if sectioned:
            following = next((n for n in range(number + 1, following) if sections[n] not in _WORK), following)
        if row is not None:
            # A table's row: its own cells, not the rows around it, and the lines after the table (the duties
            # of the posts it lists).
            entries.append((start, end, (*row, *range(table_end, max(following, table_end)))))
            continue
        previous = ranges[position - 1][0] if position else -1
        lead = number
        while lead > max(previous + 1, number - ENTRY_LEAD_LINES) and not _achievement(sentences[lead - 1]):
            lead -= 1
        entries.append((start, end, range(lead, max(following, number + 1))))
    return entries


# A company's abbreviation ends a title line with a full stop ("Relationship Manager, Kotwal Bank Ltd.").
_COMPANY_END_RE = re.compile(r"\b(?:ltd|inc|co|corp|pvt|llc|llp|plc|pty|bros|gmbh|s\.a|b\.v|n\.v)\.$", re.I)


def _achievement(text: str) -> bool:
    """Return whether a line is an achievement sentence: the end of the entry above, not this one's title."""
    text = text.rstrip()
    return (
        text.endswith(".")
        and len(text.split()) >= _ACHIEVEMENT_MIN_WORDS
        and not _COMPANY_END_RE.search(text)
    )


def count_years(
    *,
    sentences: list[str],
    sections: tuple[str, ...],
    relevant_sentences: set[int],
    field_words: frozenset[str],
    sentence_words: list[frozenset[str]],
    asks_skills: bool,
    same_line: Sequence[bool] = (),
) -> Years:
    """Return the relevant and total years the resume shows.

    ``relevant_sentences`` hold evidence of a requirement or a title of the posting's role; ``field_words``
    are the posting title's words; ``asks_skills`` whether the posting names any skill or qualification;
    ``same_line`` whether each sentence goes on the line of the one before (a table's cells).
    """

    def relevant(numbers: range) -> bool:
        # A posting that names neither a field nor a skill ("8+ years of experience") asks for any work.
        if not field_words and not asks_skills:
            return True
        return any(n in relevant_sentences or sentence_words[n] & field_words for n in numbers)

    all_intervals, relevant_intervals, professional_intervals = [], [], []
    same_line = same_line or [False] * len(sentences)
    entries = _dated_entries(sentences=sentences, sections=sections, same_line=same_line)
    for start, end, entry in entries:
        all_intervals.append((start, end))
        if not any(_TRAINING_RE.search(sentences[n]) for n in entry):
            professional_intervals.append((start, end))
        if relevant(entry):
            relevant_intervals.append((start, end))
    claims_all, claims_relevant = [], []
    for number, text in enumerate(sentences):
        for years in claims(text):
            if 1 <= years <= 50:
                claims_all.append(years)
                if relevant(range(number, number + 1)):
                    claims_relevant.append(years)
    total = max([covered_years(all_intervals), *claims_all], default=0)
    relevant_years = max([covered_years(relevant_intervals), *claims_relevant], default=0)
    professional = max([covered_years(professional_intervals), *claims_all], default=0)
    # to a tenth of a year: "2.8 years" from "Mar 2016 - Dec 2018"
    return Years(
        relevant=round(relevant_years, 1) or None,
        total=round(total, 1) or None,
        professional=round(professional, 1) or None,
        entries=tuple(entries),
    )


def field_words_of(
    *, title_norms: list[str], role_nouns: frozenset[str], seniority: frozenset[str]
) -> frozenset[str]:
    """Return the words of a title that name its field ("front", "end" of "Senior Front End Engineer").

    The role noun alone ("engineer") names the field only when the title has nothing else.
    """
    words = [w for w in title_norms if w not in STOPWORDS and w not in seniority]
    specific = [w for w in words if w not in role_nouns]
    chosen = specific or words
    # "Full Stack" is also written "Fullstack", "Front End" "Frontend".
    return frozenset(chosen) | {a + b for a, b in zip(chosen, chosen[1:], strict=False)}
