from ai.local_engine.tests.rows import requirement_rows

DRIVER_POSTING = """HGV Class 1 Driver – Nights
What you need
• Full UK C+E licence with no more than 6 points
• Valid Driver CPC card and digital tachograph card
• At least 1 year's Class 1 experience
"""

DRIVER = """Gary Whitlock
Employment
HGV Class 1 Driver (Nights), Midlands Freight Services — 2018 to date
- Trunk curtainside trailers from Northampton to Glasgow, 5 nights a week
Licences
Full UK C+E licence, 3 points
Driver CPC card (current), digital tachograph card
"""


def _rows(resume: str, posting: str) -> dict[str, dict]:
    return requirement_rows(resume=resume, posting=posting)


def test_a_card_named_by_a_bodys_capitals_in_lower_case_is_a_credential_held_under_licences():
    rows = _rows(DRIVER, DRIVER_POSTING)

    assert rows["Driver CPC card"]["kind"] == "certification"
    assert rows["Driver CPC card"]["status"] == "met"
    assert (
        _rows(DRIVER.replace("Driver CPC card (current), ", ""), DRIVER_POSTING)["Driver CPC card"]["status"]
        == "missing"
    )


def test_the_possessives_s_is_no_part_of_a_requirement():
    names = list(_rows(DRIVER, DRIVER_POSTING))

    assert not any(name.split()[0] == "s" for name in names), names


def test_vector_databases_are_a_category_met_by_a_named_vector_store():
    posting = (
        "ML Engineer\nYou should have:\n- Expert SQL and Python (pandas, scikit-learn)\n"
        "Bonus: experience with vector databases such as FAISS or Milvus, or with audio data.\n"
    )
    resume = (
        "Lena Fischer\nExperience\nML Engineer, Shopwise, 2021 - 2024\n- Serve vector search with FAISS\n"
    )
    rows = _rows(resume, posting)

    assert rows["databases"]["status"] == "met" and "FAISS" in rows["databases"]["alternatives"]
    assert {"pandas", "scikit-learn"} <= set(rows)


def test_ml_systems_are_machine_learning_not_the_ml_programming_language():
    posting = "ML Engineer\nYou should have:\n- 3+ years building ML systems in production\n"
    resume = "Lena Fischer\nExperience\nMachine Learning Engineer, Shopwise, 2021 - 2024\n- Trained PyTorch ranking models\n"

    assert _rows(resume, posting)["ML systems"]["status"] == "met"


def test_names_in_a_bracket_of_a_line_that_opens_with_an_action_are_what_the_work_was_done_on():
    posting = "DevOps Engineer\nRequirements\n* Manage AWS infrastructure (EC2, S3, RDS) with Terraform\n"
    worked = "Pri Shah\nExperience\nSRE, Summit, 2021 - 2024\n- Manage AWS accounts (EC2, S3, RDS, VPC, IAM) entirely in Terraform modules\n"
    claimed = (
        "Pri Shah\nExperience\nSRE, Summit, 2021 - 2024\n- Proficient in EC2, S3, RDS, VPC and Terraform\n"
    )

    assert {n: r["context"] for n, r in _rows(worked, posting).items()} == dict.fromkeys(
        ("AWS", "EC2", "S3", "RDS", "Terraform"), "experience"
    )
    assert _rows(claimed, posting)["S3"]["status"] == "partial"


def test_ab_tests_run_show_experimental_design_a_practice_area_of_its_own_kind():
    posting = "Data Scientist\nRequirements\n- Strong grasp of statistics and experimental design\n- Python\n"
    resume = "Priya Raman\nExperience\nData Scientist, Shiply, 2021 - present\n- Ran A/B tests on onboarding emails for the growth team\n"
    row = _rows(resume, posting)["experimental design"]

    assert row["status"] == "met"
    assert row["kind"] == "hard_skill"
