"""An outcome a posting names as work ("Drive scrap reduction") is shown by the resume's act on the thing
("Cut scrap from 3.1% to 1.4%"); Europass's language lines ("Other language(s): German (B2)") hold the
languages. Every posting and resume here is made up."""

from ai.local_engine import analyze
from ai.local_engine.tests.rows import requirement_rows

POSTING = """Process Engineer – Injection Moulding
Your tasks
- Support series production with troubleshooting
- Drive scrap reduction and cycle time projects
Your profile
- Good German and English skills
"""

RESUME = """Tom Nowak
WORK EXPERIENCE
Process Engineer, Rheinland Plastics, 03/2020 – Present
- Troubleshooting in series production on 24 machines
- Cut scrap from 3.1% to 1.4% and cycle times by 8% on high-volume parts
PERSONAL SKILLS
Mother tongue(s): Polish
Other language(s): German (B2), English (C1)
"""


def test_an_outcome_asked_is_shown_by_the_act_on_its_thing():
    result = analyze(resume_text=RESUME, job_description=POSTING)

    assert "scrap reduction" not in result["missing_keywords"]


def test_an_outcome_the_resume_never_acts_on_is_listed():
    resume = RESUME.replace(
        "Cut scrap from 3.1% to 1.4% and cycle times by 8% on high-volume parts", "Trained 12 setters"
    )

    result = analyze(resume_text=resume, job_description=POSTING)

    assert "scrap reduction" in result["missing_keywords"]


def test_europass_language_lines_hold_the_languages():
    result = analyze(resume_text=RESUME, job_description=POSTING)

    languages = {r["name"]: r for r in result["details"]["requirements"] if r["kind"] == "language"}
    assert languages["German"]["credit"] == 0.85
    assert languages["English"]["credit"] == 0.85


def test_projects_of_a_named_kind_are_shown_by_that_kind_of_work():
    result = analyze(resume_text=RESUME, job_description=POSTING)

    projects = next(r for r in result["details"]["requirements"] if r["name"] == "cycle time projects")
    assert projects["status"] == "met"
    assert projects["matched_as"] == "cycle times"


def test_projects_of_a_kind_the_resume_never_names_stay_missing():
    resume = RESUME.replace(" and cycle times by 8%", "")

    result = analyze(resume_text=resume, job_description=POSTING)

    projects = next(r for r in result["details"]["requirements"] if r["name"] == "cycle time projects")
    assert projects["status"] == "missing"


def test_a_measure_the_resume_moved_shows_the_measure_asked():
    posting = (
        "Frontend Engineer\nResponsibilities:\n- Improve Core Web Vitals and bundle size\n"
        "- Write unit tests and maintain code coverage above 80%\n- React\n"
    )
    moved = (
        "Jordan Lee\nExperience\nFrontend Engineer, CareLoop, 2021 - present\n"
        "- Cut the main bundle by 38% with code splitting\n- Raised Jest/RTL coverage of the app from 55% to 85%\n"
    )
    named = moved.replace("Cut the main bundle by 38%", "Documented the main bundle").replace(
        "Raised", "Read"
    )
    result = analyze(resume_text=moved, job_description=posting)
    rows = {r["name"]: r for r in result["details"]["requirements"]}

    assert rows["bundle size"]["status"] == "met"
    assert "code coverage" not in result["missing_keywords"]
    unmoved = analyze(resume_text=named, job_description=posting)
    assert "bundle size" in unmoved["missing_keywords"]
    assert "code coverage" in unmoved["missing_keywords"]


def test_the_same_act_on_the_same_kind_of_thing_shows_a_duty():
    posting = (
        "Senior Product Manager\nWhat you'll do\n• Prioritise with data: define success metrics, read dashboards "
        "(Amplitude, Looker) and run experiments\n• Write clear PRDs\n"
    )
    did = (
        "Sofia Marques\nExperience\nProduct Manager, Tillo, 2021 - present\n"
        "- Defined activation and spend-per-card metrics for card issuing\n"
    )
    other = did.replace("Defined", "Reviewed")

    def status(resume: str) -> str:
        return requirement_rows(resume=resume, posting=posting)["define success metrics"]["status"]

    assert status(did) == "met"
    assert status(other) == "missing"
