"""How long a resume's current role has lasted when it is written with its start date alone."""

from ai.local_engine import analyze

NURSE_POSTING = """Registered Nurse
We need a registered nurse with 5+ years of experience in patient care on a surgical ward."""


def experience_score(resume: str) -> int:
    details = analyze(resume_text=resume, job_description=NURSE_POSTING)["details"]
    return details["sub_scores"]["experience"]["score"]


def test_the_newest_role_written_with_its_start_alone_counts_until_now():
    resume = """Mia Park
Registered Nurse
Experience
2015 / 09 Registered Nurse, City Hospital
Patient care on a surgical ward.
2012 - 2015 Nursing Assistant, Care Home
Patient care for elderly residents."""
    ended = resume.replace("2015 / 09 Registered", "2015 - 2016 Registered")
    assert experience_score(resume) == 100
    assert experience_score(ended) < 100


def test_a_lone_date_below_older_ranges_is_no_current_role():
    # a one-off course dated 2019 under a range ending 2016 must not count as a job held since 2019
    resume = """Mia Park
Registered Nurse
Experience
2014 - 2016 Registered Nurse, City Hospital
Patient care on a surgical ward.
2019 Wound care course, Nursing Academy"""
    assert experience_score(resume) < 100
