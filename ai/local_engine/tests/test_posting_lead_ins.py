"""Postings whose asks follow a long lead-in line, and the lines around them that ask nothing."""

from ai.local_engine import analyze
from ai.local_engine.requirements import read_requirements

# Made up for these tests: a school posting whose asks follow the pay table and a blurb, under a lead-in
# of seven words that no short heading matches.
SCHOOL = """Teacher of Science — Elmbridge Academy, Sheffield

Salary
| M1 | £32,916 |
Elmbridge is a growing 11-16 school.

We are looking for a teacher who:
• communicates well with parents and carers
• holds a degree in Chemistry or a science-heavy subject (biochemistry, pharmacology)
• plans lessons with a dedicated mentor during induction

Apply using the Trust application form. For a visit, contact Mr P. Hale, Head of Science, or hr@elmbridge.org.uk.
"""


def _requirements(text: str) -> dict[str, str]:
    return {r.name: r.kind for r in read_requirements(text=text).requirements}


def test_a_long_lead_in_ending_in_a_colon_opens_what_the_job_asks():
    names = _requirements(SCHOOL)
    assert "Communication" in names
    assert any(kind == "degree" for kind in names.values())


def test_a_lead_in_of_perks_still_opens_no_asks():
    text = "Engineer\n\nAs a member of our team you will enjoy these benefits and perks:\n• Python lessons"
    assert "Python" not in _requirements(text)


def test_a_mentor_the_job_provides_is_not_leadership_asked():
    assert "Leadership" not in _requirements(SCHOOL)
    assert "Leadership" not in _requirements("Teacher\nRequirements:\n• plan lessons with a dedicated mentor")
    assert "Leadership" in _requirements("Teacher\nRequirements:\n• mentor new teachers")


def test_the_contact_and_application_lines_ask_nothing():
    lines = "Apply using the Trust application form.\nFor a visit, ask Mr Hale, Head of Science, at hr@elm.org.uk."
    read = read_requirements(text=f"Teacher\nRequirements:\n• Python\n{lines}")
    assert [r.name for r in read.requirements] == ["Python"]
    assert not read.tentative


def _degree_missing(*, education: str) -> bool:
    resume = f"Ana Ruiz\nEducation\n{education}, University of Leeds, 2019\nExperience\nTeacher, 2019-2024"
    missing = analyze(resume_text=resume, job_description=SCHOOL)["missing_keywords"]
    return any("degree" in term.lower() for term in missing)


def test_bracketed_examples_after_a_degree_field_are_fields_too():
    assert not _degree_missing(education="BSc Pharmacology")
    assert _degree_missing(education="BA History")


def test_a_law_named_as_an_act_is_not_the_act_crm_tool():
    text = "Teacher\nRequirements:\n• This post is exempt from the Rehabilitation of Offenders Act 1974."
    assert "Act" not in _requirements(text)
