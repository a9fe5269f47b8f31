"""Dates on a resume: the ranges of its jobs ("Jan 2019 - Present", "06/18 - 03/21"), their spans in years
(to the month where both ends give one), and claims of years ("6+ years of experience")."""

import functools
import re

from ai.local_engine.regex_guards import starts_guarded

# "6+ years of experience" is a claim, and so is "five years of post-registration experience" (a count in
# words, as a resume in paragraphs writes it); "2 years 10 months" (a duration label) is not.
NUMBER_WORDS = {
    word: number
    for number, word in enumerate(
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen".split(), 1
    )
}
YEARS_CLAIM_RE = re.compile(
    rf"(\d{{1,2}}|\b(?:{'|'.join(NUMBER_WORDS)})\b)\s*\+?\s*(?:years?|yrs?)\b[^.\n]{{0,40}}?\bexperience",
    re.IGNORECASE,
)
# A month's name or abbreviation as a whole word ("Sept.", "March"), never the start of "marked".
MONTH = (
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
)
# A four-digit year, with its month ("Jan 2019", "Jan 5, 2019", "01/2019", "2019/01") or without; or a
# two-digit year only where a month says it is one ("Sep 15", "Jan '21", "06/18"), never a bare "15".
# ... or dotted ("06.2021", Europe's) or in ISO order ("2019-09"), or a quarter ("Q1 2020").
_YEAR_4 = (
    rf"(?:{MONTH}\s+(?:\d{{1,2}},?\s+)?|(?:\d{{1,2}}[/.]){{1,2}}|Q[1-4]\s*)?((?:19|20)\d\d)"
    rf"(?:\s*/\s*\d{{1,2}}\b|-(?:0[1-9]|1[0-2])\b(?!-))?"
)
_YEAR_2 = rf"(?:{MONTH}\s*['’]?|(?<![\d/])(?:0?[1-9]|1[0-2])/)(\d\d)(?![\d,/])"
RANGE_RE = starts_guarded(
    re.compile(
        rf"(?:{_YEAR_4}|{_YEAR_2})\s*(?:-|–|—|to|until|till|through)\s*"
        # ("Apr 2021 – Till date", India's "present"; "Jan 2020 – to date")
        rf"(?:{_YEAR_4}|{_YEAR_2}|(?:(?:till|to|until)\s+)?(present|current|now|today|ongoing|date)\b)",
        re.IGNORECASE,
    )
)
# Every date range has two digits in a row: most lines have none, and this plain pattern tells at a fraction
# of the cost.
RANGE_YEAR_RE = re.compile(r"\d\d")


def _full_year(*, digits: str, this_year: int) -> int:
    """Return the year "15" or "2015" names: a two-digit year is this century's unless that is ahead."""
    year = int(digits)
    if year >= 100:
        return year
    return 2000 + year if 2000 + year <= this_year else 1900 + year


def range_years(*, match: re.Match[str], this_year: int) -> tuple[int, int | None]:
    """Return the start and end years of a ``RANGE_RE`` match; the end is None for "present"."""
    start = _full_year(digits=match.group(1) or match.group(2), this_year=this_year)
    end_digits = match.group(3) or match.group(4)
    return start, _full_year(digits=end_digits, this_year=this_year) if end_digits else None


MONTH_NUMBERS = {
    name: n for n, name in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)
}
_MONTH_NAME_RE = re.compile(MONTH, re.IGNORECASE)
_MONTH_BEFORE_RE = re.compile(r"(\d{1,2})[/.]\s*$")  # "03/2016", "15/03/2016", "06.2021"
_MONTH_AFTER_RE = re.compile(r"\s*/\s*(\d{1,2})\b|-(\d\d)\b")  # "2016/03", "2019-09"
_QUARTER_RE = re.compile(r"Q([1-4])\s*$")  # "Q3 2021"


