"""Soft skills a resume shows by behaviour, not by name: handing work to another team (team working),
teaching the people served (communication), drawing requirements from those who will use the work
(stakeholder management), hiring and training one's staff (leadership), putting errors right (attention to
detail), ordering one's own work (time management) and many pieces of work run to a rhythm (organisation). A
resume without the behaviour still gets the gap, and a bare list of the skills' names gets no more than list
credit. Every posting and resume here is made up."""

import pytest

from ai.local_engine import analyze

POSTING = """Operations Coordinator

Essential
- Excellent communication skills
- Team working
- Stakeholder management
- Strong leadership skills
- Attention to detail
- Organisational skills
- Ability to prioritise competing demands
- Microsoft Excel
"""


def _status(*, line: str, name: str) -> str:
    resume = f"Lee Moran\n\nExperience\nCoordinator, Halden Works, 2019 - 2024\n{line}\n"
    rows = analyze(resume_text=resume, job_description=POSTING)["details"]["requirements"]
    return next(r for r in rows if r["name"] == name)["status"]


@pytest.mark.parametrize(
    ("line", "name", "status"),
    [
        # work handed to colleagues of another team or trade
        ("- Ran churn analyses and shared the findings to the retention team", "Team working", "met"),
        ("- Calculate dosing plans and recommend changes to the ward pharmacists", "Team working", "met"),
        # ... not a line of reporting, nor those the job serves
        ("- Escalate payroll disputes to the finance manager", "Team working", "missing"),
        ("- Provided same-day support to 400 users", "Team working", "missing"),
        # teaching the people served, named as a noun; coaching colleagues
        ("- Asthma inhaler education for children and parents", "communication skills", "met"),
        ("- Coaching of four new consultants in their first quarter", "communication skills", "met"),
        # ... not one's own education
        ("- Continuing education in lean methods, 2022", "communication skills", "missing"),
        # requirements drawn from those who will use the work
        (
            "- Met with the warehouse leads and the planners to gather requirements for the new slotting tool",
            "Stakeholder management",
            "met",
        ),
        (
            "- Gathered requirements from finance users for the month-end checklist",
            "Stakeholder management",
            "met",
        ),
        # ... not requirements read from a document
        ("- Gathered requirements for the API from the old spec", "Stakeholder management", "missing"),
        # building one's own team
        ("- Hired, trained and rostered the weekend packing crew", "leadership", "met"),
        # ... not a contractor hired to train a model
        ("- Hired a contractor to train the forecasting model", "leadership", "missing"),
        # errors found and put right; a stated habit of care
        (
            "- Audited the asset register: found and fixed 640 records with wrong cost codes",
            "Attention to detail",
            "met",
        ),
        ("- Methodical and focused on accuracy in every reconciliation", "Attention to detail", "met"),
        # ... not bugs fixed, nor a quality assurance function
        ("- Fixed 30 bugs in the payment flow", "Attention to detail", "missing"),
        ("- Focused on quality assurance tooling for the test team", "Attention to detail", "missing"),
        # ordering one's own work
        ("- Calm and steady when priorities shift during peak season", "Prioritisation", "met"),
        ("- Prioritised maintenance requests from six sites every morning", "Prioritisation", "met"),
        ("- Set the priorities of the product roadmap", "Prioritisation", "missing"),
        # many pieces of work run to a rhythm or side by side
        ("- Coordinate 3-5 trade shows a quarter from booking to breakdown", "Organisational skills", "met"),
        ("- Ran four fit-out projects in parallel to deadline", "Organisational skills", "met"),
        ("- Ran 10K races every month with the staff club", "Organisational skills", "missing"),
        # ... nor rounds of bids run in a purchasing tool
        ("- Run 25 supplier bid events a year in Coupa", "Organisational skills", "missing"),
    ],
)
def test_the_behaviour_shows_the_soft_skill_and_a_look_alike_does_not(line: str, name: str, status: str):
    assert _status(line=line, name=name) == status


def test_a_bare_list_of_soft_skills_gets_no_more_than_list_credit():
    resume = (
        "Lee Moran\n\nExperience\nCoordinator, Halden Works, 2019 - 2024\n- Booked freight for 30 clients a week\n"
        "Communication, Team working, Stakeholder management, Leadership, Attention to detail\n"
    )
    rows = analyze(resume_text=resume, job_description=POSTING)["details"]["requirements"]
    listed = [
        r for r in rows if r["name"] in {"communication skills", "Team working", "Stakeholder management"}
    ]

    assert listed
    assert all(r["status"] != "met" for r in listed)
