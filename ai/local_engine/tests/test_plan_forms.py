"""A duty asked as a noun phrase ("discharge planning") is shown by the verb written plainly ("Plan
discharges"), however the suffix doubles the verb's last letter. Made-up texts."""

from ai.local_engine import analyze

POSTING = """Registered Nurse - Medicine Unit
Responsibilities
- Assess, plan and evaluate care for a patient assignment of 5 to 6
- Administer medications and IV therapy and document in Meditech
- Collaborate with physicians, pharmacists and allied health on discharge planning
Qualifications
- Current RN registration and BLS
"""

RESUME = """Sara Noor, RN
Experience
Registered Nurse, Medicine, Riverside Hospital, 2022 - present
- Care for 5 to 6 adult patients: assessment, care plans and evaluation
- Give oral and IV medications and chart in Meditech
- Plan discharges with the doctors and pharmacy at daily rounds
"""


def test_a_duty_named_by_its_ing_noun_is_shown_by_the_plain_verb():
    result = analyze(resume_text=RESUME, job_description=POSTING)

    duty = next(r for r in result["details"]["requirements"] if "discharge planning" in r["name"].lower())
    assert duty["status"] == "met"
    assert duty["evidence"].startswith("Plan discharges")


def test_planning_with_the_doctors_shows_collaboration():
    result = analyze(resume_text=RESUME, job_description=POSTING)

    collaboration = next(r for r in result["details"]["requirements"] if r["name"] == "Collaboration")
    assert collaboration["status"] == "met"
    assert collaboration["evidence"].startswith("Plan discharges with the doctors")
