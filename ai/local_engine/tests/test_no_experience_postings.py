"""An entry-level warehouse posting that asks no experience ("No experience required — we train you!") and a
resume that gives its education on a labelled line. Every posting and resume here is made up."""

import pytest

from ai.local_engine import analyze

POSTING = """Warehouse Associate - Picker/Packer
$18.75/hr · Full-time · Days · Fresno, CA

What you'll do
Pick, pack and ship customer orders using an RF scanner
Stage and load outbound shipments

What you need
Ability to lift up to 49 lbs
No experience required — we train you!
High school diploma or GED preferred
"""

RESUME = """Maria Lopez
Fresno, CA
Cashier — Valley Foods, Fresno CA — 2024 to present
Ring up 300 customers a shift and restock shelves
Education: High school diploma, Roosevelt High School, 2023
"""


@pytest.mark.parametrize(
    "phrase",
    ["No experience required — we train you!", "Experience not required.", "No prior experience needed"],
)
def test_a_posting_asking_no_experience_is_met_by_any_past(phrase):
    posting = POSTING.replace("No experience required — we train you!", phrase)

    result = analyze(resume_text=RESUME, job_description=posting)

    experience = result["details"]["sub_scores"]["experience"]
    assert experience["score"] == 100
    assert experience["how"] == "the posting asks no experience"


def test_a_high_school_diploma_on_an_education_line_meets_it():
    result = analyze(resume_text=RESUME, job_description=POSTING)

    assert "GED" not in result["missing_keywords"]
    ged = next(r for r in result["details"]["requirements"] if "GED" in r["name"])
    assert ged["status"] == "met"
    assert ged["evidence"].startswith("Education: High school diploma")
