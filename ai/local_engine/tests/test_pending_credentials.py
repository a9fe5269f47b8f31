"""A credential the resume says is not held yet ("GPC exam scheduled for fall", "Grade 1 — in progress") is under
way, not held, unless the posting takes one under way. Every posting and resume here is made up."""

from ai.local_engine import analyze
from ai.local_engine.tests.rows import requirement_rows

POSTING = (
    "Network Engineer\nRequirements:\n- 4+ years supporting enterprise networks\n- CCNP certification\n"
    "- ITIL Foundation\n"
)


def _resume(credentials: str) -> str:
    return (
        "Ade Bello\n\nExperience\nNetwork Engineer, Harbor Bank (2019 - present)\n"
        "- Supported enterprise networks across 30 branches with 99.98% uptime\n\n"
        f"Certifications\n{credentials}\n"
    )


def test_a_credential_in_progress_is_not_held():
    rows = requirement_rows(
        resume=_resume("CCNP Enterprise - in progress\nITIL Foundation, 2022"), posting=POSTING
    )

    assert rows["CCNP certification"]["status"] == "partial"
    assert rows["CCNP certification"]["credit"] == 0.2
    assert rows["ITIL"]["status"] == "met"


def test_studying_for_another_credential_leaves_the_one_held_met():
    rows = requirement_rows(
        resume=_resume("CCNP Enterprise, 2021\nITIL Foundation certified and studying for CompTIA Network+"),
        posting=POSTING,
    )

    assert rows["CCNP certification"]["status"] == "met"
    assert rows["ITIL"]["status"] == "met"


def test_a_credential_under_way_meets_a_posting_that_takes_one():
    posting = (
        "Staff Accountant\nRequirements:\n- 2+ years in public accounting\n- CPA or progress toward CPA\n"
    )
    resume = (
        "Lee Park\n\nExperience\nStaff Accountant, Moss & Co (2021 - present)\n- Prepared 40 client tax returns\n\n"
        "Certifications\nCPA candidate (3 of 4 exams passed)\n"
    )

    rows = requirement_rows(resume=resume, posting=posting)

    assert rows["CPA or progress toward CPA"]["status"] == "met"


def test_a_registration_named_before_a_dash_and_its_title_is_shown():
    posting = (
        "Registered Nurse - Aged Care\nRequirements:\n- 2+ years in aged care\n"
        "- Current AHPRA registration as a Registered Nurse without conditions\n"
    )
    resume = (
        "Mia Tran\nAHPRA – Registered Nurse, Division 1 (NMW0001234567)\n\nExperience\nRegistered Nurse, "
        "Banksia Lodge (2020 - present)\n- Led care for 40 residents in aged care on day and night shifts\n"
    )

    assert (
        requirement_rows(resume=resume, posting=posting)["Current AHPRA registration"]["status"] != "missing"
    )


def test_the_other_check_a_posting_takes_meets_it():
    posting = (
        "Support Worker\nRequirements:\n- 1+ year in disability support\n"
        "- Current NDIS Worker Screening Check or National Police Check\n"
    )
    resume = (
        "Sam Hill\n\nExperience\nSupport Worker, Coastal Care (2021 - present)\n- Supported 6 clients in disability "
        "support with daily living\n\nChecks\nNational Police Check – valid to 2026\n"
    )

    row = requirement_rows(resume=resume, posting=posting)["NDIS Worker Screening Check"]

    assert row["status"] == "met"
    assert row["matched_as"] == "National Police Check"


def test_a_registration_bodys_name_after_the_dash_shows_it():
    posting = "Social Worker\nRequirements:\n- 2+ years in statutory social work\n- Social Work England registration\n"
    resume = (
        "Ruth Kaye\nRegistered Social Worker – Social Work England SW114587\n\nExperience\nSocial Worker, Leeds "
        "City Council (2020 - present)\n- Held a caseload of 18 children in statutory social work\n"
    )

    row = requirement_rows(resume=resume, posting=posting)["Social Work England registration"]

    assert row["status"] != "missing"


def test_a_credential_line_written_as_the_posting_writes_it_is_held_not_copied():
    posting = "Project Engineer\nRequirements:\n- 5+ years of municipal design in Alberta\n- Valid Class 5 driver's licence\n"
    resume = (
        "Rachel Okafor\n\nExperience\nProject Engineer, Bayview (2018 - present)\n- Led municipal design for 14 "
        "Alberta towns\n\nOther\nAlberta Class 5 driver's licence\n"
    )

    result = analyze(resume_text=resume, job_description=posting)

    (licence,) = [r for r in result["details"]["requirements"] if r["kind"] == "certification"]
    assert licence["status"] == "met"
    assert result["details"]["copied_from_job_description"] == 0.0
