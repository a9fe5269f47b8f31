"""What a job leads into ("with rotation into CT after the first year", "progression into management") is
offered, not asked; the same field asked on a requirement line stays asked. Every posting and resume here is
made up."""

from ai.local_engine import analyze

RESUME = """Alex Reed
Diagnostic Radiographer
EXPERIENCE
Radiographer, Eastbrook Hospital, 2022 - Present
- General and mobile radiography for ED and wards
"""


def _names(posting: str) -> list[str]:
    requirements = analyze(resume_text=RESUME, job_description=posting)["details"]["requirements"]
    return [r["name"] for r in requirements]


def test_a_field_the_job_rotates_into_is_not_asked():
    posting = (
        "Diagnostic Radiographer\nNewly qualified radiographers are welcome and will be supported through a "
        "preceptorship, with rotation into MRI after the first year.\nRequirements\n"
        "- General radiography experience\n- Radiation protection\n"
    )

    assert "MRI" not in _names(posting)


def test_the_same_field_asked_on_a_requirement_line_stays_asked():
    posting = (
        "Diagnostic Radiographer\nWe run a busy general radiography department.\nRequirements\n"
        "- General radiography experience\n- MRI experience\n"
    )

    assert "MRI" in _names(posting)
