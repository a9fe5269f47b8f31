"""US teaching credentials ("California Education Specialist Credential ... or Intern Credential", "English
Learner Authorization"): credentials, met where the resume names them as the state does, and "English" of
"English Learner" asks no language. Made-up texts."""

from ai.local_engine import analyze

POSTING = """Special Education Teacher - Resource Room
Duties
- Provide specialized academic instruction in reading and math to students with mild to moderate disabilities
- Write and implement IEPs with measurable goals and hold annual IEP meetings
- Collaborate with general education teachers and families
Requirements
- California Education Specialist Credential (Mild/Moderate Support Needs) or Intern Credential
- Bachelor's degree
- English Learner Authorization (CLAD or equivalent)
"""

RESUME = """Rosa Vega
Resource Specialist Teacher, Corona USD, 2022 - present
- Teach small-group reading and math to 24 students with mild/moderate disabilities
- Write IEPs with measurable goals and run annual meetings with families
Credentials
Education Specialist Instruction Credential: Mild/Moderate Support Needs (Clear), includes English Learner \\
Authorization
B.A. Liberal Studies, UC Riverside, 2021
"""


def _requirements(result: dict) -> dict[str, dict]:
    return {r["name"]: r for r in result["details"]["requirements"]}


def test_a_states_teaching_credential_is_a_credential_met_without_the_states_name():
    names = _requirements(analyze(resume_text=RESUME, job_description=POSTING))

    credential = names["California Education Specialist Credential"]
    assert credential["kind"] == "certification"
    assert credential["status"] == "met"
    assert "Intern Credential" not in names


def test_an_authorization_for_english_learners_asks_no_language():
    names = _requirements(analyze(resume_text=RESUME, job_description=POSTING))

    assert "English" not in names
    assert names["English Learner Authorization"]["status"] == "met"


def test_the_right_to_work_is_no_credential():
    posting = "Data Analyst\nRequirements\n- 3+ years of SQL and Tableau\n- Must have US Work Authorization\n"

    names = _requirements(analyze(resume_text=RESUME, job_description=posting))

    assert not [name for name in names if "Authorization" in name]
