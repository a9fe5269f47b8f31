"""A language asked without naming one ("A second language", "Bilingual preferred") is one requirement, met by
any language the resume names besides English. Every posting and resume here is made up."""

import pytest

from ai.local_engine import analyze

POSTING = """Customer Service Advisor
Requirements
- Experience in a call centre
- {ask}
"""

TWO_LANGUAGES = """Ana Silva
Customer Service Advisor, Acme Energy, 2020 - present
- Answered 80 calls a day in a busy call centre
Languages: Portuguese (native), English (fluent)
"""

ENGLISH_ONLY = """Ana Silva
Customer Service Advisor, Acme Energy, 2020 - present
- Answered 80 calls a day in a busy call centre
Languages: English (native)
"""

ESL_TEACHER = """Ana Silva
ESL Teacher, Bright Start Academy, 2020 - present
- Taught English as a second language to 40 adults a term
"""


def _language(result: dict) -> dict:
    return next(r for r in result["details"]["requirements"] if r["kind"] == "language")


@pytest.mark.parametrize(
    "ask",
    [
        "A second language would be an advantage",
        "Bilingual preferred",
        "Fluency in a foreign language",
        "Multilingual candidates welcome",
        "Able to speak another language",
    ],
)
def test_any_language_besides_english_meets_a_language_asked_without_a_name(ask):
    result = analyze(resume_text=TWO_LANGUAGES, job_description=POSTING.format(ask=ask))

    language = _language(result)
    assert language["name"] == "A second language"
    assert language["status"] == "met"
    assert "Portuguese" in language["evidence"]


def test_english_alone_leaves_the_second_language_missing():
    result = analyze(
        resume_text=ENGLISH_ONLY, job_description=POSTING.format(ask="A second language is desirable")
    )

    assert _language(result)["status"] == "missing"
    assert _language(result)["importance"] == "preferred"
    assert "A second language" in result["missing_keywords"]


def test_teaching_english_as_a_second_language_is_no_second_language():
    result = analyze(
        resume_text=ESL_TEACHER, job_description=POSTING.format(ask="A second language is desirable")
    )

    assert _language(result)["status"] == "missing"


def test_a_named_language_is_asked_by_its_name():
    result = analyze(
        resume_text=TWO_LANGUAGES, job_description=POSTING.format(ask="Bilingual English/Spanish preferred")
    )

    names = {r["name"] for r in result["details"]["requirements"] if r["kind"] == "language"}
    assert "Spanish" in names
    assert "A second language" not in names


@pytest.mark.parametrize(
    "line",
    [
        "Support multilingual learners in every lesson",
        "Most of them speak several foreign languages",
        "Write services in Python or another language of your choice",
    ],
)
def test_languages_of_the_people_served_or_of_code_ask_no_language(line):
    result = analyze(resume_text=ENGLISH_ONLY, job_description=POSTING.format(ask=line))

    assert not [r for r in result["details"]["requirements"] if r["kind"] == "language"]
