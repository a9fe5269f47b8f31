"""The posting's keywords stuffed at a resume's end count only as a bare list in whatever shape they come: one
a bullet ("• RN license"), on one line between bars ("PRINCE2 | ITIL 4"), or one a line in lower case, which
the reading glues onto the line above (a heading, or the resume's last line). Every posting and resume here is
made up."""

from collections.abc import Callable

from ai.local_engine import analyze

_POSTING = """Charge Nurse
Requirements:
- Current RN license and BLS certification
- Two years of acute care nursing
- Charting in Epic
- Manage third-party vendors for equipment and supplies
- Knowledge of infection control regulatory expectations
"""

_RESUME = """Sam Reyes
sam.reyes@example.com

EXPERIENCE
Barista, Corner Cup, 2020 - present
- Served 200 customers a day and trained two new starters

EDUCATION
High School Diploma, Eastfield High School, 2019
"""


def _met_after(*, stuff: Callable[[list[str]], str], resume: str = _RESUME) -> list[str]:
    """Return the requirements the stuffed keywords leave met (more than a bare list's part credit)."""
    missing = analyze(resume_text=resume, job_description=_POSTING, semantic=False)["missing_keywords"]
    assert missing
    stuffed = analyze(resume_text=resume + stuff(missing), job_description=_POSTING, semantic=False)
    return [r["name"] for r in stuffed["details"]["requirements"] if r["status"] == "met"]


def test_keywords_stuffed_as_bullets_under_skills_are_only_listed() -> None:
    assert _met_after(stuff=lambda names: "Skills\n" + "".join(f"• {name}\n" for name in names)) == []


def test_keywords_stuffed_between_bars_after_the_contact_line_add_only_a_list_credit() -> None:
    resume = _RESUME + "\nsam.reyes@example.com | +1 555 010 0199\n"  # the contact line last
    names = ["RN", "BLS", "Epic", "Manage third-party vendors"]

    def score(line: str) -> int:
        return analyze(resume_text=resume + line, job_description=_POSTING, semantic=False)["match_score"]

    # (each name one sentence, "Manage third-party vendors" read as a sentence of its own: 11 points)
    assert score(" | ".join(names) + "\n") - score("") <= 5


def test_a_lower_case_list_glued_onto_a_heading_is_only_listed() -> None:
    stuffed = _RESUME + (
        "Core competencies\ninfection control regulatory expectations\n"
        "third-party vendors for equipment and supplies\nacute care nursing\n"
    )
    result = analyze(resume_text=stuffed, job_description=_POSTING, semantic=False)

    assert [r["name"] for r in result["details"]["requirements"] if r["status"] == "met"] == []


def test_a_list_glued_onto_the_resume_last_line_is_only_listed() -> None:
    unfinished = _RESUME.rstrip() + ", and a first aid course (2021)\n"
    lower = lambda names: "".join(f"{name.lower()}\n" for name in names)  # noqa: E731

    assert _met_after(stuff=lower, resume=unfinished) == []


def test_a_bullet_of_work_wrapped_over_lines_keeps_full_credit() -> None:
    resume = _RESUME.replace(
        "- Served 200 customers a day and trained two new starters",
        "- Charted every patient in Epic on an acute care ward, and chased\nthird-party vendors for supplies",
    )
    result = analyze(resume_text=resume, job_description=_POSTING, semantic=False)

    assert "Epic" not in result["missing_keywords"]
    assert next(r for r in result["details"]["requirements"] if r["name"] == "Epic")["status"] == "met"


def test_a_lower_case_list_glued_onto_the_last_bullet_of_work_is_only_listed() -> None:
    resume = _RESUME.replace("EDUCATION\nHigh School Diploma, Eastfield High School, 2019\n", "")
    stuffed = resume.rstrip() + "\ncharting in epic\nacute care nursing\ninfection control\n"
    result = analyze(resume_text=stuffed, job_description=_POSTING, semantic=False)

    assert [r["name"] for r in result["details"]["requirements"] if r["status"] == "met"] == []


def test_short_names_between_bars_under_certifications_with_skills_among_them_are_only_listed() -> None:
    resume = _RESUME + "\nCERTIFICATIONS\nFood Hygiene Level 2 (2021)\n"
    stuffed = resume + "RN | BLS | Epic | infection control | acute care nursing\n"
    result = analyze(resume_text=stuffed, job_description=_POSTING, semantic=False)

    assert [r["name"] for r in result["details"]["requirements"] if r["status"] == "met"] == []


def test_short_names_alone_under_certifications_are_held() -> None:
    resume = _RESUME + "\nCERTIFICATIONS\nRN | BLS | ACLS | PALS\n"
    result = analyze(resume_text=resume, job_description=_POSTING, semantic=False)

    assert (
        next(r for r in result["details"]["requirements"] if r["name"] == "BLS certification")["status"]
        == "met"
    )
