"""A bracket is read for what the work is made of ("file shipping documents (packing lists, certificates of
origin, bills of lading)"), not for who the work is with, where it is done, which projects it will be given,
or what the job gives. Every posting and resume here is made up."""

import pytest

from ai.local_engine import analyze

RESUME = """Dana Whitlock
Shipping Clerk, Harlow Freight, 2019 - present
- Booked collections with hauliers and answered customer calls
"""
ASKED = "- Prepare and file shipping documents (packing lists, certificates of origin, bills of lading)\n"


def _asked(posting: str) -> list[str]:
    result = analyze(resume_text=RESUME, job_description=posting)
    details = result["details"]
    names = [r["name"] for r in (*details["requirements"], *details["tentative_requirements"])]
    return [n.lower() for n in (*names, *result["missing_keywords"])]


def _has(asked: list[str], term: str) -> bool:
    return any(term in name for name in asked)


@pytest.mark.parametrize(
    ("lines", "not_asked"),
    [
        # who the work is with or for
        (
            "- Lead a small yard crew (loader drivers, forklift operators, gate marshals)\n"
            "- Screen new customers (freight brokers, cash-only hauliers, overseas importers)\n",
            ("gate marshals", "cash-only hauliers"),
        ),
        # where it is done, and the projects it will be given
        (
            "- 3 years in a busy port setting (bulk grain, car carriers, container terminals)\n"
            "- Help run warehouse projects (racking upgrades, dock extensions, yard resurfacing)\n",
            ("car carriers", "dock extensions"),
        ),
    ],
)
def test_a_bracket_of_who_where_or_which_projects_is_not_asked(lines, not_asked):
    asked = _asked("Export Coordinator\nResponsibilities\n" + ASKED + lines)

    assert _has(asked, "bills of lading")
    assert not any(_has(asked, term) for term in not_asked)


def test_a_bracket_of_what_the_job_gives_is_not_asked():
    posting = (
        "Export Coordinator\nResponsibilities\n"
        + ASKED
        + "Why Harlow?\n- Hybrid work: 2 days in the office\n"
        + "- Flexible remuneration plan (meal, travel and nursery vouchers)\n"
    )
    requirements = analyze(resume_text=RESUME, job_description=posting)["details"]["requirements"]
    asked = [r["name"].lower() for r in requirements]

    assert _has(asked, "bills of lading")
    assert not _has(asked, "vouchers")


def test_a_bracket_of_benefits_the_work_administers_is_asked():
    posting = (
        "Payroll Officer\nResponsibilities\n"
        "- Administer employee benefits (salary sacrifice, novated leases, income protection)\n"
    )
    assert _has(_asked(posting), "novated leases")
