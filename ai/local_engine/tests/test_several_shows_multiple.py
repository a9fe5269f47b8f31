"""A requirement that asks for more than one of a thing ("filings in multiple states") is shown by any word
for more than one ("several states", "various sites"), not by one. Every posting and resume here is made up."""

import pytest

from ai.local_engine import analyze

POSTING = (
    "Corporate Paralegal\nRequirements:\n- 3+ years as a corporate paralegal\n"
    "- Experience with Secretary of State filings in multiple states\n"
)


def _states_status(line: str) -> str:
    resume = f"Ana Ferreira\n\nExperience\nParalegal, Smith & Rowe LLP (2018 - 2024)\n- {line}\n"
    result = analyze(resume_text=resume, job_description=POSTING)
    (row,) = [r for r in result["details"]["requirements"] if r["name"] == "multiple states"]
    return row["status"]


@pytest.mark.parametrize(
    ("line", "status"),
    [
        ("Ran Secretary of State filings in several states through a filing service", "met"),
        ("Ran Secretary of State filings in various states through a filing service", "met"),
        ("Ran Secretary of State filings in one state through a filing service", "missing"),
    ],
)
def test_any_word_for_more_than_one_shows_it(line: str, status: str):
    assert _states_status(line) == status
