"""A compound hyphenated across a line break keeps its hyphen ("Well-\nmanaged"); a word split by the layout is
written whole ("develop-\nment")."""

import pytest

from ai.local_engine import analyze
from ai.text_normalize import normalize_text

POSTING = (
    "Highways Inspector\nRequirements\n- Inspections to the Well-managed Highway Infrastructure code\n"
    "- Cross-functional working with the street works team\n- Full driving licence\n"
)
RESUME = (
    "Sam Reid\nExperience\nHighways Inspector, Northshire Council, 2018 - present\n"
    "- Carried out safety inspections to the Well-managed Highway Infrastructure code on 400 km of roads\n"
    "- Ran cross-functional defect reviews with the street works team\nFull driving licence\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Well-\nmanaged roads", "Well-managed roads"),
        ("cross-\nfunctional teams", "cross-functional teams"),
        ("a follow-\nup call", "a follow-up call"),
        ("software develop-\nment", "software development"),
        ("dimen-\nsional checks", "dimensional checks"),
        ("logged in Auto-\ntask PSA", "logged in Autotask PSA"),
    ],
)
def test_a_compounds_hyphen_stays_and_a_split_word_is_joined(text, expected):
    assert normalize_text(text=text) == expected


def test_a_resume_broken_at_a_compounds_hyphen_reads_as_the_unbroken_one():
    broken = RESUME.replace("Well-managed", "Well-\nmanaged").replace(
        "cross-functional", "cross-\nfunctional"
    )

    whole = analyze(resume_text=RESUME, job_description=POSTING)
    result = analyze(resume_text=broken, job_description=POSTING)

    assert result["match_score"] == whole["match_score"]
    assert result["missing_keywords"] == whole["missing_keywords"]
