"""A work section's headings and its jobs' subheads: "Academic Appointments" heads a researcher's posts, and a
job's own subheads ("Key achievements:" under each role) stay in the work section, so the jobs after them keep
their years; an Achievements section written as the other headings are is still one. Every posting and resume
here is made up."""

from ai.local_engine import analyze

POSTING = """Procurement Manager
Requirements
- 10+ years of procurement experience in manufacturing
- Supplier negotiation and contract management
"""
BUYER = """Ingrid Solberg
EMPLOYMENT HISTORY
Procurement Manager – Nordvik Packaging AS, Drammen
April 2018 – March 2024
Responsibilities:
• Ran supplier negotiation and contract management for resins and board
Key achievements:
• Cut packaging material spend by 9% across two plants
Senior Buyer – Fjellstad Components, Kongsberg
January 2014 – March 2018
Key achievements:
• Moved 40% of machined parts to dual-sourced suppliers
Buyer – Fjellstad Components, Kongsberg
August 2011 – December 2013
Key achievements:
• Set up the first supplier scorecard in manufacturing purchasing
EDUCATION
BSc Logistics, Vestland University College, 2011
"""


def test_a_jobs_achievements_subhead_keeps_the_jobs_below_it():
    details = analyze(resume_text=BUYER, job_description=POSTING)["details"]

    assert details["years_in_resume"] == 12.7  # Aug 2011 to Mar 2024
    assert details["relevant_years"] == 12.7
    assert details["sub_scores"]["experience"]["score"] == 100


def test_an_achievements_section_written_like_the_others_is_one():
    resume = """Ingrid Solberg
EMPLOYMENT HISTORY
Procurement Manager – Nordvik Packaging AS, Drammen
April 2018 – March 2024
• Ran supplier negotiation and contract management for resins and board
ACHIEVEMENTS
Board member, Norwegian Purchasing Forum 2015 – 2019
"""

    assert (
        analyze(resume_text=resume, job_description=POSTING)["details"]["years_in_resume"] == 6.0
    )  # April 2018 to March 2024, the board seat no job


def test_academic_appointments_are_the_work_section():
    resume = """Dr Ingrid Solberg
EDUCATION
2008 – 2012  PhD Operations Research, Vestland University College
ACADEMIC APPOINTMENTS
2018 – 2024  Lecturer in Procurement, Vestland University College
2012 – 2018  Research Fellow in supplier negotiation and contract management, Vestland University College
"""

    details = analyze(resume_text=resume, job_description=POSTING)["details"]

    assert details["years_in_resume"] == 12
    assert details["relevant_years"] == 12