def _month(*, before: str, after: str, end: bool = False) -> int | None:
    """Return the month written with a year: by name before it ("Mar 2016", "Sep '15") or as a number before
    or after it ("03/2016", "2016/03"), or a quarter's first month (its last at a range's ``end``: "Q1 2020 -
    Q2 2021" runs from January to June), else None."""
    if quarter := _QUARTER_RE.search(before):
        return 3 * int(quarter.group(1)) - (0 if end else 2)
    names = _MONTH_NAME_RE.findall(before)
    if names:
        return MONTH_NUMBERS[names[-1][:3].lower()]
    number = _MONTH_BEFORE_RE.search(before) or _MONTH_AFTER_RE.match(after)
    month = int(number.group(1) or number.group(2)) if number else 0
    return month if 1 <= month <= 12 else None


def _range_months(*, match: re.Match[str]) -> tuple[int | None, int | None]:
    """Return the months of a ``RANGE_RE`` match's start and end ("Mar 2016 - Dec 2018": 3, 12), each None
    where only a year is written (and the end's for "present")."""
    text = match.string
    start_group = 1 if match.group(1) else 2
    start = _month(
        before=text[match.start() : match.start(start_group)],
        after=text[match.end(start_group) : match.end()],
    )
    end_group = 3 if match.group(3) else 4 if match.group(4) else None
    if end_group is None:
        return start, None
    end = _month(
        before=text[match.end(start_group) : match.start(end_group)],
        after=text[match.end(end_group) : match.end()],
        end=True,
    )
    return start, end


@functools.lru_cache(maxsize=8192)
def date_ranges(text: str, this_year: int, now: float) -> tuple[tuple[float, float], ...]:
    """Return the (start, end) of each date range in a line ("2019 - Present", "Sep 15 - Now") in years: to
    the month where both ends give one ("Mar 2016 - Dec 2018" is 2.8 years; "present" is ``now``, today to
    the day), else the years between ("2016 - 2018" is two, "2019 - Present" ``this_year`` less 2019)."""
    if not RANGE_YEAR_RE.search(text):
        return ()
    found: list[tuple[float, float]] = []
    for match in RANGE_RE.finditer(text):
        start, until = range_years(match=match, this_year=this_year)
        end = this_year if until is None else until
        if not start <= end <= this_year:
            continue
        first, last = _range_months(match=match)
        if first is not None and (last is not None or until is None):
            # from the start of the first month to the end of the last, or to today
            found.append((start + (first - 1) / 12, min(now, end + last / 12) if last else now))
        else:
            found.append((start, end))  # a year alone: the years between ("2016 - 2018" is two)
    since = _SINCE_RE.search(text)
    if not found and since and len(text.split()) <= _SINCE_LINE_MAX_WORDS:
        start = int(since.group(1))
        if start <= this_year:
            found.append((start, this_year))
    worked_since = None if found else _WORKED_SINCE_RE.search(text)
    if worked_since is not None:
        month, year = worked_since.group(1, 2) if worked_since.group(2) else worked_since.group(3, 4)
        if int(year) <= this_year:
            # to the month where one is written, as a range's ends are read
            found.append(
                (int(year) + (MONTH_NUMBERS[month[:3].lower()] - 1) / 12, now)
                if month
                else (int(year), this_year)
            )
    return tuple(found)


# "Data Engineer, Acme (since 2020)": a role held from then to now, on a title line, not in a sentence
# ("Precept new nurses (11 since 2020)" is an achievement of the entry, whose dates are elsewhere).
_SINCE_RE = re.compile(rf"(?i)\bsince\s+(?:{MONTH}\s+|\d{{1,2}}[/.])?((?:19|20)\d\d)\b")  # "Since 03/2023"
_SINCE_LINE_MAX_WORDS = 8
# "Since September 2021 I have worked as a Registered Nurse in ...", "I have been working at Acme since 2019":
# a resume in paragraphs dates its current job in the writer's own sentence, of any length.
_WORKED = r"\bI(?:\s+have|['’]ve)\s+(?:been\s+)?(?:work(?:ed|ing)|employed|serv(?:ed|ing))\b"
_SINCE_DATE = rf"\bsince\s+(?:({MONTH})\s+)?((?:19|20)\d\d)\b"
_WORKED_SINCE_RE = re.compile(rf"(?i){_SINCE_DATE},?\s+{_WORKED}|{_WORKED}[^.;]{{0,80}}?{_SINCE_DATE}")
