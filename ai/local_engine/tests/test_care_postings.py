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
