"""The trade of the people a job works with, listed after "with" or "alongside" ("alongside other developers
and DevOps software engineers", "with our internal Quality Assurance team"), is no skill asked of the hire;
"experience with" a trade, and a trade named without "our"/"the"/"other", still ask."""

from ai.local_engine import analyze

RESUME = (
    "Sam Ortiz\nExperience\nBackend Developer, Corelane, 2019 - present\n"
    "- Built REST services in Go\n- Wrote integration tests\n"
)


def test_the_trade_of_colleagues_listed_after_with_asks_nothing():
    posting = (
        "Backend Developer\nYou will work closely alongside other software developers and DevOps software "
        "engineers in the platform team.\nCollaborate with the vendor account team and our internal Quality "
        "Assurance team to resolve bugs.\nYou can chat with our IT Talent Acquisition Specialist before "
        "applying.\nRequirements: 3+ years of Python and PostgreSQL.\n"
    )

    missing = analyze(resume_text=RESUME, job_description=posting)["missing_keywords"]

    assert "DevOps" not in missing
    assert "Quality Assurance" not in missing
    assert "Talent Acquisition" not in missing
    assert {"Python", "PostgreSQL"} <= set(missing)


def test_experience_with_a_trade_still_asks():
    posting = (
        "Backend Developer\nRequirements:\n- Experience with DevOps practices and the teams that run them\n"
    )

    assert "DevOps" in analyze(resume_text=RESUME, job_description=posting)["missing_keywords"]
