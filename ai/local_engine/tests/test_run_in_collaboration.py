"""The words "in collaboration with", where they say how others run a project or a process ("The research
will be carried out in close collaboration with other groups"), or what a project is ("a collaboration
between ..."), ask no collaboration of the hire; a duty done in collaboration still does. Every posting and
resume here is made up."""

import pytest

from ai.local_engine import analyze

RESUME = "Ana Ruiz\n\nExperience\nParalegal, Vance LLP (2020 - present)\n- Drafted 30 discovery responses\n"
ASKS = "Postdoctoral Researcher\nRequirements:\n- PhD in soil science\n- Experience with field sampling\n\n"


def _missing(line: str) -> list[str]:
    return [k.lower() for k in analyze(resume_text=RESUME, job_description=ASKS + line)["missing_keywords"]]


@pytest.mark.parametrize(
    "line",
    [
        "The research will be carried out in close collaboration with other groups in Lyon.",
        "The final selection will be made by the project supervisor in collaboration with a committee.",
        "The project is a collaboration between the Institute of Soil Science and two farms.",
    ],
)
def test_a_project_or_process_others_run_in_collaboration_asks_none(line):
    assert "collaboration" not in _missing(line)


@pytest.mark.parametrize(
    "line",
    [
        "Analyse business requirements in close collaboration with the client and other stakeholders.",
        "You will work in close collaboration with our design team.",
    ],
)
def test_a_duty_done_in_collaboration_still_asks_it(line):
    assert "collaboration" in _missing(line)
