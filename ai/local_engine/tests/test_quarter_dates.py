"""A role dated by quarters ("Q1 2020 – Q2 2021") counts its years, from the first quarter's first month to the
last quarter's last."""

from ai.local_engine import analyze

POSTING = "Quality Engineer\n\nRequirements\n- 3+ years as a quality engineer\n- SPC and FMEA\n"
RESUME = (
    "Lee Tan\nExperience\nQuality Engineer, Suntech Machining | Q3 2021 – Q4 2024\n- Ran SPC and FMEA on CNC lines\n"
    "QA Engineer, Delta Parts | Q1 2020 – Q2 2021\n- Audited machining lines with SPC\n"
)


def test_roles_dated_by_quarters_count_their_years():
    result = analyze(resume_text=RESUME, job_description=POSTING)

    assert result["details"]["years_in_resume"] == 5.0
    assert result["details"]["sub_scores"]["experience"]["score"] == 100
