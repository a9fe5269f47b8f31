"""A posting's first line may give the job's facts after its title, past a dash, a bar or a bracket ("Title
Examiner — Commercial and Residential"): the title is read, and the resume's years in that role count. Every
text here is made up."""

import pytest

from ai.local_engine import analyze

RESUME = """Maria Gomez
EXPERIENCE
Senior Title Examiner, Alamo Title, 2019 - 2025
- Examine chain of title for 40 commercial files a month
Title Examiner, Bexar Abstract, 2014 - 2019
- Examined residential title and prepared commitments
"""


@pytest.mark.parametrize(
    "first_line",
    ["Title Examiner — Commercial and Residential", "Title Examiner | Hybrid", "Title Examiner (Remote)"],
)
def test_a_title_before_a_dash_is_the_job_and_its_years_count(first_line: str):
    posting = f"{first_line}\nLone Star Title Co.\n\nRequired\n- 3+ years of title examination experience\n"
    details = analyze(resume_text=RESUME, job_description=posting)["details"]

    assert details["job_title"] == "Examiner"
    assert details["relevant_years"] == 11.0


def test_a_label_in_brackets_before_the_title_is_no_part_of_it():
    from ai.local_engine import analyze

    posting = (
        "[Osaka / Full-time] Localization QA Tester (English)\nRequirements\n- JIRA\n- Japanese reading\n"
    )
    resume = "Kim Ode\nExperience\nLocalization QA Tester, Pixel Forge (2021 - present)\n- Log bugs in JIRA every day\n"
    assert (
        analyze(resume_text=resume, job_description=posting)["details"]["job_title"]
        == "Localization QA Tester"
    )
