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
