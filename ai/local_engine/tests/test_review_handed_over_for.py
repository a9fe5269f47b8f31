"""A review, approval or sign-off the work is handed over for is done by others: no skill asked of the
candidate ("presenting these for architectural review", "submit drawings for client sign-off")."""

from ai.local_engine import analyze
from ai.local_engine.requirements import read_requirements

# Made up for these tests.
POSTING = """Junior Python Developer

Responsibilities
- Write testable code in Python and Django
- Investigate new libraries and tools and present them
for architectural review
- Submit database changes to the data team for schema approval
- Take part in code reviews with the team

Requirements
- 1+ years of Python
"""

RESUME = """Kim Park
Intern Developer, Lumen Apps, 2024-2025
- Wrote Django views and tests in Python
"""


def _keys() -> list[str]:
    requirements = read_requirements(text=POSTING)
    return [r.name.lower() for r in (*requirements.requirements, *requirements.tentative)]


def test_a_review_the_work_is_handed_over_for_is_not_asked():
    keys = _keys()

    assert not [k for k in keys if "architectural review" in k or "schema approval" in k]


def test_a_review_the_candidate_takes_part_in_stays_asked():
    assert [k for k in _keys() if "code review" in k]


def test_a_review_handed_over_for_is_not_listed_missing():
    missing = [k.lower() for k in analyze(resume_text=RESUME, job_description=POSTING)["missing_keywords"]]

    assert not [k for k in missing if "architectural review" in k or "schema approval" in k]
