"""A care provider's name on a posting's head line asks nothing ("Harbourside Health & Rehabilitation ·
Plymouth"); a nurse teaching patients shows communication. Every posting and resume here is made up."""

from ai.local_engine import analyze
from ai.local_engine.tests.rows import requirement_rows

POSTING = """Band 6 Physiotherapist
Harbourside Health & Rehabilitation · Plymouth · £37k

Experience
Essential: 2 years of oncology experience; phlebotomy
Desirable: Neurology rotation
"""
RESUME = """Sam Reyes
Physiotherapist, Tamar Cancer Care Centre, 2021 - present
- Treated 12 patients a day in cancer care, including lymphoedema clinics
- Drew blood for the ward team before rounds
"""


def test_a_care_providers_name_on_the_head_line_asks_nothing():
    result = analyze(resume_text=RESUME, job_description=POSTING)

    assert "rehabilitation" not in {r["name"].lower() for r in result["details"]["requirements"]}
    assert "Rehabilitation" not in result["missing_keywords"]


def test_teaching_patients_about_their_care_shows_communication():
    posting = "Registered Nurse\nRequirements\n- Excellent communication with patients and families\n"
    resume = "Grace Okafor, RN\n- Teach patients and families about new medications before discharge\n"

    assert requirement_rows(resume=resume, posting=posting)["communication"]["status"] == "met"


SKILL_POSTING = "Analyst\nRequirements\n- Excellent communication skills\n- Strong stakeholder management\n"


def _shown(*, act: str, skill: str) -> str:
    """Return the status of ``skill`` for a resume whose one job line is ``act``."""
    resume = f"Sam Lee\nExperience\nAnalyst, Acme, 2020 - present\n- {act}\n"
    rows = requirement_rows(resume=resume, posting=SKILL_POSTING)
    return {name.lower(): row for name, row in rows.items()}[skill]["status"]


def test_presenting_to_a_director_meeting_clients_running_sessions_and_training_staff_show_communication():
    for act in (
        "Present the consensus forecast to the commercial director each month",
        "Met brokers and key clients with the sales team",
        "Ran intake sessions with hiring managers to agree the profile",
        "Trained new starters on the till system",
    ):
        assert _shown(act=act, skill="communication skills") == "met", act


def test_meeting_a_deadline_or_training_a_model_shows_no_communication():
    for act in ("Met the deadline for the annual return", "Trained a machine learning model on 2M records"):
        assert _shown(act=act, skill="communication skills") == "missing", act


def test_dealing_with_those_who_decide_shows_stakeholder_management():
    for act in (
        "Report monthly to the IT steering committee and the board",
        "Obtained sign-off from business stakeholders on every BRD",
        "Trusted adviser to hiring managers across engineering",
    ):
        assert _shown(act=act, skill="stakeholder management") == "met", act
