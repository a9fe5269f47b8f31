"""A regulation a posting names by letters with a bracketed part ("IR(ME)R 2017"): one requirement of
knowledge, read by its letters as a standard with a year is, met where the resume writes them with or without
the brackets ("IRMER"). Every posting and resume here is made up."""

from ai.local_engine.tests.rows import requirement_rows

POSTING = (
    "Diagnostic Radiographer\nMain duties\n"
    "- Work in line with IR(ME)R 2017 and IRR 2017, justifying every exposure.\n"
    "- Experience of mobile radiography\n"
)


def _radiographer(line: str) -> str:
    return (
        "Sam Okoye\n\nExperience\nRadiographer, Riverside Hospital (2019 - present)\n"
        f"- Performed mobile radiography on wards\n- {line}\n"
    )


def test_letters_with_a_bracketed_part_are_one_regulation_asked():
    rows = requirement_rows(resume=_radiographer("Trained students"), posting=POSTING)

    assert rows["IR(ME)R"]["kind"] == "hard_skill"
    assert rows["IR(ME)R"]["status"] == "missing"
    assert "R" not in rows  # not the language R inside it


def test_the_regulation_is_met_by_its_letters_without_the_brackets():
    rows = requirement_rows(resume=_radiographer("Justified exposures under IRMER"), posting=POSTING)

    assert rows["IR(ME)R"]["status"] == "met"
