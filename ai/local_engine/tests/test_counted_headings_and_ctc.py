"""An Indian-style pair: a resume heading with its count of years ("PROFESSIONAL EXPERIENCE (4.5 years)"), a
"LANGUAGES KNOWN:" line, and a posting's "CTC: 5-7 LPA". Every posting and resume here is made up."""

import pytest

from ai.local_engine import analyze
from ai.local_engine.sections import heading_kind

POSTING = """Job Title: Quality Engineer - Automotive Components
Experience: 3-5 Years
CTC: 6-8 LPA
Job Description:
- Run PPAP submissions and control plans for new parts
- Lead 8D problem solving on customer complaints
Desired Candidate Profile:
- B.E. Mechanical
- Fluent in English, Hindi and Tamil
"""

RESUME = """ARJUN IYER
Chennai | arjun.iyer@example.in
CAREER OBJECTIVE
To grow as a quality professional in a reputed automotive company.
WORK EXPERIENCE (4 years)
Quality Engineer
Sundaram Auto Parts, Chennai
Jul 2021 - Present
- Prepared PPAP files and control plans for 30 new brake parts
- Led 8D investigations on 12 customer complaints, cutting repeat defects by half
EDUCATION
B.E. Mechanical Engineering, Anna University, 2021
LANGUAGES KNOWN: English, Hindi, Tamil
"""


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("PROFESSIONAL EXPERIENCE (4.5 years)", "experience"),
        ("Work Experience - 6+ Yrs", "experience"),
        ("Projects (3)", "projects"),
        ("Python (3 years)", None),
    ],
)
def test_a_heading_keeps_its_kind_with_a_count_after_it(line, kind):
    assert heading_kind(text=line) == kind


def test_jobs_under_a_counted_experience_heading_are_work():
    result = analyze(resume_text=RESUME, job_description=POSTING)

    assert result["details"]["sub_scores"]["role"]["score"] == 100
    assert result["details"]["sub_scores"]["experience"]["score"] == 100


def test_ctc_in_lakhs_is_pay_not_a_skill():
    result = analyze(resume_text=RESUME, job_description=POSTING)

    names = [r["name"] for r in result["details"]["requirements"]]
    assert not [name for name in names if "LPA" in name or "CTC" in name]
    assert "LPA" not in result["missing_keywords"]


def test_a_languages_known_line_holds_its_languages():
    result = analyze(resume_text=RESUME, job_description=POSTING)

    languages = [r for r in result["details"]["requirements"] if r["kind"] == "language"]
    assert {r["name"] for r in languages} == {"English", "Hindi", "Tamil"}
    assert all(r["status"] == "met" and r["context"] == "prose" for r in languages)


def test_communication_asked_in_named_languages_is_the_languages():
    posting = POSTING.replace(
        "- Fluent in English, Hindi and Tamil", "- Good communication in English, Hindi and Tamil"
    )

    result = analyze(resume_text=RESUME, job_description=posting)

    names = [r["name"].lower() for r in result["details"]["requirements"]]
    assert "communication" not in names
    assert {"english", "hindi", "tamil"} <= set(names)
