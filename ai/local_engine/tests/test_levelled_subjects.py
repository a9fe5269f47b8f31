"""A school subject named with its qualification's level ("A level Mathematics", "GCSE Physics") is a subject a
teacher is screened for, listed where the resume lacks it though named in running text; a capitalised name
that is no subject stays unlisted. Every posting and resume here is made up."""

from ai.local_engine import analyze
from ai.local_engine.keyword_gaps import keyword_form

POSTING = """Teacher of Mathematics
Oakfield Academy, Leeds
About the role
We are looking for a teacher of maths to join our department from September.
Requirements
- Qualified Teacher Status
- Strong behaviour management
- The successful candidate can teach maths across KS3 and KS4; the ability to teach A level Mathematics or Further Maths is desirable
"""

RESUME = """Robin Hale
Primary Teacher
EXPERIENCE
Class Teacher, Elm Park Primary School, 2019 - Present
- Taught a Year 4 class of 28 pupils
- Planned phonics lessons and led the reading club
"""


def _missing(*, resume: str) -> list[str]:
    return analyze(resume_text=resume, job_description=POSTING)["missing_keywords"]


def test_a_subject_named_with_its_level_is_listed_where_the_resume_lacks_it():
    assert "A level Mathematics" in _missing(resume=RESUME)


def test_a_subject_named_with_its_level_is_not_listed_where_the_resume_teaches_it():
    resume = RESUME + "- Taught A level Mathematics to Year 12 and 13\n"

    assert "A level Mathematics" not in _missing(resume=resume)


def test_a_subject_after_its_level_is_the_keyword_of_the_duty_that_teaches_it():
    assert keyword_form(name="teach GCSE Physics") == "GCSE Physics"


def test_a_capitalised_place_after_a_word_is_still_no_keyword():
    assert keyword_form(name="Atlanta office") is None
    assert keyword_form(name="visit Leeds Market") is None
