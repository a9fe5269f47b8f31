"""Two fields offered in place of each other, each with its examples in brackets, are one requirement any
example meets. Every posting and resume here is made up."""

from ai.local_engine import analyze

POSTING = """Business Analyst – Lending & Payments
Desired Candidate Profile
- Lending (LOS / LMS) or payments (UPI, NEFT/RTGS) experience is a must
- Working knowledge of SQL
"""


def test_either_bracket_meets_the_one_requirement():
    resume = (
        "Ravi Iyer\nBusiness Analyst, Kaveri Bank, 2020 - present\n"
        "- Wrote requirements for the bank's UPI collect flow and NEFT/RTGS returns\n- Wrote SQL for checks\n"
    )
    result = analyze(resume_text=resume, job_description=POSTING)

    asked = [r for r in result["details"]["requirements"] if "LOS" in r["name"] or "UPI" in r["name"]]
    assert len(asked) == 1
    assert asked[0]["status"] == "met"
    assert result["missing_keywords"] == []


def test_a_resume_with_neither_field_lacks_it_once():
    resume = "Ravi Iyer\nData Analyst, Kaveri Retail, 2020 - present\n- Wrote SQL for stock reports\n"
    result = analyze(resume_text=resume, job_description=POSTING)

    assert len([k for k in result["missing_keywords"] if "LOS" in k or "UPI" in k]) == 1
