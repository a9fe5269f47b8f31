"""Letters the vocabulary knows as a field ("QA") are not held like a credential: a keyword line appended
below a resume's Certificates heading earns list credit only, as any bare list does. Every posting and resume
here is made up."""

from ai.local_engine import analyze

POSTING = """Manual Tester – Cape Town – R28k–R34k pm
2+ yrs manual testing of web & mobile apps; QA, Jira, regression.
Email CV to talent@example.com
"""
RESUME = """Ola Nowak
.NET Developer, Vistula Software, 2019 - present
- Built REST APIs in ASP.NET Core for a logistics platform

CERTIFICATES
Microsoft Certified: Azure Fundamentals (AZ-900), 2021
"""


def test_a_field_stuffed_below_the_certificates_earns_list_credit_only():
    plain = analyze(resume_text=RESUME, job_description=POSTING)
    stuffed = analyze(
        resume_text=RESUME + ", ".join(plain["missing_keywords"]) + "\n", job_description=POSTING
    )
    rows = {r["name"]: r for r in stuffed["details"]["requirements"]}

    assert "QA" in plain["missing_keywords"]
    assert rows["QA"]["context"] == "list"
    assert rows["QA"]["status"] == "partial"


EMBEDDED = """Embedded Software Engineer
Requirements
- Strong C programming on microcontrollers
- Knowledge of Irish GAAP and IFRS for the board's reporting packs
- Benefits include paid certification and study leave
"""


def test_the_c_language_is_read_by_its_kind_a_countrys_standard_is_no_language_a_perk_no_credential():
    details = analyze(
        resume_text="Aoife Byrne\nFirmware Engineer, Tallaght Devices, 2019 - present\n- Wrote CAN drivers in C",
        job_description=EMBEDDED,
    )["details"]
    rows = {r["name"]: r for r in details["requirements"]}

    assert rows["C"]["status"] == "met"
    assert "Irish" not in rows
    assert "paid certification" not in rows
