"""A credential counts as met only when the resume holds it now: one being studied for, booked or due ("SMSTS –
studying, exams booked for May"), one that has expired or lapsed ("PASMA (2015 – expired)") and one held at a
lower grade than the one asked (an apprentice's "CPC-A" for "CPC", "Type II" for "Universal") are partial; a
current one ("Expiry: 2029", "renewed 2024") stays met. Every posting and resume here is made up."""

import pytest

from ai.local_engine import analyze
from ai.local_engine.tests.rows import requirement_rows

SITE_POSTING = (
    "Site Manager\nRequirements:\n- 5+ years managing housing sites\n- SMSTS and PASMA\n- Strong planning\n"
)


def _site_resume(credentials: str) -> str:
    return (
        "Owen Platt\n\nExperience\nSite Manager, Kestrel Homes (2017 - present)\n"
        "- Managed housing sites of 60 plots with 35 trades on site\n\n"
        f"Qualifications\n{credentials}\n"
    )


@pytest.mark.parametrize(
    ("credentials", "status"),
    [
        ("SMSTS – studying, exams booked for May 2031\nPASMA (2015 – expired)", "partial"),
        ("SMSTS course enrolled, due 2031\nPASMA, lapsed", "partial"),
        ("Currently working towards SMSTS\nPASMA (renewal pending)", "partial"),
        ("SMSTS – Expiry: 2029\nPASMA (renewed 2024)", "met"),
        ("SMSTS (renewal due 2029)\nPASMA (2015 – expired)\nPASMA, renewed 2024", "met"),
    ],
)
def test_a_credential_under_way_or_lapsed_is_partial_and_a_current_one_met(credentials, status):
    rows = requirement_rows(resume=_site_resume(credentials), posting=SITE_POSTING)

    assert rows["SMSTS"]["status"] == status
    assert rows["PASMA"]["status"] == status


def test_a_lapsed_credential_scores_below_a_current_one():
    current = analyze(resume_text=_site_resume("SMSTS (2022)\nPASMA (2022)"), job_description=SITE_POSTING)
    lapsed = analyze(
        resume_text=_site_resume("SMSTS (2015 – expired)\nPASMA (2015 – expired)"),
        job_description=SITE_POSTING,
    )

    assert lapsed["match_score"] < current["match_score"]
    assert (
        lapsed["details"]["sub_scores"]["requirements"]["score"]
        < current["details"]["sub_scores"]["requirements"]["score"]
    )


CODER_POSTING = "Medical Coder\nRequirements:\n- 2+ years of outpatient coding\n- Active CPC credential\n"


def _coder_resume(*, header: str, credential: str) -> str:
    return (
        f"Ines Duarte{header}\n\nExperience\nMedical Coder, Lakeview Clinic (2019 - present)\n"
        "- Coded 80 outpatient visits a day in ICD-10-CM and CPT\n\n"
        f"Certifications\n{credential}\n"
    )


def test_an_apprentice_grade_of_the_credential_is_partial():
    resume = _coder_resume(
        header=", CPC-A", credential="Certified Professional Coder – Apprentice (CPC-A), AAPC"
    )

    assert requirement_rows(resume=resume, posting=CODER_POSTING)["CPC"]["status"] == "partial"


def test_the_full_credential_asked_as_a_credential_is_met():
    resume = _coder_resume(header="", credential="CPC (AAPC), 2020")

    assert requirement_rows(resume=resume, posting=CODER_POSTING)["CPC"]["status"] == "met"


def _hvac_rows(*, asked: str, held: str) -> dict[str, dict]:
    posting = f"HVAC Technician\nRequirements:\n- 3+ years servicing rooftop units\n- EPA 608 {asked} certification\n"
    resume = (
        "Rafael Soto\n\nExperience\nHVAC Technician, Desert Air (2019 - present)\n"
        f"- Serviced 300 rooftop units a year\n\nCertifications\nEPA 608 {held} Certification\n"
    )
    return requirement_rows(resume=resume, posting=posting)


