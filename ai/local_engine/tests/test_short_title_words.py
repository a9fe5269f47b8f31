"""Titles a resume shortens ("Asst Store Mgr", "Sr. Network Admin") are the titles written out. Every posting
and resume here is made up."""

from ai.local_engine import analyze

STORE = """Store Manager
Requirements
- 5+ years in grocery retail management, as a store manager, co-manager or assistant store manager
- ServSafe Manager certification
"""
SHORTENED = """Dana Kowalski
Experience
Asst Store Mgr – Lakeview Foods, Toledo, OH | 3/2018 – Present
- Run the store in the SM's absence; 120 assoc.
"""
NETWORK = """Network Administrator
Requirements
- 3+ years administering Cisco networks
"""


def _role(*, resume: str, posting: str) -> int:
    return analyze(resume_text=resume, job_description=posting)["details"]["sub_scores"]["role"]["score"]


def test_a_shortened_title_is_the_title_written_out():
    written_out = SHORTENED.replace("Asst Store Mgr", "Assistant Store Manager")

    assert _role(resume=SHORTENED, posting=STORE) == _role(resume=written_out, posting=STORE) == 100


def test_a_shortened_administrator_is_one():
    resume = (
        "Sam Lee\nExperience\nSr. Network Admin, Prairie Gas Co-op, 2019 - present\n- Ran 40 Cisco switches"
    )

    assert _role(resume=resume, posting=NETWORK) == 100
