"""Every role whose work shows a requirement counts toward the relevant years, not only the one whose sentence
was picked as evidence. Every posting and resume here is made up."""

from ai.local_engine import analyze

SYSTEMS_POSTING = """HR Systems Analyst
Requirements
- 5+ years of experience configuring UKG Pro
"""
CONTRACTOR = """Renee Obi
Contract experience
Consultant (contract), Harbor Dental Group, Jan 2022 - Dec 2023
- Set up pay rules and accruals in UKG Pro for 300 staff
Consultant (contract), Lakeside Foods, Jan 2020 - Dec 2021
- Moved 12 sites onto UKG Pro and rebuilt their timecard approvals
Consultant (contract), Pinecrest Schools, Jan 2018 - Dec 2019
- Cleaned up garnishment setups in UKG Pro before year end
"""


def test_every_contract_whose_work_shows_a_requirement_counts_toward_the_relevant_years():
    details = analyze(resume_text=CONTRACTOR, job_description=SYSTEMS_POSTING)["details"]

    assert details["relevant_years"] == 6.0
    assert details["sub_scores"]["experience"]["score"] == 100
    assert {r["name"]: r["status"] for r in details["requirements"]}["UKG Pro"] == "met"
