"""A credential the resume says is not held yet ("GPC exam scheduled for fall", "Grade 1 — in progress") is under
way, not held, unless the posting takes one under way. Every posting and resume here is made up."""

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
