"""A duty on one object names the skill its verb's noun heads ("Administer medications" is "medication
administration"), listed where the resume lacks it and not where the resume shows the duty; duties whose verb
names no such skill stay unlisted. Every posting and resume here is made up."""

from ai.local_engine import analyze
from ai.local_engine.keyword_gaps import keyword_form

POSTING = """Care Assistant
Willow House Care Home
Responsibilities
- Administer medications
- Help residents with washing and dressing
Requirements
- Care Certificate
"""

RESUME = """Sam Ortiz
Kitchen Porter
EXPERIENCE
Kitchen Porter, The Red Lion, 2021 - Present
- Washed pots and kept the kitchen clean
"""


def _missing(*, resume: str) -> list[str]:
    return analyze(resume_text=resume, job_description=POSTING)["missing_keywords"]


def test_a_duty_administering_one_thing_is_listed_as_its_administration():
    assert "medication administration" in _missing(resume=RESUME)


def test_the_administration_is_not_listed_where_the_resume_administered_it():
    resume = (
        RESUME
        + "Care Volunteer, St Anne's Hospice, 2019 - 2021\n- Administered medications to 12 residents\n"
    )

    assert "medication administration" not in _missing(resume=resume)


def test_a_duty_managing_one_thing_names_no_skill():
    assert keyword_form(name="manage transactions") is None
