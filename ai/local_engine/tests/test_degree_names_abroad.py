"""Degrees as they are named outside the US: Ireland's "BBS" and "BComm", Oxford's "DPhil". Every posting and
resume here is made up."""

from ai.local_engine import analyze


def _education(*, resume: str, posting: str) -> int:
    return analyze(resume_text=resume, job_description=posting)["details"]["sub_scores"]["education"]["score"]


FUND = """Fund Accountant
Requirements
- Degree in accounting, finance or a business-related discipline
- 2+ years of fund accounting experience
"""


def test_an_irish_business_bachelors_is_a_degree():
    for degree in (
        "BBS Accounting & Finance, 2:1 – Dublin City University, 2020",
        "BComm (Hons) Finance, 2019",
    ):
        resume = f"""Aoife Byrne
Experience
Fund Accountant, Liffey Fund Services, 2020 - present
- Prepared NAV packs and fund accounting reconciliations for 14 funds
Education
{degree}
"""
        assert _education(resume=resume, posting=FUND) == 100, degree


def test_a_bar_bending_schedule_is_no_degree():
    posting = """Site Engineer
Requirements
- 3+ years on high-rise sites
- Prepare BBS Observation Program reports and check steel as per BBS and shuttering
"""
    result = analyze(resume_text="Site Engineer\nPrepared BBS for slabs.", job_description=posting)
    degrees = [r for r in result["details"]["requirements"] if r["kind"] == "degree"]
    assert degrees == []


WRITER = """Medical Writer
Requirements
- PhD in a life science is required
- 2+ years of regulatory writing
"""


def test_an_oxford_dphil_is_a_doctorate():
    resume = """Sarah Hale
Experience
Medical Writer, Isis Clinical, 2020 - present
- Wrote clinical study reports for Phase II trials
Education
DPhil Immunology – University of Oxford, 2019
"""
    assert _education(resume=resume, posting=WRITER) == 100


def test_a_degree_or_diploma_is_met_by_a_college_diploma():
    posting = """Cloud Security Engineer
Requirements
- Post-secondary degree or diploma in computer science, information security or a related field
- 3+ years securing Azure workloads
"""
    resume = """Priya Nair
Experience
Cloud Security Engineer, Lakeshore Credit Union, 2021 - present
- Secured Azure workloads for 40 subscriptions
Education
Diploma, Computer Systems Technology – Humber College, 2019
"""
    result = analyze(resume_text=resume, job_description=posting)
    degree = next(r for r in result["details"]["requirements"] if r["kind"] == "degree")
    assert degree["status"] == "met"
    assert result["details"]["sub_scores"]["education"]["score"] == 100


def test_a_biology_degree_is_a_life_science():
    posting = """Clinical Data Manager
Requirements
- Bachelor's degree in a life science, nursing, health informatics or related field
- 4+ years of clinical data management
"""
    resume = """Dana Cole
Experience
Clinical Data Manager, Harbor Biometrics, 2018 - present
- Led clinical data management for 6 Phase III studies
Education
B.S. Biology – University of Vermont, 2017
"""
    result = analyze(resume_text=resume, job_description=posting)
    degree = next(r for r in result["details"]["requirements"] if r["kind"] == "degree")
    assert degree["status"] == "met"


def test_a_preferred_mba_does_not_lower_a_met_graduate_ask():
    posting = """Sales Officer – CASA
Requirements
- Graduate in any stream (MBA Marketing preferred)
- 1+ years of field sales in banking or insurance
"""
    resume = """Rohan Patil
Experience
Sales Officer, Deccan Small Finance Bank, 2021 - present
- Opened 300 savings accounts through field sales in banking
Education
BBA (Marketing), Pune University - 2020
"""
    assert _education(resume=resume, posting=posting) == 100
