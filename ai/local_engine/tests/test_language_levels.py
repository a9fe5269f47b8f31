"""A language asked spoken fluently ("Bilingual English and Spanish", "Fluent German") is partial when the resume
states a lower level for it ("Spanish (intermediate – B1)", "basic German"); a fluent or native one stays met,
and a posting that asks no fluency takes any level. Every posting and resume here is made up."""

import pytest

from ai.local_engine import analyze
from ai.local_engine.tests.rows import requirement_rows


def _resume(languages: str) -> str:
    return (
        "Nadia Ferro\n\nExperience\nCustomer Service Agent, Brightline Telecom (2019 - present)\n"
        "- Answered 70 customer calls a day and resolved 92% at first contact\n\n"
        f"Languages\n{languages}\n"
    )


def _posting(ask: str) -> str:
    return f"Customer Service Agent\nRequirements:\n- 2+ years in a contact centre\n- {ask}\n"


@pytest.mark.parametrize(
    ("ask", "languages", "status"),
    [
        ("Bilingual English and Spanish", "English (native), Spanish (intermediate – CEFR B1)", "partial"),
        ("Fluent Spanish", "English (native), basic Spanish", "partial"),
        ("Bilingual English and Spanish", "English (native), Spanish (fluent – C1)", "met"),
        ("Spanish is a plus", "English (native), Spanish (intermediate)", "met"),
        ("Spanish at B2 level or above", "English (native), Spanish – B1", "partial"),
        ("Fluent Spanish", "Spanish – Limited working proficiency", "partial"),
        (
            "Fluent in English and Italian (Spanish an advantage)",
            "English (native), Italian (C1), Spanish (A2)",
            "met",
        ),
    ],
)
def test_a_level_below_the_fluency_asked_is_partial(ask, languages, status):
    rows = requirement_rows(resume=_resume(languages), posting=_posting(ask))

    assert rows["Spanish"]["status"] == status


def test_a_level_on_the_line_below_the_language_is_its_level_and_a_lower_one_is_listed_missing():
    resume = _resume("English\nNative Speaker\nSpanish\nIntermediate")
    result = analyze(resume_text=resume, job_description=_posting("Fluent Spanish and English"))
    rows = {r["name"]: r for r in result["details"]["requirements"]}

    assert rows["Spanish"]["status"] == "partial"
    assert rows["Spanish"]["short_of"] == "a lower level than asked"
    assert "Spanish" in result["missing_keywords"]
    assert rows["English"]["status"] == "met"
    assert "English" not in result["missing_keywords"]
