"""A field a posting names with examples after it ("Distributed systems concepts: idempotency, retries"):
the field is the requirement, and any example the resume shows shows it. Every posting and resume here is
made up."""

from ai.local_engine.tests.rows import requirement_rows

POSTING = (
    "Backend Engineer\nRequirements:\n- 4+ years building backend services in Go\n"
    "- Distributed systems concepts: idempotency, retries, exactly-once delivery\n"
)


def _resume(bullet: str) -> str:
    return (
        "Ines Walker\nines.walker@example.com\n\nExperience\nBackend Engineer, Parcelly (2019 - present)\n"
        f"- Built order services in Go handling 3,000 requests per second\n- {bullet}\n"
    )


def test_the_field_before_its_examples_is_asked_without_the_word_concepts():
    rows = requirement_rows(resume=_resume("Wrote the on-call runbook"), posting=POSTING)

    assert rows["Distributed systems"]["kind"] == "hard_skill"
    assert rows["Distributed systems"]["status"] == "missing"


def test_an_example_the_resume_shows_meets_the_field():
    rows = requirement_rows(
        resume=_resume("Added idempotency keys to the payments API so a retried charge is never taken twice"),
        posting=POSTING,
    )

    assert rows["Distributed systems"]["status"] == "met"
    assert rows["Distributed systems"]["via"] == "alternative"


def test_a_bracket_of_the_fields_parts_is_no_list_of_examples():
    posting = (
        "Store Manager\nRequirements:\n- 3+ years managing a retail store\n"
        "- Own the store P&L (sales, payroll, shrink)\n"
    )
    resume = (
        "Ari Moss\n\nExperience\nSales Associate, Trailhead Goods (2020 - present)\n"
        "- Grew my department's sales 12% in a year and cut payroll hours by planning the rota\n"
    )

    rows = requirement_rows(resume=resume, posting=posting)

    assert rows["P&L"]["status"] == "missing"


def test_a_count_before_a_name_is_no_part_of_it():
    posting = (
        "SOC Analyst\nRequirements:\n- 2+ years in a SOC\n"
        "- hands-on experience with at least one SIEM (Sentinel, Splunk, QRadar)\n"
    )
    rows = requirement_rows(resume=_resume("Triaged alerts in Splunk"), posting=posting)

    assert "one SIEM" not in rows
    assert rows["SIEM"]["status"] == "met"
