"""Postings of trades and care jobs: the company, the contact line and everyday words are not requirements."""

from ai.local_engine import analyze
from ai.local_engine.requirements import read_requirements

ELECTRICIAN = """Commercial Electrician - Full Time

Bright Spark Electrical is growing! We are looking for a journeyman electrician to join our commercial team.

Requirements:
- Valid Colorado Journeyman Electrician license
- Knowledge of the National Electrical Code (NEC)
"""

WAREHOUSE = """Warehouse Associate (Day Shift)

What you bring
• High school diploma or GED
• Forklift certification
• Basic computer skills
• Answer customer calls and chat requests

Call Human Resources at (608) 555-0142.
"""


def _names(text: str) -> set[str]:
    return {r.name for r in read_requirements(text=text).requirements}


def test_the_company_named_as_the_subject_of_a_blurb_is_not_a_tool():
    names = _names(ELECTRICIAN)
    assert "Spark" not in names  # "Bright Spark Electrical is growing!" (not Apache Spark)
    # "Knowledge of the National Electrical Code (NEC)": one requirement, named in full, met by either name.
    details = analyze(resume_text="Sam Poe", job_description=ELECTRICIAN)["details"]
    code = [r for r in details["requirements"] if r["name"] == "National Electrical Code"]
    assert code and code[0]["alternatives"] == ["NEC"]


def test_a_role_called_associate_is_not_an_associate_degree():
    analysis = analyze(
        resume_text="Sam Poe\nSales Associate, Shopmart, 2019 - 2023", job_description=WAREHOUSE
    )
    assert not [r for r in analysis["details"]["requirements"] if r["kind"] == "degree"]
    posting = "Accountant\nRequirements: an associate degree in accounting."
    assert [
        r["name"]
        for r in analyze(resume_text="", job_description=posting)["details"]["requirements"]
        if r["kind"] == "degree"
    ]


def test_everyday_words_and_the_contact_line_are_not_requirements():
    names = _names(WAREHOUSE)
    assert "Forklift certification" in names
    assert not names & {"Basic", "chat", "Human Resources", "Associate degree"}


LOGISTICS = """Logistics Coordinator
National Freight Records Service — Office of Operations
Appointment type: Permanent | Work schedule: Full-time

What you bring:
👉 Bilingual English/Spanish a plus
👉 French a bonus
👉 Forklift or CDL? Not needed
👉 Proficiency in Excel is expected; Portuguese is helpful but not necessary.

Questions: HR Staffing, (816) 555-0120.
"""


def test_languages_asked_for_are_requirements_and_a_bilingual_pair_asks_both():
    languages = {
        r.name: r.importance for r in read_requirements(text=LOGISTICS).requirements if r.kind == "language"
    }
    assert languages == {
        "English": "preferred",
        "Spanish": "preferred",
        "French": "preferred",
        "Portuguese": "preferred",
    }


def test_what_a_posting_says_is_not_needed_and_its_own_admin_lines_are_not_requirements():
    names = _names(LOGISTICS)
    assert "Excel" in names
    # "CDL? Not needed", the agency's name, a form's label, the contact line
    assert not names & {"CDL", "Forklift", "Records", "schedule", "HR Staffing"}


def test_presenting_to_people_or_serving_customers_shows_communication():
    posting = "Front Desk Agent\nRequirements:\n- Excellent communication skills\n- Customer service"
    statuses = {}
    for line in ("Gave presentations to clients every week.", "Customer-oriented agent, 50 guests a day."):
        resume = f"Jane Roe\nExperience\nAgent, Inn, 2019 - 2023\n{line}"
        details = analyze(resume_text=resume, job_description=posting)["details"]
        statuses[line] = {r["name"]: r["status"] for r in details["requirements"]}
    assert statuses["Gave presentations to clients every week."]["communication skills"] != "missing"
    customer = statuses["Customer-oriented agent, 50 guests a day."]
    assert (customer["communication skills"], customer["Customer service"]) == ("met", "met")


def test_everyday_verbs_and_a_degrees_field_are_not_soft_skills():
    posting = (
        "Marketing Coordinator\nWhat you'll do\n- Plan and schedule posts on Instagram\n- Design flyers\n"
        "Requirements\n- Bachelor's degree in Marketing, Communications or a related field"
    )
    soft = [r.name for r in read_requirements(text=posting).requirements if r.kind == "soft_skill"]
    assert soft == []  # not "manage time", "think creatively" nor "Communication"
    assert "Instagram" in _names(posting)


def test_soft_skills_asked_in_everyday_words_are_named():
    posting = (
        "Requirements:\n- Calm under pressure and organized\n- Strong writing skills\n- Negotiation skills"
    )
    soft = {r.name for r in read_requirements(text=posting).requirements if r.kind == "soft_skill"}
    assert {"Calm under pressure", "writing skills", "Negotiation skills"} <= soft


def test_work_with_people_is_shown_in_a_resume_in_the_words_it_is_asked_in():
    posting = "Requirements:\n- Work closely with product managers and designers\n- Experience mentoring other engineers"
    resume = "Jane Roe\nExperience\nEngineer, Acme, 2019 - 2023\nPartnered with designers on checkout.\nMentored two junior developers."
    requirements = analyze(resume_text=resume, job_description=posting)["details"]["requirements"]
    assert [r["kind"] for r in requirements] == ["soft_skill", "soft_skill"]
    assert [r["status"] for r in requirements] == ["met", "met"]
