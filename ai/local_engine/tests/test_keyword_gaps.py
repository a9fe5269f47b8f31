"""Duties and tentative requirements a recruiter lists as gaps, under the words screened for."""

import pytest

from ai.local_engine import analyze
from ai.local_engine.keyword_gaps import MAX_LISTED_GAPS, keyword_form

SHIFT_LEAD_POSTING = """Shift Lead, Garden Centre
Responsibilities:
- Build weekly schedules within the payroll budget
- Run deliveries, stock rotation and plant care in the nursery yard
- Keep the tills balanced and the yard tidy
Requirements:
- 2+ years of retail experience
- Forklift certification
- Scissor lift / boom lift certification
"""


@pytest.mark.parametrize(
    ("phrase", "form"),
    [
        ("Build weekly schedules", "weekly schedules"),
        ("install lighting controls", "lighting controls"),
        ("applying security controls", "security controls"),
        ("Effective classroom management", "classroom management"),
        ("cycle counts", "cycle counts"),
    ],
)
def test_a_duty_is_shown_as_what_it_acts_on(phrase, form):
    assert keyword_form(name=phrase) == form


@pytest.mark.parametrize(
    "phrase",
    [
        "ship new features",  # the object is one graded word
        "Build reusable code",  # a quality asked of the work
        "store managers run",  # a clause
        "Northwoods Outfitters",  # a name
        "500+ vehicles",  # a figure
        "media company",  # the workplace
        "night shift",  # the hours
        "lessons aligned",  # it dangles
        "Create servers",  # one bare word
    ],
)
def test_a_fragment_a_name_or_a_clause_is_never_shown(phrase):
    assert keyword_form(name=phrase) is None


def test_a_duty_the_resume_lacks_is_a_missing_keyword_after_the_named_ones():
    result = analyze(
        resume_text="Experience\n- Cashier at a bakery, 2020-2024.", job_description=SHIFT_LEAD_POSTING
    )
    missing = result["missing_keywords"]
    assert "weekly schedules" in missing
    assert missing.index("Forklift certification") < missing.index("weekly schedules")
    detail = {m["term"]: m for m in result["details"]["missing_keywords_detail"]}
    assert detail["weekly schedules"]["confidence"] == "listed"
    assert detail["weekly schedules"]["asked_as"] == "Build weekly schedules"
    assert len([m for m in detail.values() if m["confidence"] == "listed"]) <= MAX_LISTED_GAPS


def test_a_resume_doing_what_the_duty_names_is_not_told_it_lacks_it():
    resume = (
        "Experience\n- Scheduled 14 associates each week and trained new hires at a grocery store, 2019-2024."
    )
    result = analyze(resume_text=resume, job_description=SHIFT_LEAD_POSTING)
    assert "weekly schedules" not in result["missing_keywords"]


def test_a_phrase_before_a_credential_noun_is_a_credential_met_by_either_of_its_names():
    lacking = analyze(
        resume_text="Experience\n- Cashier at a bakery, 2020-2024.", job_description=SHIFT_LEAD_POSTING
    )
    assert "Scissor lift / boom lift certification" in lacking["missing_keywords"]
    holding = analyze(
        resume_text="Experience\n- Cashier at a bakery, 2020-2024.\nCertifications\n- Boom lift operator, 2023",
        job_description=SHIFT_LEAD_POSTING,
    )
    assert "Scissor lift / boom lift certification" not in holding["missing_keywords"]


PLUMBER_POSTING = """Plumber
What you'll do:
- Blueprint reading, riser diagrams and fixture schedules
- Install water heaters and backflow preventers
Requirements:
- Journeyman plumber license
"""


def test_items_of_a_list_are_gaps_only_while_the_resume_shows_none_of_the_list():
    lacking = analyze(
        resume_text="Experience\n- Fixed leaks at a hotel, 2019-2024.", job_description=PLUMBER_POSTING
    )
    assert {"riser diagrams", "fixture schedules"} <= set(lacking["missing_keywords"])
    reading = analyze(
        resume_text="Experience\n- Used blueprint reading to rough in bathrooms at a hotel, 2019-2024.",
        job_description=PLUMBER_POSTING,
    )
    assert not {"riser diagrams", "fixture schedules"} & set(reading["missing_keywords"])
    assert "water heaters" in reading["missing_keywords"]


TECHNICIAN_POSTING = """Maintenance Technician
Responsibilities:
- Repair plumbing fixtures, drain lines and rooftop units
- Perform preventive maintenance on HVAC equipment
Requirements:
- EPA 608 certification
"""


def test_a_duty_whose_object_the_resume_names_is_met_in_the_score_and_its_list_is_no_gap():
    lacking = analyze(
        resume_text="Experience\n- Fixed leaks at a hotel, 2019-2024.",
        job_description=TECHNICIAN_POSTING,
        semantic=False,
    )
    showing = analyze(
        resume_text="Experience\n- Replaced plumbing fixtures in 120 hotel rooms, 2019-2024.",
        job_description=TECHNICIAN_POSTING,
        semantic=False,
    )
    duty = next(r for r in showing["details"]["requirements"] if r["name"] == "Repair plumbing fixtures")
    assert (duty["status"], duty["matched_as"]) == ("met", "plumbing fixtures")
    assert {"plumbing fixtures", "drain lines"} <= set(lacking["missing_keywords"])
    assert not {"plumbing fixtures", "drain lines"} & set(showing["missing_keywords"])
    assert showing["match_score"] > lacking["match_score"]


