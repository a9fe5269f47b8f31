"""Names a resume shows a requirement by: Adobe's apps for the Creative Suite, After Effects for motion
graphics, colour grading for colour correction, cGMP for good manufacturing practice, SOPs for standard
operating procedures. Every posting and resume here is made up."""

from ai.local_engine import analyze


def _status(*, posting: str, resume: str, name: str) -> str:
    for requirement in analyze(resume_text=resume, job_description=posting)["details"]["requirements"]:
        if requirement["name"].lower() == name.lower():
            return requirement["status"]
    raise AssertionError(f"{name!r} is no requirement")


def _resume(line: str) -> str:
    return f"Kim Lee\nExperience\nEditor, Blue Studio (2020 - present)\n- {line}\n"


VIDEO_POSTING = """Video Editor

Responsibilities
- Add motion graphics and captions to short-form videos
- Color correct footage for every delivery

Requirements
- 2+ years of editing
- Proficiency in Adobe Creative Suite
"""


def test_after_effects_work_shows_motion_graphics():
    resume = _resume("Built animated captions and product callouts in After Effects for 40 videos a month")

    assert _status(posting=VIDEO_POSTING, resume=resume, name="motion graphics") == "met"


def test_adobe_apps_show_the_creative_suite():
    resume = _resume("Designed thumbnails in Photoshop and layouts in InDesign for 12 campaigns")

    assert _status(posting=VIDEO_POSTING, resume=resume, name="Adobe Creative Suite") == "met"


def test_an_editor_without_them_still_misses_them():
    resume = _resume("Cut 20 videos a week in Final Cut Pro for three brands")

    assert _status(posting=VIDEO_POSTING, resume=resume, name="Adobe Creative Suite") == "missing"
    assert _status(posting=VIDEO_POSTING, resume=resume, name="motion graphics") == "missing"


def test_colour_grading_meets_colour_correction():
    resume = _resume("Color grade every delivery in DaVinci Resolve for 9:16 and 16:9 masters")

    assert _status(posting=VIDEO_POSTING, resume=resume, name="Color correct") == "met"


PLANT_POSTING = """QC Analyst

Requirements
- 2+ years of QC testing in a Good Manufacturing Practice plant
- Follow standard operating procedures in the laboratory
"""


def test_cgmp_and_sops_meet_their_written_out_names():
    resume = (
        "Kim Lee\nExperience\nQC Analyst, Blue Pharma (2020 - present)\n"
        "- Tested 300 release samples a year under cGMP and wrote 12 SOPs for the micro lab\n"
    )

    assert _status(posting=PLANT_POSTING, resume=resume, name="Good Manufacturing Practice") == "met"
    assert _status(posting=PLANT_POSTING, resume=resume, name="standard operating procedures") == "met"


ML_POSTING = """Machine Learning Engineer

Requirements:
- Strong foundation in statistics and algorithms
- 3+ years of Python
"""


def test_machine_learning_work_shows_statistics_and_a_cs_degree_algorithms():
    resume = (
        "Kim Lee\nExperience\nML Engineer, Blue Labs (2020 - present)\n"
        "- Trained machine learning models in Python that cut fraud losses 12%\n"
        "Education\nB.S. Computer Science, State University, 2019\n"
    )

    assert _status(posting=ML_POSTING, resume=resume, name="statistics") == "met"
    assert _status(posting=ML_POSTING, resume=resume, name="algorithms") != "missing"


def test_python_scripting_alone_shows_neither():
    resume = (
        "Kim Lee\nExperience\nMarketing Analyst, Blue Labs (2020 - present)\n"
        "- Wrote Python scripts that pull campaign data for 12 brands\n"
        "Education\nB.A. Marketing, State University, 2019\n"
    )

    assert _status(posting=ML_POSTING, resume=resume, name="statistics") == "missing"
    assert _status(posting=ML_POSTING, resume=resume, name="algorithms") == "missing"
