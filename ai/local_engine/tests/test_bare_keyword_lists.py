"""A resume made only of the posting's own phrases (no employer, no dates, nothing done) must not score high,
while a real short resume in the same trade keeps its score. Every posting and resume here is made up."""

from ai.local_engine import analyze

POSTING = """Teacher of Science (MPS/UPS) - Brookfield School, Sheffield
Contract: permanent, full-time from September 2027.

Brookfield is an 11-16 school of 900 pupils. Our science faculty of eight teachers shares a common scheme
of work and a well-equipped suite of six laboratories.

We are looking for a teacher who:
• holds Qualified Teacher Status (QTS), or will be awarded it by September
• has a degree in Biology, Chemistry or Physics
• can teach combined science across KS3 and KS4 (GCSE), and separate sciences to able groups
• plans practical lessons safely and follows CLEAPSS guidance in the laboratory
• uses assessment data from our tracking system (SIMS) to plan interventions
• manages behaviour calmly and consistently, in line with our behaviour policy
• supports pupils with SEND, working with the SENCO
• communicates well with parents and carers
• would run a science club or a STEM ambassador programme

Brookfield School is committed to safeguarding and promoting the welfare of children. The successful
candidate will be subject to an enhanced DBS check and satisfactory references.
"""

# The posting's requirements written back one a line, the way a keyword-stuffer would.
KEYWORD_LIST = """Qualified Teacher Status (QTS)
degree in Biology, Chemistry or Physics
teach combined science across KS3 and KS4 (GCSE)
plan practical lessons safely (CLEAPSS)
use assessment data (SIMS) to plan interventions
behaviour management
support pupils with SEND
communication with parents and carers
"""

TEACHER = """Tom Reyes
Science Teacher
tom.reyes@example.com | 07700 900456
EXPERIENCE
Teacher of Science, Castlegate Academy, Leeds, 2020 - Present
• Taught combined science to KS3 and KS4 classes; 78% of my GCSE group reached grade 5 or above in 2024
• Ran weekly practicals in line with CLEAPSS advice and trained two ECTs in lab safety
• Tracked progress in SIMS and set up Year 10 intervention groups
• Started a lunchtime STEM club of 25 pupils
EDUCATION
PGCE Secondary Science, University of Leeds, 2020
BSc Chemistry, University of York, 2019
Qualified Teacher Status (QTS), 2020
"""


def _sub_score(result: dict, name: str) -> int:
    return result["details"]["sub_scores"][name]["score"]


def test_a_list_of_the_postings_own_phrases_scores_low():
    result = analyze(resume_text=KEYWORD_LIST, job_description=POSTING)

    assert result["match_score"] <= 30
    assert _sub_score(result, "text_similarity") <= 30


def test_a_real_short_resume_in_the_trade_scores_well_above_the_keyword_list():
    real = analyze(resume_text=TEACHER, job_description=POSTING)
    stuffed = analyze(resume_text=KEYWORD_LIST, job_description=POSTING)

    assert real["match_score"] >= 60
    assert real["match_score"] - stuffed["match_score"] >= 30
    assert _sub_score(real, "text_similarity") >= 50


def test_a_credential_at_the_top_is_not_the_writers_job_title():
    # "Qualified Teacher Status" holds the noun "Teacher" but names a qualification, not a job held.
    credential_first = analyze(resume_text=KEYWORD_LIST, job_description=POSTING)
    title_first = analyze(resume_text="Science Teacher\n" + KEYWORD_LIST, job_description=POSTING)

    assert _sub_score(credential_first, "role") == 0
    assert _sub_score(title_first, "role") == 100


def test_a_duty_whose_objects_are_listed_is_work_not_a_list_of_names():
    posting = "Civil Engineer\n\nQualifications:\n- Proficiency in AutoCAD Civil 3D\n- Stormwater design\n"
    resume = (
        "Jo Mendez\nExperience\nProject Engineer, Valley Civil (2021 - 2024)\n"
        "- Design grading, drainage, water, sewer and street plans for subdivisions of 40-300 lots in Civil 3D\n"
    )
    found = [r for r in analyze(resume_text=resume, job_description=posting)["details"]["requirements"]]
    civil = [r for r in found if r["name"] == "AutoCAD Civil 3D"]
    assert civil and civil[0]["status"] == "met" and civil[0]["context"] == "experience", found


def test_a_keyword_list_opening_with_a_verb_is_still_a_list():
    posting = "Planner\n\nRequirements:\n- Execute operating strategy\n- SAP, Excel and Power BI\n"
    base = "Jo Mendez\nExperience\nPlanner, Oak (2021 - 2024)\n- Planned supply for 400 SKUs\n"
    before = analyze(resume_text=base, job_description=posting)
    stuffed = analyze(resume_text=base + ", ".join(before["missing_keywords"]), job_description=posting)
    listed = [r for r in stuffed["details"]["requirements"] if r["status"] != "missing"]
    assert listed and all(r["context"] in ("list", "copied") for r in listed), listed


def test_a_duty_that_leads_with_a_count_before_a_colon_is_work_not_a_labelled_list():
    posting = "Medical Assistant\n\nRequirements:\n- Experience with Epic\n- Take vital signs\n"
    duty = "- Room 25 patients a day: vital signs, allergies, history and medication lists in Epic\n"
    labelled = "- Charting tools: Epic, Cerner, athenahealth and eClinicalWorks\n"

    def epic(line: str) -> dict:
        resume = f"Jo Mendez\nExperience\nMedical Assistant, Oak Clinic (2021 - 2024)\n{line}"
        found = analyze(resume_text=resume, job_description=posting)["details"]["requirements"]
        return next(r for r in found if r["name"] == "Epic")

    assert (epic(duty)["status"], epic(duty)["context"]) == ("met", "experience")
    assert epic(labelled)["context"] == "list"


def test_a_present_tense_duty_listing_its_methods_is_work():
    posting = (
        "Physical Therapist\n\nResponsibilities:\n- Provide manual therapy, therapeutic exercise and "
        "neuromuscular re-education\n- 1+ year\n"
    )
    resume = (
        "Jo Mendez\nExperience\nPhysical Therapist, Oak Clinic (2021 - 2024)\n"
        "- Use joint mobilization, dry needling, therapeutic exercise and neuromuscular re-education\n"
    )
    found = analyze(resume_text=resume, job_description=posting)["details"]["requirements"]

    assert [(r["credit"], r["context"]) for r in found if r["name"] == "therapeutic exercise"] == [
        (1.0, "experience")
    ]
