"""Credentials offered as alternatives or by examples, a name's edition or owner, a rule's name listed."""

from ai.local_engine import analyze
from ai.local_engine.requirements import read_requirements

# Made up for these tests.
HR_POSTING = """HR Generalist

Requirements:
- 3+ years of HR experience
- SHRM-CP or PHR certification preferred
"""
PLANNER_POSTING = """Supply Planner

Qualifications:
- Experience with SAP and Excel
- APICS CPIM or CSCP certification
"""
PHARMACY_POSTING = """Pharmacy Technician

Minimum Qualifications:
- Current Nevada Pharmacy Technician license (NV Board of Pharmacy)
- National certification (PTCB CPhT or ExCPT) required
"""
PARALEGAL_POSTING = """Paralegal

Required:
- Working knowledge of the Federal Rules of Civil Procedure
- Proficiency in Microsoft Word and Adobe Acrobat Pro
- Good knowledge of allergens and Natasha's Law
"""


def _requirement(analysis: dict, needle: str) -> dict:
    found = [r for r in analysis["details"]["requirements"] if needle in r["name"]]
    assert len(found) == 1, [r["name"] for r in analysis["details"]["requirements"]]
    return found[0]


def test_either_certification_of_an_or_list_meets_it():
    names = [r.name for r in read_requirements(text=PLANNER_POSTING).requirements]
    assert len([n for n in names if "CPIM" in n or "CSCP" in n]) == 1, names
    planner = analyze(
        resume_text="Ann Lee\nExperience\nSupply Planner, Oak (2019 - 2024)\nCertifications\nAPICS CSCP (2022)",
        job_description=PLANNER_POSTING,
    )
    assert _requirement(planner, "CPIM")["status"] == "met"


def test_a_certification_named_by_its_short_name_in_brackets_is_held():
    hr = analyze(
        resume_text="Ann Lee\nExperience\nHR Generalist, Oak (2019 - 2024)\nCertifications\n"
        "SHRM Certified Professional (SHRM-CP), 2022",
        job_description=HR_POSTING,
    )
    assert _requirement(hr, "SHRM-CP")["status"] == "met"
    assert not [k for k in hr["missing_keywords"] if "PHR" in k or "CP" in k]


def test_examples_in_brackets_after_a_kind_of_certification_are_the_certification():
    requirements = read_requirements(text=PHARMACY_POSTING).requirements
    national = [r for r in requirements if r.name.lower().startswith("national")]
    assert len(national) == 1 and national[0].kind == "certification", [r.name for r in requirements]
    assert "PTCB" in national[0].name  # one requirement, named by its kind and its example
    assert not [r for r in requirements if r is not national[0] and "PTCB" in r.name]
    assert not [r for r in requirements if r.name in ("NV", "NV certification")]  # the licence's issuer


def test_an_edition_or_the_owner_of_a_law_is_not_a_name_of_its_own():
    names = [r.name for r in read_requirements(text=PARALEGAL_POSTING).requirements]
    assert "Adobe Acrobat" in names or "Adobe Acrobat Pro" in names, names
    assert not [n for n in names if n in ("Pro", "Natasha's", "Natasha")], names


def test_a_rule_listed_by_its_name_on_a_line_of_names_is_not_copied():
    resume = (
        "Ann Lee\nExperience\nParalegal, Oak LLP (2018 - 2024)\n- Filed motions and drafted subpoenas\n"
        "ADDITIONAL\nNotary Public, State of Nevada • Microsoft Word, Adobe Acrobat • Federal Rules of Civil Procedure"
    )
    analysis = analyze(resume_text=resume, job_description=PARALEGAL_POSTING)
    assert not [k for k in analysis["missing_keywords"] if "Federal" in k or "Civil" in k]


def test_presenting_to_a_vice_president_is_communication():
    posting = "Supply Planner\n\nRequirements:\n- Strong communication skills\n- SAP"
    resume = (
        "Ann Lee\nExperience\nPlanner, Oak (2019 - 2024)\n- Present the supply plan to the VP of Operations"
    )
    assert "communication skills" not in [
        k.lower() for k in analyze(resume_text=resume, job_description=posting)["missing_keywords"]
    ]


