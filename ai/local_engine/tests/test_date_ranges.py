"""Date ranges of work entries, in the ways resumes write them."""

import pytest

from ai.local_engine.resume_dates import date_ranges
from ai.local_engine.structure import date_range

THIS_YEAR = 2026
NOW = 2026.5  # "present": mid-2026


@pytest.mark.parametrize(
    ("line", "span"),
    [
        # to the month where both ends give one: from the start of the first to the end of the last, or now
        ("DevOps/FullStack developer Sep 15 - NOW", (2015 + 8 / 12, NOW)),
        ("Systems Analyst Oct 12 - Sep 13", (2012 + 9 / 12, 2013 + 9 / 12)),
        ("Jan '21 – Mar '23", (2021, 2023 + 3 / 12)),
        ("06/18 – Present", (2018 + 5 / 12, NOW)),
        ("University of Bremen, 2016/09 - now", (2016 + 8 / 12, NOW)),
        ("Jan 5, 2019 - Mar 3, 2020", (2019, 2020 + 3 / 12)),
        ("Sept. 2014 – June 2016", (2014 + 8 / 12, 2016.5)),
        ("Oct 98 - Jun 02", (1998.75, 2002.5)),
        ("January 2019 – Date", (2019, NOW)),
        # else the years between
        ("2019–Present", (2019, THIS_YEAR)),
        ("2015 to 2019", (2015, 2019)),
        ("2019 to date", (2019, THIS_YEAR)),
        ("Mar 2015 to 2019", (2015, 2019)),
    ],
)
def test_it_reads_the_span_of_a_range(line: str, span: tuple[float, float]) -> None:
    assert date_ranges(line, THIS_YEAR, NOW) == (pytest.approx(span),)


def test_a_range_in_months_counts_its_months() -> None:
    ((start, end),) = date_ranges("March 2016 – December 2018", THIS_YEAR, NOW)

    assert round(end - start, 1) == 2.8


@pytest.mark.parametrize(
    "line",
    ["Cut costs by 15 - 20% a year", "marked 15 - 20 exams a week", "Page 1/2 - 3/4", "March 22-25, 2019"],
)
def test_it_reads_no_range_from_numbers_that_are_not_years(line: str) -> None:
    assert date_ranges(line, THIS_YEAR, NOW) == ()


def test_the_structure_writes_only_years_the_resume_wrote() -> None:
    assert date_range(text="Systems Analyst Oct 2012 - Sep 2013") == ("2012", "2013")
    assert date_range(text="University of Bremen, 2016/09 - now") == ("2016", "")
    assert date_range(text="Systems Analyst Oct 12 - Sep 13") is None


def test_a_title_line_since_a_year_runs_to_now_but_a_sentence_since_a_year_does_not() -> None:
    assert date_ranges("Data Engineer, Acme (Since 2020)", THIS_YEAR, NOW) == ((2020, THIS_YEAR),)
    assert date_ranges("Precepted new graduate nurses (11 since 2020) on nights.", THIS_YEAR, NOW) == ()
