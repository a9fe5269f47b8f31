"""A body's letters asked as a registration ("HCPC registration", "Registration with the HCPC") name a
credential, though the vocabulary knows the letters as a coding tool (HCPCS); a registration handled in a duty
("Manage VAT registration") is none. Every posting and resume here is made up."""

from ai.local_engine import analyze

RESUME = """Sam Okoro
Physiotherapist
EXPERIENCE
Physiotherapist, Northgate NHS Trust, 2019 - Present
- Treated inpatients on medical and surgical wards
EDUCATION
BSc (Hons) Physiotherapy (HCPC-approved), 2019
"""


def _requirement(*, posting: str, name: str) -> dict:
    requirements = analyze(resume_text=RESUME, job_description=posting)["details"]["requirements"]
    return next(r for r in requirements if r["name"] == name)


def test_a_bodys_letters_before_registration_are_a_credential_asked():
    posting = "Physiotherapist\nRequirements\n- HCPC registration\n- Experience in MSK outpatients\n"

    assert _requirement(posting=posting, name="Registration with HCPC")["kind"] == "certification"


def test_registration_with_a_body_is_a_credential_asked_without_current():
    posting = "Physiotherapist\nRequirements\n- Registration with the HCPC\n- Experience in MSK outpatients\n"

    hcpc = _requirement(posting=posting, name="Registration with HCPC")

    assert hcpc["kind"] == "certification"
    assert hcpc["status"] == "missing"  # the course the body approved is no registration held


def test_a_registration_handled_in_a_duty_is_no_credential():
    posting = "Accountant\nDuties\n- Manage VAT registration and returns\n- Prepare monthly accounts\n"

    requirements = analyze(resume_text=RESUME, job_description=posting)["details"]["requirements"]

    assert all(r["kind"] != "certification" for r in requirements)


def test_a_registration_asked_after_the_body_named_in_a_duty_is_the_credential():
    posting = (
        "Physiotherapist\nDuties\n- Keep records in line with HCPC and CSP standards\n"
        "Requirements\n- BSc Physiotherapy; HCPC registration\n"
    )

    assert _requirement(posting=posting, name="Registration with HCPC")["kind"] == "certification"
