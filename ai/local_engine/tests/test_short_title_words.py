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


def test_customer_care_and_service_titles_are_one_front_line():
    posting = "Customer Service Associate\nRequirements\n- 6 months of inbound call handling\n- A CRM such as Salesforce"
    resume = "Ana Cruz\nExperience\nCustomer Care Representative – Voice, Harbourline BPO, 2023 - present\n- Took 80 calls a day"

    assert _role(resume=resume, posting=posting) == 100
    assert _role(resume=resume.replace("Customer Care Representative", "Payroll Clerk"), posting=posting) < 50
