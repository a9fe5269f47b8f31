"""A phrase that is a whole segment of a requirements line ("...; evidence of continuing professional
development") or a whole line closed by its level ("Fortinet NSE 4") is an item asked, listed where the
resume lacks it; the same phrase in running text is not. Every posting and resume here is made up."""

from ai.local_engine import analyze

RESUME = """Casey Lund
Retail Supervisor
WORK HISTORY
Shift Supervisor, Northside Books, 2020 - Present
- Opened the store and balanced the tills each evening
"""


def _missing(posting: str) -> list[str]:
    return analyze(resume_text=RESUME, job_description=posting)["missing_keywords"]


def test_a_segment_asking_evidence_of_a_practice_is_listed():
    missing = _missing(
        """Band 6 Occupational Therapist
Person specification
Essential: BSc Occupational Therapy; HCPC registration; evidence of continuing professional development
Desirable: Experience of splinting
"""
    )

    assert "continuing professional development" in missing


def test_the_practice_in_running_text_is_not_listed():
    missing = _missing(
        """Band 6 Occupational Therapist
Person specification
Essential: BSc Occupational Therapy; HCPC registration
We expect every therapist to keep a record of continuing professional development in line with our policy.
"""
    )

    assert "continuing professional development" not in missing


def test_a_credential_line_closed_by_its_level_is_listed():
    missing = _missing(
        """Network Engineer
Requirements
- 3+ years supporting Cisco switches
- CCNA
Nice to have
- Fortinet NSE 4
- SD-WAN experience
"""
    )

    assert "Fortinet NSE" in missing


CPD_POSTING = """Band 6 Occupational Therapist
Person specification
Essential: BSc Occupational Therapy; HCPC registration; evidence of continuing professional development
"""


def test_continuing_education_on_a_resume_shows_continuing_professional_development():
    resume = RESUME + "CONTINUING EDUCATION\n- Hand therapy short course, 2023\n"

    missing = analyze(resume_text=resume, job_description=CPD_POSTING)["missing_keywords"]

    assert "continuing professional development" not in missing