def test_nothing_is_listed_from_what_the_company_says_about_itself():
    posting = """Warehouse Shift Lead
We specialise in delivering turnkey solutions for the offshore wind and power generation industries.
We encourage professional growth and career development and offer competitive benefits and compensation.
Responsibilities:
- Run receiving, cycle counts and returns processing for the night shift
"""
    result = analyze(resume_text="Cashier\nRan the till and greeted customers.", job_description=posting)
    listed = [
        item["term"]
        for item in result["details"]["missing_keywords_detail"]
        if item["confidence"] == "listed"
    ]

    assert set(listed) <= {"cycle counts"}  # a practice area named in a duty, listed or read with confidence
    assert "cycle counts" in result["missing_keywords"]
    assert "offer competitive benefits" not in result["missing_keywords"]


def test_a_phrase_whose_bracketed_example_the_resume_meets_is_not_listed():
    posting = """Marketing Manager
Key responsibilities
- Plan and manage paid social (Meta, TikTok) and paid search budgets
"""
    runs_tiktok = (
        "Jordan Ellis\nExperience\nMarketer, Lumen (2021 - 2024)\n- Ran TikTok ads for 3 product lines\n"
    )
    runs_nothing = "Jordan Ellis\nExperience\nMarketer, Lumen (2021 - 2024)\n- Wrote the monthly newsletter\n"

    assert "paid social" not in analyze(resume_text=runs_tiktok, job_description=posting)["missing_keywords"]
    assert "paid social" in analyze(resume_text=runs_nothing, job_description=posting)["missing_keywords"]


def test_work_that_came_in_projects_is_shown_by_the_work():
    posting = (
        "Project Manager\nRequirements\n- 5+ years managing commercial fit-out or refurbishment projects\n"
    )
    did = "Gareth\nExperience\nSite Manager, Kier (2013 - 2019)\n- Ran the refurbishment of a 6-storey office block\n"
    did_not = "Gareth\nExperience\nSite Manager, Kier (2013 - 2019)\n- Ran new-build housing sites\n"

    assert (
        "refurbishment projects" not in analyze(resume_text=did, job_description=posting)["missing_keywords"]
    )
    assert (
        "refurbishment projects" in analyze(resume_text=did_not, job_description=posting)["missing_keywords"]
    )


def test_a_grade_of_the_work_is_no_part_of_what_is_screened_for():
    assert keyword_form(name="Publish high-quality research") is None
    assert keyword_form(name="Deliver world-class customer onboarding") == "customer onboarding"
    assert keyword_form(name="Turn messy data") is None  # the state of the data, not a skill
    assert keyword_form(name="Maintain large operational datasets") == "operational datasets"


def test_correspondence_drafted_shows_correspondence_to_edit_and_its_lack_is_still_listed():
    posting = (
        "Executive Assistant\nWhat you'll do\n"
        "• Draft and edit correspondence, and prepare presentations\n• Book travel for the CEO\n"
    )
    drafting = "Sam Lee\nExecutive Assistant, Acme, 2019 - present\n- I draft correspondence and book travel for the CFO\n"
    lacking = "Sam Lee\nExecutive Assistant, Acme, 2019 - present\n- Booked travel for the CFO\n"

    assert (
        "edit correspondence"
        not in analyze(resume_text=drafting, job_description=posting)["missing_keywords"]
    )
    assert "edit correspondence" in analyze(resume_text=lacking, job_description=posting)["missing_keywords"]


LINES = (
    "Python, Django, PostgreSQL, Redis, Docker, Kubernetes, Terraform, AWS",
    "Kafka, Elasticsearch, RabbitMQ, Nginx, Ansible, Jenkins, Prometheus, Grafana",
    "React, TypeScript, GraphQL, Node.js, MongoDB, Git",
)
CASHIER = "Sam Hale\nCashier, 2019 - present\n- Ran the till\n"


def test_every_named_tool_of_a_bare_list_is_asked():
    posting = f"Senior Backend Engineer\nRequirements\n- {LINES[0]}\n- {LINES[1]}\n"
    result = analyze(resume_text=CASHIER, job_description=posting)

    names = {r["name"] for r in result["details"]["requirements"]}
    assert set(f"{LINES[0]}, {LINES[1]}".split(", ")) <= names  # the first item too, and the rarer ones


def test_a_long_posting_lists_twenty_gaps_the_required_before_the_preferred():
    posting = "Senior Engineer\nRequirements\n" + "".join(f"- {line}\n" for line in LINES)
    posting += "Nice to have\n- Scala or Go\n"
    result = analyze(resume_text=CASHIER, job_description=posting)

    missing = result["missing_keywords"]
    assert len(missing) == 20
    assert set(missing) <= set(", ".join(LINES).split(", "))  # 20 of the 22 required, no preferred one


def test_duties_fill_the_list_only_to_fifteen_past_which_named_gaps_take_the_room():
    duty = "Responsibilities:\n- Build weekly schedules within the payroll budget\n"
    short = analyze(resume_text=CASHIER, job_description=f"Shift Lead\nRequirements\n- {LINES[2]}\n{duty}")
    long = analyze(
        resume_text=CASHIER,
        job_description=f"Shift Lead\nRequirements\n- {LINES[0]}\n- {LINES[1]}\n{duty}",
    )

    assert "weekly schedules" in short["missing_keywords"]
    assert set(f"{LINES[0]}, {LINES[1]}".split(", ")) <= set(long["missing_keywords"])  # 16 named tools
    assert "weekly schedules" not in long["missing_keywords"]
