"""Duty lines written in the present tense with commas ("Take orders, run food, restock stations") are work
sentences, not keyword lists: what they name counts fully. Every posting and resume here is made up."""

import pytest

from ai.local_engine import analyze
from ai.local_engine.sections import is_bare_list


@pytest.mark.parametrize(
    "line",
    [
        "Take orders, run food, restock stations",
        "Stock shelves, face products, build displays and count inventory",
        "Take applications, pull credit and pre-approve buyers in Encompass; structure loans to Fannie Mae, "
        "Freddie Mac, FHA and VA guidelines",
    ],
)
def test_actions_in_a_row_are_duties_not_a_list(line):
    assert not is_bare_list(text=line)


@pytest.mark.parametrize(
    "line",
    [
        "Python, Django, React, AWS",
        "time management, problem solving, customer service, teamwork",
        "Excel, Word, PowerPoint, Outlook",
    ],
)
def test_names_in_a_row_stay_a_list(line):
    assert is_bare_list(text=line)


POSTING = """Mortgage Loan Officer
What you'll do:
- Take applications, pull credit and pre-qualify borrowers in Encompass
- Structure loans to Fannie Mae and Freddie Mac guidelines
What you'll need:
- 2+ years as a mortgage loan originator
- Active NMLS license
"""

RESUME = """Ana Silva, NMLS #1234567
Experience
Mortgage Loan Originator, Bayline Mortgage, 2021 - present
- Take applications, pull credit and pre-approve buyers in Encompass; structure loans to Fannie Mae, \
Freddie Mac, FHA and VA guidelines
Licensing
NMLS #1234567
"""


def test_a_tool_named_in_a_present_tense_duty_line_counts_as_work():
    result = analyze(resume_text=RESUME, job_description=POSTING)

    encompass = next(r for r in result["details"]["requirements"] if r["name"] == "Encompass")
    assert encompass["status"] == "met"
    assert encompass["context"] == "experience"


def test_an_action_on_named_tools_with_a_word_of_prose_is_a_duty():
    assert not is_bare_list(text="Run Prometheus, Grafana and Loki; share the PagerDuty rotation")
