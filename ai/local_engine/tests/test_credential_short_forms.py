"""Credentials as people write them: a clearance held or named with "clearance", a certificate by its
letters on a registration line, a filing named by the examples the posting brackets. Every text is made up."""

from ai.local_engine import analyze
from ai.local_engine.tests.rows import requirement_rows

SOC_POSTING = """SOC Analyst (Level 2)
Essential:
- 2+ years working in a SOC
- Hold current SC clearance, or be eligible and willing to undergo it
"""
OT_POSTING = """Occupational Therapist
To be considered you will be registered with the Occupational Therapy Board of New Zealand with a current
Annual Practising Certificate (or be eligible for registration).
"""
PAYROLL_POSTING = """Payroll Specialist
We are looking for a Payroll Specialist who will:
• Compute withholding tax and prepare BIR filings (1601-C, 2316, alphalist)
• Compute 13th month pay
"""


def test_a_clearance_is_named_without_the_verb_and_met_where_the_resume_names_it():
    resume = "Sam Hale\nSOC Analyst, Vigil MSSP, 2022 - present\n- Triage alerts\nBritish citizen, eligible for SC clearance.\n"
    rows = requirement_rows(resume=resume, posting=SOC_POSTING)

    assert "Hold current SC clearance" not in rows
    assert rows["current SC clearance"]["status"] == "met"


def test_a_certificate_is_held_by_its_letters_on_a_registration_line():
    resume = (
        "Kate Rowe\nOccupational Therapist, Coast Health, 2021 - present\n- Home visits for older adults\n"
        "Registration: Occupational Therapy Board of New Zealand, current APC (2026-27)\n"
    )
    rows = requirement_rows(resume=resume, posting=OT_POSTING)

    assert rows["Annual Practising Certificate"]["status"] == "met"


def test_a_duty_whose_bracketed_examples_the_resume_names_is_no_gap():
    named = "Ana Cruz\nPayroll Officer, Metro BPO, 2021 - present\n• Prepare BIR Form 1601-C and 2316 every year\n"
    lacking = "Ana Cruz\nPayroll Officer, Metro BPO, 2021 - present\n• Compute 13th month pay for 900 staff\n"

    assert (
        "BIR filings" not in analyze(resume_text=named, job_description=PAYROLL_POSTING)["missing_keywords"]
    )
    assert "BIR filings" in analyze(resume_text=lacking, job_description=PAYROLL_POSTING)["missing_keywords"]


def test_credentials_listed_as_alternatives_with_a_pursuing_remark_are_one_requirement():
    posting = (
        "SOX Compliance Analyst\nWhat you bring\n- 3+ years in SOX compliance or internal audit\n"
        "- CPA, CIA or CISA (or actively pursuing)\n"
    )
    resume = "Val Cruz, CIA\nSenior Internal Auditor, Acme, 2021 - present\n- Tested 120 key controls a year\nCertified Internal Auditor (CIA), IIA — 2022\n"
    rows = requirement_rows(resume=resume, posting=posting)

    credential = [row for name, row in rows.items() if "CISA" in name or "CIA" in name]
    assert [row["name"] for row in credential] == ["CPA, CIA or CISA"]
    assert credential[0]["status"] == "met"
