"""FINRA's exams are licences a posting asks by name ("FINRA SIE, Series 6 and Series 63 licenses"), held
when listed; .NET work shows C#; "exposure" is a word of asking, not part of the name ("HL7/FHIR exposure" is
met by HL7). Every posting and resume here is made up."""

from ai.local_engine import analyze

BANK_POSTING = """Branch Manager
Requirements
- 3+ years of retail banking management experience
- FINRA SIE, Series 6 and Series 63 licenses, or ability to obtain within 90 days of hire
"""


def _requirements(resume: str, posting: str) -> dict[str, dict]:
    result = analyze(resume_text=resume, job_description=posting)
    return {r["name"]: r for r in result["details"]["requirements"]}


def test_finra_licences_are_asked_one_by_one_and_held_when_listed():
    resume = (
        "Tess Alvarez\nExperience\nBranch Manager, Badger Bank, 2020 - present\n- Lead 8 bankers\n"
        "Licenses\nFINRA SIE, Series 6\n"
    )

    requirements = _requirements(resume, BANK_POSTING)

    assert requirements["FINRA SIE"]["kind"] == "certification"
    assert requirements["FINRA SIE"]["status"] == "met"
    assert requirements["Series 6"]["status"] == "met"
    assert requirements["Series 63"]["status"] == "missing"


DOTNET_POSTING = """Full Stack Developer
Must Have Skills
- C#, SQL Server
Good to Have
- HL7/FHIR exposure
"""


def test_dotnet_work_shows_csharp_and_exposure_is_no_part_of_a_name():
    resume = (
        "Rohan K\nSkills\nC#, TypeScript, SQL Server, Docker, Redis\nExperience\n"
        "Engineer, Medisys, 2021 - present\n- Built 40 REST endpoints in ASP.NET Core on SQL Server\n"
        "- Integrated HL7 v2 ADT feeds for admissions\n"
    )

    result = analyze(resume_text=resume, job_description=DOTNET_POSTING)

    csharp = next(r for r in result["details"]["requirements"] if r["name"] == "C#")
    assert csharp["via"] == "narrower"
    assert csharp["context"] == "experience"
    assert not any("HL7" in name for name in result["missing_keywords"])


SOLAR_POSTING = """Solar PV Installer
What you need
- 1+ year of solar, roofing or electrical experience
- OSHA 10 (OSHA 30 preferred)
- Present punch lists to project managers and field leadership
"""


def test_osha_cards_are_credentials_and_the_longer_card_holds_the_shorter():
    resume = (
        "Miguel T\nExperience\nSolar Installer, Desert Sun, 2023 - present\n- Install racking and modules\n"
        "Certifications\nOSHA 30-Hour Construction (2023)\n"
    )

    requirements = _requirements(resume, SOLAR_POSTING)

    assert requirements["OSHA 10"]["kind"] == "certification"
    assert requirements["OSHA 10"]["status"] == "met"
    assert requirements["OSHA 30"]["status"] == "met"
    assert "leadership" not in {name.lower() for name in requirements}


def test_an_osha_card_the_resume_lacks_is_missing():
    resume = "Miguel T\nExperience\nSolar Installer, Desert Sun, 2023 - present\n- Install racking\n"

    result = analyze(resume_text=resume, job_description=SOLAR_POSTING)

    assert "OSHA 10" in result["missing_keywords"]
