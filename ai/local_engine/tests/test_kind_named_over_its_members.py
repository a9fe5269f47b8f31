"""A kind of thing named over members that are asked in their own right ("financial processes: accounts
payable, month-end close", "its MySQL and MongoDB databases") is no requirement of its own."""

from ai.local_engine import analyze
from ai.local_engine.requirements import read_requirements

# Made up for these tests.
POSTING = """Finance Systems Analyst

What you will do
- Support our finance team and keep its MySQL and MongoDB databases healthy
- Write reports in Python, SQL and other programming languages

What you bring
- A good grasp of financial processes: accounts payable, month-end close, bank reconciliations
- Lead inventory control: receiving, cycle counts and stocktakes
- Experience with PPO and Medicaid billing
"""

RESUME = """Sam Lee
Shop Assistant, Orbit Foods, 2019-2025
- Served customers at the till and restocked shelves
"""


def _names(text: str) -> list[str]:
    return [r.name.lower() for r in read_requirements(text=text).requirements]


def test_a_kind_over_its_listed_members_is_no_requirement():
    names = _names(POSTING)

    assert "databases" not in names
    assert "financial processes" not in names
    assert "programming languages" not in names
    assert {"mysql", "mongodb", "accounts payable", "month-end close", "python", "sql"} <= set(names)


def test_a_field_with_its_parts_or_what_a_list_is_done_to_stays_asked():
    names = _names(POSTING)

    assert "inventory control" in names
    assert "billing" in names


def test_names_run_together_are_no_list_of_members():
    names = _names(
        "Data Engineer\n- You have a solid understanding of Linux cloud computing relational databases\n"
    )

    assert "relational databases" in names


def test_the_kind_is_not_listed_missing_beside_its_members():
    missing = [k.lower() for k in analyze(resume_text=RESUME, job_description=POSTING)["missing_keywords"]]

    assert "databases" not in missing
    assert "financial processes" not in missing
    assert "programming languages" not in missing
    assert {"mysql", "mongodb", "accounts payable", "month-end close"} <= set(missing)
