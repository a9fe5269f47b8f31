"""Years asked of one requirement ("3+ years of Apache Airflow in production") are met by the dated roles that
show it, not by any mention. Every posting and resume here is made up."""

from ai.local_engine import analyze

POSTING = """Data Platform Engineer
Requirements
- 5+ years of software engineering experience
- 3+ years of Apache Airflow in production
- Strong SQL and Python
"""
SHORT_AIRFLOW = """Tomasz Kowal
Experience
Software Engineer, Contoso Retail, Jan 2018 - Dec 2023
- Wrote SQL reports and Python services for the stock system
Data Engineer, Northwind Freight, Jan 2024 - Dec 2024
- Built Apache Airflow DAGs loading carrier invoices into the warehouse with Python and SQL
"""
LONG_AIRFLOW = SHORT_AIRFLOW.replace(
    "- Wrote SQL reports and Python services for the stock system",
    "- Wrote SQL reports and Python services for the stock system, scheduled with Apache Airflow",
)


def _status(details: dict, name: str) -> tuple[str, float]:
    row = next(r for r in details["requirements"] if r["name"] == name)
    return row["status"], row["credit"]


def test_a_skill_shown_in_a_role_shorter_than_its_years_is_partial():
    result = analyze(resume_text=SHORT_AIRFLOW, job_description=POSTING)
    status, credit = _status(result["details"], "Apache Airflow")

    assert status == "partial"
    assert 0.2 < credit < 0.5  # one year of the three asked
    row = next(r for r in result["details"]["requirements"] if r["name"] == "Apache Airflow")
    assert row["short_of"] == "1.0 of the 3+ years asked"
    assert "Apache Airflow (1.0 of the 3+ years asked)" in result["reasoning"]


def test_a_skill_shown_in_roles_as_long_as_its_years_is_met():
    short = analyze(resume_text=SHORT_AIRFLOW, job_description=POSTING)
    long = analyze(resume_text=LONG_AIRFLOW, job_description=POSTING)

    assert _status(long["details"], "Apache Airflow") == ("met", 1.0)
    assert (
        long["details"]["sub_scores"]["requirements"]["score"]
        > short["details"]["sub_scores"]["requirements"]["score"]
    )
    assert long["match_score"] > short["match_score"]


def test_a_claim_of_the_years_meets_them():
    claimed = SHORT_AIRFLOW.replace(
        "Experience\n", "Summary\nData engineer with 4 years of Apache Airflow experience.\nExperience\n"
    )

    assert (
        _status(analyze(resume_text=claimed, job_description=POSTING)["details"], "Apache Airflow")[0]
        == "met"
    )


def test_a_resume_without_dates_keeps_its_reading():
    undated = "Tomasz Kowal\nExperience\nData Engineer, Northwind Freight\n" + SHORT_AIRFLOW.splitlines()[-1]

    assert _status(analyze(resume_text=undated, job_description=POSTING)["details"], "Apache Airflow") == (
        "met",
        1.0,
    )


def test_a_line_that_says_since_when_counts_from_then():
    since = SHORT_AIRFLOW.replace(
        "- Wrote SQL reports and Python services for the stock system",
        "- Wrote SQL reports and Python services for the stock system\n"
        "- Since July 2023, scheduled the nightly loads with Apache Airflow",
    )
    result = analyze(resume_text=since, job_description=POSTING)

    assert _status(result["details"], "Apache Airflow")[0] == "partial"
    assert "Apache Airflow (1.5 of the 3+ years asked)" in result["reasoning"]


def test_the_postings_most_years_are_left_to_the_experience_part():
    only_airflow = "Data Platform Engineer\nRequirements\n- 3+ years of Apache Airflow in production\n"
    details = analyze(resume_text=SHORT_AIRFLOW, job_description=only_airflow)["details"]

    assert _status(details, "Apache Airflow") == ("met", 1.0)
    assert details["sub_scores"]["experience"]["how"] == "relevant years against 3 asked"


def test_things_asked_as_one_or_another_share_their_years():
    posting = "Platform Engineer\nRequirements\n- 6+ years of software engineering\n- At least 3 years in SRE, platform or DevOps roles\n"
    resume = """Ada Mensah
Experience
Site Reliability Engineer, Kestrel Bank, Jan 2019 - Dec 2023
- SRE for the payments platform: on-call, SLOs and capacity reviews
DevOps Engineer, Osprey Health, Jan 2024 - Dec 2024
- Ran the DevOps toolchain for twelve product teams
"""
    details = analyze(resume_text=resume, job_description=posting)["details"]

    assert _status(details, "SRE")[0] == "met"
    assert _status(details, "DevOps") == ("met", 1.0)


def test_a_skill_only_listed_has_no_years_of_work():
    listed = (
        SHORT_AIRFLOW.replace(" Apache Airflow DAGs loading", " DAGs loading")
        + "Skills\nApache Airflow, dbt\n"
    )
    result = analyze(resume_text=listed, job_description=POSTING)
    row = next(r for r in result["details"]["requirements"] if r["name"] == "Apache Airflow")

    assert row["status"] == "partial"
    assert row["credit"] == 0.1
    assert row["short_of"] == "no dated role shows the 3+ years asked"


def test_a_skill_in_the_summary_that_no_role_repeats_is_left_as_read():
    summary = SHORT_AIRFLOW.replace(" Apache Airflow DAGs loading", " DAGs loading").replace(
        "Experience\n",
        "Summary\nData engineer who schedules every pipeline with Apache Airflow.\nExperience\n",
    )

    assert (
        _status(analyze(resume_text=summary, job_description=POSTING)["details"], "Apache Airflow")[1] == 0.85
    )


def test_a_duty_asked_for_more_years_than_shown_is_named_in_the_reasoning():
    posting = (
        "Finance Manager\nRequirements\n"
        "- 6+ years of accounting experience, including at least 4 years leading a team\n- Month-end close\n"
    )
    resume = """Chidi Okafor
Experience
Senior Accountant, Harbor Foods, Jan 2024 - Dec 2024
- Led a team of three accountants through the month-end close.
Accountant, Harbor Foods, Jan 2017 - Dec 2023
- Ran the month-end close and the fixed asset register.
"""
    result = analyze(resume_text=resume, job_description=posting)

    assert _status(result["details"], "Leadership") == ("partial", 0.25)
    assert "Leadership (1.0 of the 4+ years asked)" in result["reasoning"]
