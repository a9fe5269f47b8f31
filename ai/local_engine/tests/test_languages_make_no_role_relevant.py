"""A language a posting asks for and a past job was done in does not make that job's years relevant: a
support lead who answered English and Spanish queues has no years as a psychologist. Every posting and resume
here is made up."""

from ai.local_engine import analyze

POSTING = """Clinical Psychologist – Adult Mental Health
Requirements
- 3+ years of experience delivering CBT to adults
- Master's degree in Clinical Psychology
- Fluent Spanish
"""
RESUME = """Lucía Romero
Experience
Support Team Lead, Brightdesk SaaS, 2019 - present
- Led a team of 8 agents on the English and Spanish queues
- Cut the average first-response time from 6 hours to 2
"""


def test_a_job_done_in_the_language_asked_counts_no_relevant_years():
    details = analyze(resume_text=RESUME, job_description=POSTING)["details"]

    assert {r["name"]: r["status"] for r in details["requirements"]}["Spanish"] == "met"
    assert details["years_in_resume"] >= 5
    assert details["relevant_years"] is None
    assert details["sub_scores"]["experience"]["score"] == 0
