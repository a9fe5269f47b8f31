"""What a resume says the person wants to do next ("I want a post ... before moving into MRI") is no evidence
of the skill; what they say they have ("keen to apply my MRI experience") and what they did stay evidence.
Every posting and resume here is made up."""

from ai.local_engine.tests.rows import requirement_rows

POSTING = "Radiographer\nRequirements:\n- 2+ years of plain film imaging\n- MRI scanning\n"


def _resume(profile: str) -> str:
    return (
        f"Ada Morn\n\nProfile\n{profile}\n\nExperience\nRadiographer, Fenwick General (2021 - present)\n"
        "- Performed 40 plain film exams a day in the emergency department\n"
    )


def test_a_skill_the_person_wants_to_move_into_is_not_shown():
    rows = requirement_rows(
        resume=_resume(
            "I have three years of plain film work, and I want a senior post before moving into MRI."
        ),
        posting=POSTING,
    )

    assert next(r for name, r in rows.items() if name.startswith("MRI"))["status"] == "missing"


def test_a_skill_the_person_says_they_have_or_used_is_shown():
    for profile in (
        "I am keen to apply my MRI experience in a busy trauma unit.",
        "I want a senior post; I ran weekly MRI lists for two years.",
    ):
        rows = requirement_rows(resume=_resume(profile), posting=POSTING)

        assert next(r for name, r in rows.items() if name.startswith("MRI"))["status"] != "missing", profile


def test_work_the_person_plans_is_shown():
    rows = requirement_rows(
        resume=_resume("I plan and run weekly MRI lists for two consultants."), posting=POSTING
    )

    assert next(r for name, r in rows.items() if name.startswith("MRI"))["status"] != "missing"
