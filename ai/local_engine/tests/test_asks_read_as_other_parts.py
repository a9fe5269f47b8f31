"""An ask is read where a word of its line also names a perk: "reinsurance" is no cover the job gives, a degree
"in Insurance" is a field."""

import pytest

from ai.local_engine.posting import read_posting
from ai.local_engine.vocab import get_vocabulary


def _kind_of_line(posting: str, line: str) -> str:
    read = read_posting(text=posting, vocabulary=get_vocabulary())
    return next(
        kind for sentence, kind in zip(read.sentences, read.kinds, strict=True) if sentence.text == line
    )


# Made up for these tests.
_MARINE = (
    "Marine Cargo Underwriter\nWhat you will do\n{line}\nWhat we offer\nHealth insurance and a pension.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Negotiate reinsurance treaty terms at each renewal.",
        "MBA in Insurance or Risk Management preferred.",
    ],
)
def test_a_line_of_insurance_work_or_its_field_is_asked(line):
    assert _kind_of_line(_MARINE.format(line=line), line) == "asks"


def test_insurance_the_job_gives_is_still_a_perk():
    assert (
        _kind_of_line(_MARINE.format(line="Price cargo risks."), "Health insurance and a pension.")
        == "benefits"
    )
