"""Report writing is shown by reports compiled, prepared or written at work; a reporting line shows none."""

import pytest

from ai.local_engine import analyze

POSTING = "Safety Officer\n\nRequirements\n- Report writing skills\n- Incident investigation\n"


@pytest.mark.parametrize(
    ("line", "status"),
    [
        ("- Compile the monthly LTI statistics and safety report for the GM", "met"),
        ("- Prepared 40 incident investigation reports a year", "met"),
        ("- Reports to the site manager", "missing"),
        ("- Read the geotechnical reports before each blast", "missing"),
    ],
)
def test_compiling_or_preparing_reports_shows_report_writing(line: str, status: str):
    resume = f"Sam Reid\nExperience\nSafety Officer, Acme Mining (2019 - 2024)\n{line}\n"
    rows = analyze(resume_text=resume, job_description=POSTING)["details"]["requirements"]
    assert next(r["status"] for r in rows if r["name"] == "Report writing") == status
