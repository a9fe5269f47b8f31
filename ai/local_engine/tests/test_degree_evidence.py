"""A degree requirement is met by one degree the resume holds, at the level and in the field asked."""

from ai.local_engine import analyze

TECHNICIAN = """Maintenance Technician

Requirements:
- Three years of building maintenance experience.
- Associate degree in HVAC, industrial maintenance or a related field.
"""

ANALYST = """Data Analyst

Requirements:
- Bachelor's degree in Computer Science.
- Two years of SQL reporting.
"""

INTERN = """Software Engineering Intern

Requirements:
- BS in Computer Science (graduating by summer 2027).
- Python or Java.
"""


def _degree(*, resume: str, posting: str) -> dict:
    result = analyze(resume_text=f"Sam Lee\n\nEducation\n{resume}\n", job_description=posting)
    return next(r for r in result["details"]["requirements"] if r["kind"] == "degree")


def test_a_related_field_must_be_a_related_subject():
    unrelated = _degree(
        resume="Associate of Applied Science, Supply Chain Management, 2019", posting=TECHNICIAN
    )
    related = _degree(
        resume="Associate of Applied Science, Electrical Engineering Technology", posting=TECHNICIAN
    )

    assert unrelated["status"] == "missing"
    assert related["status"] == "partial"


def test_a_degree_whose_subject_cannot_be_read_still_counts_by_half_where_related_fields_are_accepted():
    assert _degree(resume="Associate of Science, 2015", posting=TECHNICIAN)["status"] == "partial"


def test_the_degree_that_meets_a_requirement_is_named_as_its_evidence():
    degree = _degree(resume="B.S. in Computer Science, 2018\nUniversity of Utah", posting=ANALYST)

    assert degree["status"] == "met"
    assert degree["matched_as"] == "B.S. in Computer Science, 2018"


def test_the_science_in_a_degree_s_name_is_no_subject():
    degree = _degree(resume="Bachelor of Science in Biology, 2018", posting=ANALYST)

    assert degree["status"] == "missing"


def test_two_degrees_do_not_add_up_to_one_in_the_field_at_the_level():
    posting = "Finance Manager\n\nRequirements:\n- Master's degree in Finance.\n"
    degree = _degree(resume="M.S. in Chemistry, 2016\nB.A. in Finance, 2013", posting=posting)

    assert degree["status"] == "missing"


def test_a_degree_not_yet_awarded_is_not_held_unless_the_posting_hires_students():
    studying = "B.S. in Computer Science, Aug 2024 - May 2099"

    assert _degree(resume=studying, posting=ANALYST)["status"] == "missing"
    assert _degree(resume="B.S. in Computer Science (expected)", posting=ANALYST)["status"] == "missing"
    assert _degree(resume=studying, posting=INTERN)["status"] == "met"


def test_indian_and_dotted_degree_names_carry_their_field():
    from ai.local_engine.requirements import read_requirements

    for line in (
        "Education: B.E/B.Tech/MCA in Computer Science or equivalent.",
        "B.E. in Computer Science or related field",
        "BS/MS in Computer Science",
    ):
        requirements = read_requirements(text=f"Java Developer\n\n- {line}\n").requirements
        assert [(r.name, r.kind) for r in requirements] == [
            ("Bachelor's degree in Computer Science", "degree")
        ]


def test_ms_project_is_no_masters_and_an_hnd_is_a_degree_level():
    from ai.local_engine import analyze

    posting = """Project Manager - Fit-Out
Responsibilities
- Produce and manage programmes in MS Project or Asta Powerproject
Requirements
- Degree or HNC/HND in Construction Management or similar
"""
    resume = "Gareth Price\nExperience\nProject Manager, Atlas (2019 - 2024)\n- Ran 14 fit-outs\nEducation\nHND Construction Management, 2013\n"
    degree = next(
        r
        for r in analyze(resume_text=resume, job_description=posting)["details"]["requirements"]
        if r["kind"] == "degree"
    )

    assert degree["name"] == "HNC, HND or degree in Construction Management"
    assert degree["status"] == "met"


def test_a_professional_doctorate_is_a_degree_on_both_sides():
    posting = "Staff Pharmacist\n\nRequirements:\n- Doctor of Pharmacy (PharmD) from an accredited school\n"
    resume = "Dan Kim\nEducation\nDoctor of Pharmacy, Washington State University, 2019\n"

    found = analyze(resume_text=resume, job_description=posting)["details"]["requirements"]

    assert [r["status"] for r in found if r["kind"] == "degree"] == ["met"]


