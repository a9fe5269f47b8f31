"""A degree line that writes its own year is dated by it: a later date on the line after it ("Available from
January 2027") belongs to another fact, not to the degree. Every posting and resume here is made up."""

from ai.local_engine import analyze

POSTING = "Account Manager\nRequirements:\n- 3+ years managing client accounts\n- Bachelor's degree, or equivalent experience\n"


def _degree_row(education: str) -> dict:
    resume = (
        "Tolu Adeyemi\n\nCopywriter, Bright Agency, Lagos (2023 - now)\n"
        f"Web copy and social campaigns for banking clients.\n\n{education}\n"
    )
    result = analyze(resume_text=resume, job_description=POSTING)
    (row,) = [r for r in result["details"]["requirements"] if r["kind"] == "degree"]
    return row


def test_a_degree_dated_in_the_past_is_held_whatever_date_follows():
    assert (
        _degree_row("B.A. English, Lagos State University, 2022.\nAvailable from January 2027.")["status"]
        == "met"
    )


def test_a_degree_expected_on_the_next_line_is_still_under_way():
    assert _degree_row("B.A. English, Lagos State University\nExpected May 2027")["status"] == "missing"


def test_a_degree_whose_own_range_ends_later_is_still_under_way():
    assert _degree_row("B.A. English, Lagos State University, 2023 - 2027")["status"] == "missing"
