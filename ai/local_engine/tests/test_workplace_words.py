"""Words in a posting that describe the workplace, the company, a product or a colleague are not asked of the
candidate; soft skills asked or shown as acts ("kept parents informed") are. Every posting and resume here is
made up."""

from ai.local_engine import analyze

RESUME = """Sam Carter
Data Engineer
EXPERIENCE
Data Engineer, Brightline Analytics, 2019 - Present
- Built batch pipelines in Python and SQL that load 40 million rows a day
"""

WORKPLACE_POSTING = """Data Engineer
About the role
You'll work in a collaborative, trusting environment inside a cross-functional team, with creative freedom.
You'll meet our CTO and our PM in your first week.
Requirements
- Strong Python and SQL
- Experience with Airflow
"""

ASKING_POSTING = """Data Engineer
Requirements
- Strong Python and SQL
- Experience with Airflow
- A collaborative team player who mentors junior engineers
"""


def _missing(result: dict) -> set[str]:
    return {term.lower() for term in result["missing_keywords"]}


def test_words_that_describe_the_workplace_or_a_colleague_are_not_gaps():
    result = analyze(resume_text=RESUME, job_description=WORKPLACE_POSTING)

    assert _missing(result) == {"airflow"}


def test_the_same_words_asked_of_the_candidate_are_gaps():
    result = analyze(resume_text=RESUME, job_description=ASKING_POSTING)

    assert {"airflow", "teamwork"} <= _missing(result)


AGENCY_POSTING = """Warehouse Operative (Nights)
LOCATION: Daventry DC, Northamptonshire NN11
CONTRACT: Temp to perm via Staffline Recruitment
Closing date: 12 May
Role Category: ERP, CRM
Industry Type: IT Services & Consulting
Requirements:
- Reach truck licence
- Good attention to detail
"""


def test_the_jobs_facts_and_a_job_board_s_fields_on_label_lines_are_not_requirements():
    result = analyze(resume_text=RESUME, job_description=AGENCY_POSTING)

    names = {item["name"].lower() for item in result["details"]["requirements"]}
    assert names == {"reach truck licence", "attention to detail"}


STARTUP_POSTING = """Growth Marketing Manager

Hey! We're Loopa, a 25-person team building the calendar app for creators. 2M downloads, profitable, fully remote across Europe.

What you'll own
- Paid acquisition on Google Ads
- Weekly growth reporting in SQL
"""


def test_sentences_that_go_on_about_the_company_are_not_requirements():
    result = analyze(resume_text=RESUME, job_description=STARTUP_POSTING)

    text = " ".join(item["name"].lower() for item in result["details"]["requirements"])
    assert "google ads" in text
    assert "downloads" not in text and "remote" not in text


def test_a_soft_adjective_before_a_thing_describes_the_thing_not_the_candidate():
    posting = (
        "Data Engineer\nThe role\nYou will own the pipelines behind our customer-facing analytics and build "
        "creative solutions for fraud.\nRequirements\n- Strong Python and SQL\n- Experience with Airflow\n"
    )

    assert _missing(analyze(resume_text=RESUME, job_description=posting)) == {"airflow"}


def test_a_soft_adjective_before_a_word_for_the_person_asks():
    posting = "Data Engineer\nRequirements\n- Strong Python and SQL\n- A detail-oriented individual\n"

    assert "attention to detail" in _missing(analyze(resume_text=RESUME, job_description=posting))


TEACHER_POSTING = """Second Grade Teacher
Requirements
- Strong communication with parents and families
- Classroom management
"""


def test_communication_is_shown_by_keeping_people_informed_or_presenting_to_them():
    shown = (
        "Ana Ruiz\nTeacher\nEXPERIENCE\nTeacher, Alamo Elementary, 2019 - Present\n"
        "- Kept parents informed in both languages through a weekly newsletter to families\n"
    )
    silent = (
        "Ana Ruiz\nTeacher\nEXPERIENCE\nTeacher, Alamo Elementary, 2019 - Present\n- Taught 24 students\n"
    )

    assert "communication" not in _missing(analyze(resume_text=shown, job_description=TEACHER_POSTING))
    assert "communication" in _missing(analyze(resume_text=silent, job_description=TEACHER_POSTING))


def test_a_soft_adjective_of_a_thing_in_a_resume_shows_no_soft_skill():
    posting = "ML Engineer\nRequirements\n- Python\n- Strong collaboration skills\n"
    filtering = (
        "Lee Park\nEXPERIENCE\nML Engineer, Acme, 2019 - Present\n- Built collaborative filtering in Python\n"
    )
    teamwork = "Lee Park\nEXPERIENCE\nML Engineer, Acme, 2019 - Present\n- Collaborative engineer; built ranking in Python\n"

    assert "collaboration" in _missing(analyze(resume_text=filtering, job_description=posting))
    assert "collaboration" not in _missing(analyze(resume_text=teamwork, job_description=posting))


def test_a_named_thing_the_posting_asks_to_know_is_a_gap_even_when_no_vocabulary_holds_it():
    posting = (
        "Logistics Coordinator\nRequirements\n- Knowledge of Incoterms\n- Familiarity with Westlaw or Lexis\n"
    )

    missing = _missing(analyze(resume_text=RESUME, job_description=posting))

    assert "incoterms" in missing and any("westlaw" in term for term in missing)


def test_the_setting_experience_was_gained_in_is_tentative_not_a_gap():
    posting = (
        "Production Planner\nRequirements\n- 4+ years of scheduling experience in a food processing environment\n"
        "- Experience in a packaging or bottling setting\n- SAP PP and Excel\n"
    )
    resume = (
        "Lee Park\nExperience\nPlanner, Northfield Foods (2019 - present)\n- Built weekly plans in SAP PP\n"
    )

    result = analyze(resume_text=resume, job_description=posting)
    details = result["details"]

    assert not [k for k in result["missing_keywords"] if k.endswith(("environment", "setting"))]
    assert not [r for r in details["requirements"] if r["name"].endswith(("environment", "setting"))]
    assert [r for r in details["tentative_requirements"] if r["name"].endswith("environment")]