def test_a_degree_the_posting_accepts_experience_for_is_met_by_years_of_the_work():
    posting = (
        "Construction Superintendent\n\nQualifications:\n- 5+ years of commercial construction experience\n"
        "- Bachelor's degree in Construction Management preferred; equivalent experience accepted\n"
    )

    def degree(first_year: int) -> dict:
        resume = (
            f"Tony Marchetti\nExperience\nSuperintendent, Volunteer Construction ({first_year} - 2024)\n"
            "- Ran commercial construction projects up to $48M from mobilization to closeout\n"
        )
        found = analyze(resume_text=resume, job_description=posting)
        return next(r for r in found["details"]["requirements"] if r["kind"] == "degree") | {
            "listed": any("degree" in k.lower() for k in found["missing_keywords"])
        }

    seasoned, new = degree(2012), degree(2022)
    assert (seasoned["status"], seasoned["via"], seasoned["listed"]) == (
        "met",
        "equivalent experience",
        False,
    )
    assert (new["status"], new["listed"]) == ("missing", True)


def test_a_posting_welcoming_new_graduates_is_not_for_them_only():
    welcoming = (
        "Physical Therapist\n\nQualifications:\n- Doctor of Physical Therapy (DPT)\n"
        "- New graduates welcome to apply; mentorship provided\n"
    )
    only = "Physical Therapist\n\nQualifications:\n- Doctor of Physical Therapy (DPT)\n- This is an entry-level role\n"
    resume = (
        "Jo Alvarez\nExperience\nPhysical Therapist, Sports Clinic (2016 - 2024)\n- Treated 15 outpatients a day\n"
        "Education\nDoctor of Physical Therapy, Idaho State University, 2016\n"
    )

    def experience(posting: str) -> dict:
        return analyze(resume_text=resume, job_description=posting)["details"]["sub_scores"]["experience"]

    assert experience(welcoming)["score"] == 100
    assert "over-qualified" in experience(only)["how"]
    found = analyze(resume_text=resume, job_description=welcoming)["details"]["requirements"]
    assert [(r["name"], r["status"]) for r in found if r["kind"] == "degree"] == [("DPT", "met")]


def test_the_field_of_a_preferred_higher_degree_is_no_skill_of_its_own():
    posting = (
        "Software Engineer\n\nMinimum qualifications:\n- Bachelor's degree or equivalent practical experience.\n"
        "- 2 years of experience with Java or Go.\n\nPreferred qualifications:\n"
        "- Master's degree or PhD in Computer Science or related technical field.\n"
    )
    resume = "Nik Rao\nExperience\nEngineer, Northwind (2019 - 2024)\n- Built storage services in Go\n"

    names = [
        r["name"] for r in analyze(resume_text=resume, job_description=posting)["details"]["requirements"]
    ]

    assert "Computer Science" not in names
    assert "Go" in names or "Java or Go" in names


def test_a_uk_foundation_degree_or_working_towards_it_is_named_as_asked():
    from ai.local_engine.requirements import read_requirements

    posting = (
        "Payroll Administrator\n\nAbout you\n- CIPP Foundation Degree in Payroll Management or working towards "
        "it (desirable)\n- A strong foundation in Excel\n"
    )
    degrees = [(r.name, r.level) for r in read_requirements(text=posting).requirements if r.kind == "degree"]

    assert degrees == [("Foundation degree in Payroll Management", 1)]


def test_fields_in_brackets_after_a_degree_are_the_degree_not_skills():
    from ai.local_engine.requirements import read_requirements

    posting = (
        "Data Analyst\n\nRequired\n- Bachelor's degree in a quantitative field (statistics, economics, "
        "public health, computer science)\n- Advanced SQL\n"
    )
    kinds = {r.name: r.kind for r in read_requirements(text=posting).requirements}

    assert [kind for kind in kinds.values() if kind != "degree"] == ["tool"], kinds
    assert "SQL" in kinds, kinds


def test_a_degree_field_written_in_another_form_of_its_word_is_the_field_asked():
    posting = "Interpreter\n\nRequirements\n- Associate's degree in Interpreting preferred\n- ASL fluency\n"

    def status(education: str) -> str:
        resume = (
            "Sam Reid\n\nExperience\nInterpreter, Acme, 2019 - 2024\n- Interpreted 30 hours a week\n\n"
            f"Education\n{education}\n"
        )
        rows = analyze(resume_text=resume, job_description=posting)["details"]["requirements"]
        return next(r["status"] for r in rows if r["kind"] == "degree")

    assert status("Bachelor of Science, ASL-English Interpretation, Northern State University, 2016") == "met"
    assert status("Bachelor of Science, Biology, Northern State University, 2016") == "missing"
