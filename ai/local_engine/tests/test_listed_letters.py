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