def test_a_credential_under_licences_or_on_a_labelled_line_is_held():
    posting = (
        "Civil Engineer\n\nQualifications:\n- EIT certification required\n- ServSafe Manager certification\n"
    )
    for credentials in (
        "Licenses\nEngineer Intern (EIT), 2019\nServSafe Food Protection Manager (2021)",
        "Certifications: ServSafe Food Protection Manager (2021); Engineer Intern (EIT), 2019",
    ):
        analysis = analyze(
            resume_text=f"Ann Lee\nExperience\nEngineer, Oak (2019 - 2024)\n- Designed site plans\n{credentials}",
            job_description=posting,
        )
        assert _requirement(analysis, "ServSafe")["status"] == "met", credentials
    licences = analyze(
        resume_text="Ann Lee\nExperience\nEngineer, Oak (2019 - 2024)\nLicenses\nEngineer Intern (EIT), 2019",
        job_description=posting,
    )
    assert _requirement(licences, "EIT")["status"] == "met"


def test_civil_3d_is_autocad_civil_3d():
    posting = "Civil Engineer\n\nQualifications:\n- Proficiency in AutoCAD Civil 3D\n- Stormwater design\n"
    analysis = analyze(
        resume_text="Ann Lee\nExperience\nEngineer, Oak (2019 - 2024)\n- Designed stormwater ponds in Civil 3D",
        job_description=posting,
    )
    assert "AutoCAD Civil 3D" not in analysis["missing_keywords"]


def test_a_registration_is_named_by_its_body_and_met_where_the_resume_names_it():
    posting = (
        "Registered Nurse\n\nSelection criteria:\n- Current registration as a Registered Nurse with AHPRA\n"
        "- 2 years of emergency nursing\n"
    )
    names = [r.name for r in read_requirements(text=posting).requirements]
    assert "Registration with AHPRA" in names and "AHPRA" not in names, names
    held = analyze(
        resume_text="Sam Lee RN\nAHPRA registration: NMW0001234567\nExperience\nRN, Emergency (2019 - 2024)",
        job_description=posting,
    )
    assert _requirement(held, "AHPRA")["status"] == "met"
    unheld = analyze(
        resume_text="Sam Lee\nExperience\nCare assistant, Oak (2019 - 2024)", job_description=posting
    )
    assert "Registration with AHPRA" in unheld["missing_keywords"]


def test_parts_of_a_named_skill_offered_as_alternatives_are_one_requirement():
    posting = "Supply Planner\n\nQualifications:\n- Experience with SAP (APO or IBP a plus)\n- Python (pandas, NumPy)\n"
    names = [r.name for r in read_requirements(text=posting).requirements]
    assert len([n for n in names if "APO" in n or "IBP" in n]) == 1, names
    assert "pandas" in names and "NumPy" in names, names  # parts asked together stay apart
    planner = analyze(
        resume_text="Ann Lee\nExperience\nPlanner, Oak (2019 - 2024)\n- Ran demand planning in SAP IBP",
        job_description=posting,
    )
    assert not [k for k in planner["missing_keywords"] if "APO" in k]


def test_a_tool_in_a_rated_skills_table_row_is_not_copied():
    posting = "Senior .NET Developer\n\nMust have\n• Entity Framework Core\n• SQL Server\n"
    resume = (
        "Anna Nowak\nSenior .NET Developer\n\nTECH STACK\n"
        "Technology             | Level    | Years\n"
        "Entity Framework Core  | Advanced | 6\n"
        "SQL Server             | Expert   | 8\n\n"
        "EXPERIENCE\n2019 – present | Developer | Acme\n- Built REST services in C#\n"
    )
    analysis = analyze(resume_text=resume, job_description=posting)
    row = _requirement(analysis, "Entity Framework Core")
    assert (row["status"], row["context"]) == ("partial", "list")
    assert "Entity Framework Core" not in analysis["missing_keywords"]
    # the same name pasted alone on a line, as the posting writes it, is still copied
    pasted = analyze(
        resume_text=resume.replace("Entity Framework Core  | Advanced | 6\n", "")
        + "\nEntity Framework Core\n",
        job_description=posting,
    )
    assert _requirement(pasted, "Entity Framework Core")["context"] == "copied"


def test_unit_tests_written_show_automated_tests():
    posting = (
        "Backend Developer\n\nYour responsibilities\n• Write automated tests and keep code quality high\n"
    )
    resume = "Jan Kowalski\nEXPERIENCE\n2020 – present | Developer | Acme\n- Unit tests with xUnit; raised coverage to 70%\n"
    analysis = analyze(resume_text=resume, job_description=posting)
    assert "automated tests" not in analysis["missing_keywords"]
    assert (
        "automated tests"
        in analyze(resume_text="Jan Kowalski\nDeveloper at Acme since 2020.", job_description=posting)[
            "missing_keywords"
        ]
    )
