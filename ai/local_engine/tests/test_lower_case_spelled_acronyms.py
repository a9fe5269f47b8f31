"""An acronym a posting asks is met by its words written out in lower case with a hyphenated one among them
("retrieval-augmented generation" for RAG); a run of plain lower-case words that spells it by chance ("each
team lead" for ETL) is not. Every posting and resume here is made up."""

from ai.local_engine import analyze

POSTING = """Machine Learning Engineer
What you'll do
- Build RAG pipelines over vector databases such as pgvector
- Own ETL jobs for the feature store
"""


def _missing(resume: str) -> list[str]:
    return analyze(resume_text=resume, job_description=POSTING, semantic=False)["missing_keywords"]


def test_an_acronym_written_out_in_lower_case_with_a_hyphen_is_met():
    resume = (
        "Priya N\nExperience\nML Engineer, Querylight, 2022 - present\n"
        "- Built a retrieval-augmented generation service over pgvector for 2M queries a day\n"
    )

    assert "RAG pipelines" not in _missing(resume)


def test_plain_lower_case_words_spelling_an_acronym_by_chance_do_not_meet_it():
    resume = (
        "Priya N\nExperience\nML Engineer, Querylight, 2022 - present\n"
        "- Paired with each team lead on weekly model reviews\n"
    )

    missing = _missing(resume)
    assert "ETL" in missing
    assert "RAG pipelines" in missing
