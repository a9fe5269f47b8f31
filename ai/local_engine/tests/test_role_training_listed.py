"""Training for a role ("practice educator / clinical educator training") is a course the candidate holds, not
a person to be: it is listed, with its noun, where the resume lacks it; the role itself asked as experience
is not. Every posting and resume here is made up."""

from ai.local_engine import analyze

RESUME = """Morgan Ellis
Dental Nurse
EXPERIENCE
Dental Nurse, Smile Street Clinic, 2018 - Present
- Prepared surgeries and sterilised instruments for four dentists
"""

SPECIFICATION = """Band 6 Dietitian
Person specification
Essential: BSc Dietetics; HCPC registration
"""


def test_training_for_a_role_is_listed_as_held():
    posting = f"{SPECIFICATION}Desirable: Postgraduate qualification; practice educator / clinical educator training\n"

    missing = analyze(resume_text=RESUME, job_description=posting)["missing_keywords"]

    assert "practice educator / clinical educator training" in missing


def test_the_role_asked_as_experience_is_not_listed():
    posting = f"{SPECIFICATION}Desirable: Experience as a practice educator\n"

    missing = analyze(resume_text=RESUME, job_description=posting)["missing_keywords"]

    assert not any("educator" in name for name in missing)
