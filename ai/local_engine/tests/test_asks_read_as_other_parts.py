"""An ask is read where a word of its line also names a perk or a place: "reinsurance" is no cover the job
gives, a degree "in Insurance" is a field, a product "in FieldPulse (or a similar app)" is no place."""

import pytest

from ai.local_engine.posting import read_posting
from ai.local_engine.requirements import read_requirements
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


def test_a_product_offered_with_similar_ones_is_no_place():
    posting = (
        "Pest Control Technician\nWhat you will do\n- Treat homes for termites and rodents\n"
        "- Log every visit with photos in FieldPulse (or a similar job app)\n"
    )

    names = [r.name for r in read_requirements(text=posting).requirements]

    assert "FieldPulse" in names
