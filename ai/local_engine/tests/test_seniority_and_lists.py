"""Level and keyword lines: an entry-level posting is not the best fit for a senior engineer, and a line of
keywords appended to a resume earns neither a degree nor relevant years."""

from ai.local_engine import analyze

NEW_GRAD = """Software Engineer, New Grad — Pinecrest Labs (New York or Seattle)
Minimum qualifications
- BS or MS in Computer Science or a related technical field
- Proficiency in at least one language such as Java, C++, Python or Go
- Databases (e.g. MySQL)
"""

SENIOR = """Jane Doe
Software Engineer

Experience
Senior Software Engineer, Acme (2016 - 2024)
- Built payment services in Java and Python on MySQL for 2 million users.

Education
BS Computer Science, State University, 2016
"""

STUDENT = """Sam Lee
Last updated May 2015

Experience
Software Engineering Intern, Google (2013 - 2013)
- Built caption tools in Python and Java.
Software Engineer, Facebook (Jan 2015 - Present)
- Wrote services in C++.

Education
BS Computer Science, Cornell University, 2014
"""

ACCOUNTANT_POSTING = """Staff Accountant — Cobalt Ridge Manufacturing, Dublin, Ireland
Requirements: degree in accounting or finance; ACA, ACCA or CPA qualified; 2+ years in general ledger
accounting; strong Excel; knowledge of IFRS.
"""

PLANNER = """Alex Kim
Experience
Event Planner, Bright Events (2012 - 2024)
- Planned 40 conferences a year for up to 2,000 guests.
"""


def _sub_scores(resume: str, posting: str) -> dict:
    return analyze(resume_text=resume, job_description=posting)["details"]["sub_scores"]


def test_an_entry_level_posting_marks_a_senior_engineer_over_qualified():
    parts = _sub_scores(SENIOR, NEW_GRAD)

    assert parts["experience"]["score"] == 0  # 8 professional years for a posting of up to 2
    assert "over-qualified" in parts["experience"]["how"]
    assert parts["role"]["score"] == 100  # the kind of work fits; the level is the experience part's


def test_internships_and_the_resumes_own_date_do_not_make_a_new_graduate_senior():
    result = analyze(resume_text=STUDENT, job_description=NEW_GRAD)

    assert (result["details"]["years_in_resume"] or 0) <= 2
    assert "over-qualified" not in result["details"]["sub_scores"]["experience"]["how"]


def test_a_keyword_line_with_the_degree_in_it_is_neither_education_nor_relevant_experience():
    before = analyze(resume_text=PLANNER, job_description=ACCOUNTANT_POSTING)
    stuffed = PLANNER + "\n" + ", ".join(before["missing_keywords"])
    after = analyze(resume_text=stuffed, job_description=ACCOUNTANT_POSTING)
    degree = next(r for r in after["details"]["requirements"] if r["kind"] == "degree")

    assert "Bachelor's degree in accounting or finance" in before["missing_keywords"]
    assert degree["status"] == "missing"
    assert after["details"]["sub_scores"]["experience"]["score"] == 0
    assert after["match_score"] - before["match_score"] <= 10


def test_keywords_glued_to_the_last_sentence_with_a_long_name_among_them_stay_a_list():
    posting = """Staff Accountant
Requirements: degree in accounting or finance; general ledger; Excel; IFRS; accounts payable; VAT returns.
"""
    resume = PLANNER.rstrip() + " and budgets"  # the last line ends mid-sentence: the keywords join it
    before = analyze(resume_text=resume, job_description=posting)
    keywords = ["general ledger", "Bachelor's degree in accounting or finance", "Excel", "IFRS"]
    after = analyze(resume_text=resume + "\n" + ", ".join(keywords), job_description=posting)
    contexts = {r["name"]: r["context"] for r in after["details"]["requirements"] if r["status"] != "missing"}

    assert contexts and set(contexts.values()) == {"list"}
    assert after["match_score"] - before["match_score"] <= 10
