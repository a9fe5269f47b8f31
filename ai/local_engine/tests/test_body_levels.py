"""A body's qualification at a numbered level ("AAT Level 3", "CIPD Level 5", "NVQ/QCF Level 2 or 3 in Health
and Social Care") is a credential asked, held at that level or above. Every posting and resume here is made up."""

from ai.local_engine.tests.rows import requirement_rows

POSTING = """Payroll and HR Officer
Calder Valley Care Homes – Halifax

Requirements
- AAT Level 3 or above
- CIPD Level 5 qualified (or working towards)
- NVQ/QCF Level 3 in Health and Social Care
- A first aid certificate (e.g. St John Ambulance, SQA Level 6 Award)
"""
RESUME = """Jane Doe
Payroll Administrator

Experience
Payroll Administrator, Brightwell Care, 2019 - present
- Ran the monthly payroll for 420 care staff in Sage 50

Qualifications
AAT Level 4 Diploma in Professional Accounting (2021)
CIPD Level 5 Associate Diploma in People Management
NVQ Level 2 in Health and Social Care
"""


def test_a_bodys_level_is_held_at_that_level_or_above():
    rows = requirement_rows(resume=RESUME, posting=POSTING)

    assert rows["AAT Level 3"]["status"] == "met"
    assert rows["CIPD Level 5"]["status"] == "met"
    assert rows["NVQ/QCF Level 3 in Health and Social Care"]["status"] == "missing"


def test_an_example_of_the_kind_of_credential_asked_is_no_row_of_its_own():
    rows = requirement_rows(resume=RESUME, posting=POSTING)

    assert not [name for name in rows if name.startswith("SQA")]
