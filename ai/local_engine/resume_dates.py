"""Dates on a resume: the ranges of its jobs ("Jan 2019 - Present", "06/18 - 03/21") and claims of years
("6+ years of experience")."""

import re

from ai.local_engine.regex_guards import starts_guarded

# "6+ years of experience" is a claim; "2 years 10 months" (a duration label) is not.
YEARS_CLAIM_RE = re.compile(r"(\d{1,2})\s*\+?\s*(?:years?|yrs?)\b[^.\n]{0,40}?\bexperience", re.IGNORECASE)
# A month's name or abbreviation as a whole word ("Sept.", "March"), never the start of "marked".
MONTH = (
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
)
# A four-digit year, with its month ("Jan 2019", "Jan 5, 2019", "01/2019", "2019/01") or without; or a
# two-digit year only where a month says it is one ("Sep 15", "Jan '21", "06/18"), never a bare "15".
_YEAR_4 = rf"(?:{MONTH}\s+(?:\d{{1,2}},?\s+)?|\d{{1,2}}/)?((?:19|20)\d\d)(?:\s*/\s*\d{{1,2}}\b)?"
_YEAR_2 = rf"(?:{MONTH}\s*['’]?|(?<![\d/])(?:0?[1-9]|1[0-2])/)(\d\d)(?![\d,/])"
RANGE_RE = starts_guarded(
    re.compile(
        rf"(?:{_YEAR_4}|{_YEAR_2})\s*(?:-|–|—|to|until|till|through)\s*"
        rf"(?:{_YEAR_4}|{_YEAR_2}|(present|current|now|today|ongoing|date)\b)",
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
