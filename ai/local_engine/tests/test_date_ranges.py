"""Date ranges of work entries, in the ways resumes write them."""

import pytest

from ai.local_engine.experience import date_ranges
from ai.local_engine.structure import date_range

THIS_YEAR = 2026


@pytest.mark.parametrize(
    ("line", "years"),
    [
        ("DevOps/FullStack developer Sep 15 - NOW", (2015, THIS_YEAR)),
        ("Systems Analyst Oct 12 - Sep 13", (2012, 2013)),
        ("Jan '21 – Mar '23", (2021, 2023)),
        ("06/18 – Present", (2018, THIS_YEAR)),
        ("2019–Present", (2019, THIS_YEAR)),
        ("2015 to 2019", (2015, 2019)),
        ("2019 to date", (2019, THIS_YEAR)),
        ("University of Bremen, 2016/09 - now", (2016, THIS_YEAR)),
        ("Jan 5, 2019 - Mar 3, 2020", (2019, 2020)),
        ("Sept. 2014 – June 2016", (2014, 2016)),
        ("Oct 98 - Jun 02", (1998, 2002)),
    ],
)
def test_it_reads_the_years_of_a_range(line: str, years: tuple[int, int]) -> None:
    assert date_ranges(line, THIS_YEAR) == (years,)


@pytest.mark.parametrize(
    "line",
    ["Cut costs by 15 - 20% a year", "marked 15 - 20 exams a week", "Page 1/2 - 3/4", "March 22-25, 2019"],
)
def test_it_reads_no_range_from_numbers_that_are_not_years(line: str) -> None:
    assert date_ranges(line, THIS_YEAR) == ()


def test_the_structure_writes_only_years_the_resume_wrote() -> None:
    assert date_range(text="Systems Analyst Oct 2012 - Sep 2013") == ("2012", "2013")
    assert date_range(text="University of Bremen, 2016/09 - now") == ("2016", "")
    assert date_range(text="Systems Analyst Oct 12 - Sep 13") is None


def test_a_title_line_since_a_year_runs_to_now_but_a_sentence_since_a_year_does_not() -> None:
    assert date_ranges("Data Engineer, Acme (Since 2020)", THIS_YEAR) == ((2020, THIS_YEAR),)
    assert date_ranges("Precepted new graduate nurses (11 since 2020) on nights.", THIS_YEAR) == ()
