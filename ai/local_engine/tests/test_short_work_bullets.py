"""A short bullet of work done under a job ("Wrote Terraform modules") shows its skill at work, not as an item
of a list; a short line of names under Skills is still a list."""

from ai.local_engine.tests.rows import requirement_rows

POSTING = "DevOps Engineer\nRequirements\n- Terraform\n- Microsoft Excel\n"


def _terraform(resume: str) -> dict:
    return requirement_rows(resume=resume, posting=POSTING)["Terraform"]


def test_a_three_word_bullet_of_work_counts_fully():
    asked = _terraform(
        "Sam Lee\nExperience\nDevOps Engineer, Acme, 2019 - present\n- Wrote Terraform modules\n"
    )

    assert (asked["status"], asked["context"], asked["credit"]) == ("met", "experience", 1.0)


def test_a_short_line_of_names_under_skills_is_still_a_list():
    asked = _terraform(
        "Sam Lee\nExperience\nClerk, Acme, 2019 - present\n- Filed records\nSkills\nTerraform, Python, Go\n"
    )

    assert (asked["status"], asked["context"]) == ("partial", "list")