def test_one_type_of_a_universal_credential_is_partial():
    assert (
        _hvac_rows(asked="Universal", held="Type II")["EPA 608 Universal certification"]["status"]
        == "partial"
    )


def test_the_universal_credential_meets_one_of_its_types():
    assert _hvac_rows(asked="Type II", held="Universal")["EPA 608 Type II certification"]["status"] == "met"


def test_the_reasoning_says_which_credential_is_not_held_as_asked():
    result = analyze(
        resume_text=_site_resume("SMSTS – studying, exams booked for May 2031\nPASMA (2015 – expired)"),
        job_description=SITE_POSTING,
    )

    assert (
        "Part credit only for what the resume does not hold as asked: SMSTS (not held yet) and PASMA (no longer "
        "held)." in result["reasoning"]
    )
    assert "The resume shows 0 of 2 skills and qualifications the job asks for." in result["reasoning"]


SERVICE_POSTING = (
    "IT Service Manager\nRequirements:\n- 5+ years running a service desk\n- ITIL 4 Foundation\n- CCNA\n"
)


def _service_resume(credentials: str) -> str:
    return (
        "Maeve Doyle\n\nExperience\nService Desk Lead, Harbour Data (2016 - present)\n"
        "- Ran a service desk of 14 analysts handling 3,000 tickets a month\n\n"
        f"Certifications\n{credentials}\n"
    )


def test_an_older_version_or_a_lapsed_credential_is_partial_and_listed_missing():
    result = analyze(
        resume_text=_service_resume("ITIL v3 Foundation – 2009\nCCNA (2006, lapsed)"),
        job_description=SERVICE_POSTING,
    )
    rows = {r["name"]: r for r in result["details"]["requirements"]}
    itil = next(name for name in rows if name.startswith("ITIL"))

    assert rows[itil]["status"] == "partial"
    assert rows[itil]["short_of"] == "an older version than asked"
    assert rows["CCNA"]["short_of"] == "no longer held"
    assert itil in result["missing_keywords"]
    assert "CCNA" in result["missing_keywords"]


def test_a_newer_version_of_the_credential_is_held():
    posting = SERVICE_POSTING.replace("ITIL 4", "ITIL v3")
    result = analyze(
        resume_text=_service_resume("ITIL 4 Foundation – 2022\nCCNA (2021)"), job_description=posting
    )
    rows = {r["name"]: r for r in result["details"]["requirements"]}

    assert all(row["status"] == "met" for name, row in rows.items() if name.startswith(("ITIL", "CCNA")))
    assert not [k for k in result["missing_keywords"] if k.startswith(("ITIL", "CCNA"))]


RADIOGRAPHER_POSTING = (
    "Diagnostic Radiographer\nRequirements:\n- BSc Diagnostic Radiography\n- HCPC registration\n"
    "- Experience with mobile radiography\n"
)


@pytest.mark.parametrize(
    ("registration", "status"),
    [
        (
            "Registration: Medical Radiation Board of New Zealand, current (2026) · formerly HCPC (UK) RA11872",
            "partial",
        ),
        ("HCPC registered: RA11872 (September 2026)", "met"),
    ],
)
def test_a_registration_held_formerly_is_partial_and_a_current_one_met(registration, status):
    resume = (
        f"Mia Tane\n{registration}\n\nExperience\nRadiographer, Waikato Hospital (2021 - present)\n"
        "- Mobile radiography on wards and in ICU\n\nEducation\n"
        "BSc Diagnostic Radiography, 2020 (HCPC-approved)\n"  # the body approved the course: not held here
    )
    result = analyze(resume_text=resume, job_description=RADIOGRAPHER_POSTING)
    rows = {r["name"]: r for r in result["details"]["requirements"]}

    assert rows["Registration with HCPC"]["status"] == status
    assert ("Registration with HCPC" in result["missing_keywords"]) is (status == "partial")
