"""A line that opens with duty verbs and asks nothing else asks their object ("Perform maintenance tune-ups
for our members", "Diagnose and repair split systems"), however unsure the extractor is of its words."""

from ai.local_engine.requirements import read_requirements

# Made up for these tests.
POSTING = """Heating Engineer
What you will do
- Perform annual boiler services for our Care Plan households
- Diagnose and replace faulty diverter valves on combi boilers
Requirements
- Gas Safe registration
- Full UK driving licence
"""


def test_a_duty_lines_object_is_asked_when_nothing_else_of_it_is():
    read = read_requirements(text=POSTING)

    names = [r.name for r in (*read.requirements, *read.tentative)]

    assert "Perform annual boiler services" in names
    assert "replace faulty diverter valves" in names


# Made up for these tests: duties whose object is one thing, named in the singular.
SINGULAR_POSTING = """Asset Information Officer
What you will do
- Maintain asset register for the highways team
- Work involves making sound judgements
Requirements
- Experience with GIS
"""


def _names(text: str) -> list[str]:
    read = read_requirements(text=text)
    return [r.name for r in (*read.requirements, *read.tentative)]


def test_a_duty_lines_singular_object_is_asked_as_a_plural_one_is():
    assert "Maintain asset register" in _names(SINGULAR_POSTING)


def test_a_line_opening_with_work_as_a_noun_asks_no_singular_object():
    assert not any("sound" in name for name in _names(SINGULAR_POSTING))
