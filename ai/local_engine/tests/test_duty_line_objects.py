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
