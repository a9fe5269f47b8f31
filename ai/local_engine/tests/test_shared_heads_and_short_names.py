"""A list's shared head word, a name and its abbreviation, degrees written as initials, people counted."""

from ai.local_engine import analyze
from ai.local_engine.requirements import read_requirements

# Made up for these tests.
HR_POSTING = """HR Coordinator

Requirements:
- Working knowledge of FMLA, ADA and EEO regulations
- Associate degree in Business or a related field
"""
PLANT_POSTING = """Design Engineer

Requirements:
- Familiarity with casting, machining and welding processes
- Own the bill of materials and engineering change orders for each product
- Experience with distributed systems
"""
INSTALLER_POSTING = """Electrician

You will:
- Install heat pumps and solar PV systems
"""


def _analysis(*, resume: str, posting: str) -> dict:
    return analyze(resume_text=f"Sam Reed\nExperience\n{resume}", job_description=posting)


def _status(analysis: dict, name: str) -> str:
    found = [r for r in analysis["details"]["requirements"] if r["name"] == name]
    assert found, [r["name"] for r in analysis["details"]["requirements"]]
    return found[0]["status"]


def test_the_last_item_of_a_list_is_met_without_the_shared_head_word():
    hr = _analysis(
        resume="HR Assistant, Oak Clinic (2019 - 2024)\n- Handled EEO complaints and ADA requests",
        posting=HR_POSTING,
    )
    assert _status(hr, "EEO regulations") == "met"
    plant = _analysis(
        resume="Engineer, Mill Works (2018 - 2024)\n- Planned welding and machining of frames",
        posting=PLANT_POSTING,
    )
    assert _status(plant, "welding processes") == "met"
    installer = _analysis(
        resume="Electrician, Volt Ltd (2019 - 2024)\n- Installed heat pumps and solar PV on 40 homes",
        posting=INSTALLER_POSTING,
    )
    assert _status(installer, "PV systems") == "met"


def test_a_head_word_outside_a_list_stays_part_of_the_name():
    plant = _analysis(
        resume="Engineer, Mill Works (2018 - 2024)\n- Designed distributed frames", posting=PLANT_POSTING
    )
    assert _status(plant, "distributed systems") == "missing"
    welding = [r for r in read_requirements(text=PLANT_POSTING).requirements if r.name == "welding processes"]
    assert welding and "welding" in welding[0].alternative_keys


def test_a_name_written_out_is_met_by_its_abbreviation():
    plant = _analysis(
        resume="Engineer, Mill Works (2018 - 2024)\n- Released 40 ECOs and kept the BOMs in Windchill",
        posting=PLANT_POSTING,
    )
    assert _status(plant, "bill of materials") == "met"
    lowercase = _analysis(
        resume="Engineer, Mill Works (2018 - 2024)\n- Kept the boms and ecos tidy", posting=PLANT_POSTING
    )
    assert _status(lowercase, "bill of materials") == "missing"  # only the capitals are the abbreviation


def test_an_associate_degree_written_as_initials_meets_one_asked():
    for degree in ("A.A.S. Business Management, Metro Community College, 2019", "AAS in Business, 2019"):
        analysis = analyze(
            resume_text=f"Sam Reed\nExperience\nHR Assistant, Oak Clinic (2019 - 2024)\nEducation\n{degree}",
            job_description=HR_POSTING,
        )
        assert analysis["details"]["sub_scores"]["education"]["score"] == 100, degree
        assert "Associate degree in Business" not in analysis["missing_keywords"], degree


def test_a_design_degree_is_a_bachelors():
    analysis = analyze(
        resume_text="Sam Reed\nExperience\nDesigner, Oak (2019 - 2024)\nEducation\nB.Des. Interaction Design, 2018",
        job_description="Product Designer\n\nRequirements:\n- Bachelor's degree in Design\n- Figma",
    )
    assert analysis["details"]["sub_scores"]["education"]["score"] == 100


def test_people_counted_or_called_pms_are_worked_with():
    posting = "Product Designer\n\nYou will:\n- Partner with product managers and engineers on every release"
    for line in (
        "Partnered with 2 PMs and 8 engineers on launches",
        "Worked with three product managers daily",
    ):
        analysis = _analysis(resume=f"Designer, Oak (2019 - 2024)\n- {line}", posting=posting)
        assert "Collaboration" not in analysis["missing_keywords"], line


def test_posting_on_a_social_platform_is_social_media_work():
    posting = "Marketing Coordinator\n\nMust haves:\n- Experience with social media\n- Canva\n"
    shown = _analysis(
        resume="Assistant, Oak (2021 - 2024)\n- Planned and posted Instagram and TikTok content",
        posting=posting,
    )
    assert "social media" not in [k.lower() for k in shown["missing_keywords"]]
    employer = _analysis(
        resume="Engineer, Facebook (2021 - 2024)\n- Built payment services in Go", posting=posting
    )
    assert "social media" in [
        k.lower() for k in employer["missing_keywords"]
    ]  # an employer's name shows none


def test_two_words_joined_by_a_slash_share_the_head_after_them():
    posting = "Freight Coordinator\n\nRequirements:\n- Knowledge of import/export documentation\n"
    shown = _analysis(
        resume="Clerk, Port Co (2019 - 2024)\n- Prepared export documentation for 30 loads", posting=posting
    )
    unshown = _analysis(
        resume="Clerk, Port Co (2019 - 2024)\n- Prepared 30 loads for export", posting=posting
    )

    assert _status(shown, "import/export documentation") == "met"
    assert _status(unshown, "import/export documentation") == "missing"
