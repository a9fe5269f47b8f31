"""Alternatives end at a bare "and" ("Python or R and SQL" is Python-or-R, and SQL), and the letter R among
named tools is the language ("SPSS, Stata or R"); made-up text throughout."""

from ai.local_engine import analyze

RESUME = "Sam Reid\n\nExperience\nAnalyst, Acme Ltd, 2019 - 2024\n- Cleaned and analysed survey data in R for 40 clinics\n"


def _rows(posting: str) -> dict[str, str]:
    result = analyze(resume_text=RESUME, job_description=posting)
    return {r["name"]: r["status"] for r in result["details"]["requirements"]}


def test_the_letter_r_among_named_tools_is_the_language():
    rows = _rows(
        "Data Officer\n\nRequirements\n- A statistical package (SPSS, Stata or R)\n- Forklift licence\n"
    )
    assert rows["statistical package"] == "met"


def test_the_letter_r_alone_is_no_requirement():
    rows = _rows(
        "Teacher\n\nRequirements\n- Experience teaching Grade R learners\n- Salary R 25,000 per month\n"
    )
    assert "R" not in rows and not [name for name in rows if name.endswith(" or R")]


def test_alternatives_end_at_a_bare_and():
    rows = _rows("Data Officer\n\nRequirements\n- Strong Python or R and Tableau\n- Forklift licence\n")
    assert rows["Python or R"] == "met"
    assert rows["Tableau"] == "missing"


def test_names_closed_by_or_equivalent_after_a_bracket_are_one_ask():
    rows = _rows(
        "Finance Manager\n\nRequirements\n- Professional qualification: ACCA, CPA (US/Australia) or equivalent\n"
        "- Forklift licence\n"
    )
    assert "ACCA or CPA" in rows and "ACCA" not in rows and "CPA" not in rows
