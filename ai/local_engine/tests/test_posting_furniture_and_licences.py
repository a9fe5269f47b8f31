"""A posting's furniture asks nothing: an "Added Advantage" or "Assets" heading opens the pluses, a competition
reference, an interview date, an Act's number, a shift's length and the years counted "post-qualification"
are no requirements; a credential asked without a name of its own ("Current certification as a ...") is the
one it names. A licence to drive is met however the resume's country spells it."""

import pytest

from ai.local_engine import analyze

RESUME = """Tomas Rivera
Class G driver's licence with clean abstract

Experience
Boiler Technician, Northline Utilities, 2018 - 2025
- Maintain two 40 MW package boilers and their burner management systems
"""


def _requirements(posting: str, resume: str = RESUME) -> dict[str, dict]:
    result = analyze(resume_text=resume, job_description=posting)
    return {
        r["name"]: r
        for r in [*result["details"]["requirements"], *result["details"].get("tentative_requirements", [])]
    }


def test_an_added_advantage_or_assets_heading_opens_the_pluses_and_names_nothing_itself():
    for heading in ("Added Advantage", "Assets"):
        posting = (
            "Boiler Technician\n\nRequirements\n- Boiler maintenance experience\n- PLC programming\n\n"
            f"{heading}\n- Experience with gas chromatographs\n- NEBOSH IGC\n"
        )
        found = _requirements(posting)
        assert not {"Advantage", "Assets", "Added Advantage"} & set(found)
        assert found["gas chromatographs"]["importance"] == "preferred"
        assert next(r for name, r in found.items() if "PLC" in name)["importance"] == "required"


def test_a_credential_wanted_after_the_lines_last_dash_leaves_the_line_required():
    posting = (
        "Boiler Technician\n\nQualifications\n"
        "- Valid Manitoba Certificate of Qualification – Power Engineer (4th Class) – Red Seal preferred\n"
        "- Burner management systems\n"
    )
    found = _requirements(posting)
    credential = next(r for name, r in found.items() if "Manitoba" in name)
    assert credential["importance"] == "required"


def test_a_licence_to_drive_is_met_however_the_country_spells_it():
    posting = (
        "Boiler Technician\n\nRequirements\n- Valid Ontario driver's licence\n- Full NZ driver's licence\n"
    )
    found = _requirements(posting)
    assert found["Ontario driver's licence"]["status"] == "met"
    nz = _requirements(
        posting, resume=RESUME.replace("Class G driver's licence", "Full NZ driver licence Class 1")
    )
    assert nz["driver's licence"]["status"] == "met"
    driver = _requirements(
        posting, resume=RESUME.replace("Class G driver's licence", "Lorry driver since 2015")
    )
    assert driver["Ontario driver's licence"]["status"] == "missing"


def test_a_credential_asked_without_a_name_of_its_own_is_the_one_it_names():
    posting = (
        "Weld Inspector\n\nRequirements\n"
        "- Current certification as a Certified Welding Inspector (CWI) by the American Welding Society\n"
        "- Ultrasonic testing\n"
    )
    found = _requirements(posting)
    assert "Current certification" not in found
    assert any("Welding Inspector" in name for name in found)


def test_a_reference_an_interview_date_an_acts_number_shift_length_and_counted_years_ask_nothing():
    posting = (
        "Boiler Technician\n\nCompetition Reference: NUH-MS-26-031\nInterview date: w/c 9 March\n\n"
        "Requirements\n- Knowledge of the Boiler and Pressure Vessels Act (Act 14 of 2002)\n"
        "- At least 3 years post-qualification experience in power plants\n"
        "- Able to work rotating 12-hour shifts\n- PLC programming\n"
    )
    found = _requirements(posting)
    assert not {"NUH-MS", "Master's degree", "w/c", "Act", "post-qualification", "hour shifts"} & set(found)
    assert any("PLC" in name for name in found)


def test_a_credential_listed_under_short_courses_and_certificates_is_held():
    posting = "Mine Safety Officer\n\nRequirements\n- Valid SAMTRAC certificate\n- Incident investigation\n"
    resume = (
        "Lindiwe Dube\n\nExperience\nSafety Officer, Kopano Mining, 2016 - 2025\n"
        "- Led 30 incident investigations with ICAM\n\nSHORT COURSES AND CERTIFICATES\n"
        "- SAMTRAC (NOSA) – 2016, refresher 2023\n"
    )
    found = _requirements(posting, resume=resume)
    assert found["SAMTRAC certificate"]["status"] == "met"
    assert found["SAMTRAC certificate"]["evidence"] == "SAMTRAC (NOSA) – 2016, refresher 2023"


@pytest.mark.parametrize(
    ("posting", "absent", "kept"),
    [
        (
            # the bodies that inspect the site
            "Validation Engineer\n\nYour role\n- You work closely with Production, QA, QC, MSAT and Engineering\n"
            "- You represent the site in customer audits and inspections by the MHRA, FDA and EMA\n\n"
            "Requirements\n- Cleaning validation\n- PLC programming\n",
            ("EMA", "MHRA"),
            "PLC",
        ),
        (
            # a remote hire's home setup (and computer literacy stays a skill)
            "Remote Payroll Assistant\n\nRequirements\n- Payroll processing\n- Computer literacy (MS Word, Excel)"
            "\n\nWork setup:\n- Own laptop with at least Intel i7 / 16GB RAM\n"
            "- Reliable internet connection (minimum 50 Mbps) with backup (pocket WiFi or LTE modem)\n"
            "- Quiet and dedicated workspace\n",
            ("RAM", "WiFi", "workspace"),
            "Excel",
        ),
        (
            # section headings, the agency's licence, "FTE", AM/PM shifts and how to apply
            "Care Assistant\n\nJOB SUMMARY\nSupport residents with daily living.\n\nEssential criteria\n"
            "- Manual handling training\n- Full Time (0.8 FTE), rotating AM/PM shifts\n\n"
            "Applicants must complete the online application through CareTrackr.\n"
            "Kinsley Staffing Pte Ltd | EA Licence No. 21C4455\n",
            ("JOB SUMMARY", "Essential criteria", "FTE", "PM", "CareTrackr", "EA Licence"),
            "handling",
        ),
        (
            # a region in the title, the posting's end date, a verb with its pronoun
            "Finance Manager, EMEA\n\nPosting end date: April 30, 2027\n\nResponsibilities\n- Take supplier "
            "queries and route them to the buyers\n\nRequirements\n- PLC programming\n",
            ("EMEA", "Posting", "route"),
            "PLC",
        ),
        (
            # where the employer is, between its name and what it does
            "AP Specialist\n\nNorvale Business Services in Gdańsk delivers finance, HR and procurement "
            "processes for 40 companies.\n\nRequirements\n- Accounts payable\n- PLC programming\n",
            ("Gdańsk", "delivers"),
            "PLC",
        ),
        (
            # what the employer is, between its name and its verb
            "Field Technician\n\nAbout the job\nHarbourline Marine Services Ltd, a certified ISO 45001 company "
            "and a member of the Offshore Contractors Quality Register (OCQR), is recruiting a field technician "
            "to maintain hydraulic winches.\n\nRequirements\n- PLC programming\n",
            ("Register", "OCQR", "45001"),
            "PLC",
        ),
    ],
)
def test_what_a_posting_says_around_its_asks_is_no_requirement(posting: str, absent: tuple, kept: str):
    found = _requirements(posting)
    assert [name for name in found if any(part in name for part in absent)] == []
    assert [name for name in found if kept in name]


def test_a_skill_asked_at_a_credentials_level_is_held_by_a_certifications_line():
    posting = (
        "Quality Engineer\n\nRequirements\n- Statistical process control\n- Lean Six Sigma (Black Belt)\n"
    )
    resume = (
        "Ana Costa\n\nExperience\nQuality Engineer, Acme Moulding, 2017 - 2025\n"
        "- Cut scrap from 4% to 1.2% with SPC on 12 presses\n\nCertifications\n"
        "- Lean Six Sigma Black Belt (ASQ), 2021\n"
    )
    assert _requirements(posting, resume=resume)["Lean Six Sigma"]["status"] == "met"
    skills = resume.replace("Certifications\n", "Skills\n")
    assert _requirements(posting, resume=skills)["Lean Six Sigma"]["status"] == "partial"


def test_certificates_of_competency_is_a_credentials_heading():
    posting = "Third Officer\n\nRequirements\n- Valid STCW certificates\n- ECDIS\n"
    resume = (
        "Ravi Nair\n\nExperience\nThird Officer, Blue Anchor Lines, 2019 - 2025\n"
        "- Kept the navigational watch on 3 bulk carriers with ECDIS\n\nCertificates of Competency\n"
        "STCW II/1 Officer in Charge of a Navigational Watch, valid to 2028\n"
    )
    assert _requirements(posting, resume=resume)["STCW certificate"]["status"] == "met"


def test_a_credential_asked_by_its_letters_is_the_one_they_spell_one_row():
    posting = (
        "Surgical Technologist\n\nAbout the role\nThe Certified Surgical Technologist (CST) works under the "
        "supervision of the OR charge nurse and surgeon to prepare the operating room.\n\nRequirements\n"
        "- Current CST certification through NBSTSA\n- Autoclave operation\n"
    )
    resume = (
        "Sam Reid\n\nExperience\nSurgical Technologist, Acme Health, 2019 - 2025\n- Scrubbed 6 cases a day\n\n"
        "Certifications\nCST – NBSTSA, 2019\n"
    )
    rows = analyze(resume_text=resume, job_description=posting)["details"]["requirements"]
    named = [(r["name"], r["status"]) for r in rows if "CST" in r["name"] or "Surgical" in r["name"]]
    assert named == [("Certified Surgical Technologist", "met")]


def test_a_brackets_commas_end_no_clause_of_what_is_a_plus():
    posting = (
        "Audit Analyst\n\nRequirements\n- Data skills: Excel at an advanced level; a data analytics tool (ACL, "
        "IDEA, Alteryx or SQL) is a plus\n- ITIL 4 Foundation and an Agile certification (e.g. PSM I, AgilePM) "
        "are a plus\n"
    )
    importance = {name: r["importance"] for name, r in _requirements(posting).items() if "importance" in r}
    assert importance["Excel"] == "required"
    assert importance["data analytics tool"] == "preferred"
    assert importance["ITIL 4"] == importance["Agile certification"] == "preferred"


def test_first_aid_listed_beside_another_credential_is_a_credential_of_its_own():
    posting = "Support Worker\n\nRequirements\n- Current First Aid and CPR certificates\n- Manual handling\n"
    resume = (
        "Sam Reid\n\nExperience\nSupport Worker, Acme Care, 2019 - 2025\n- Support 8 residents a shift\n\n"
        "Certifications\nProvide First Aid (HLTAID011), current to 2027\n"
    )
    rows = _requirements(posting, resume=resume)
    assert rows["First Aid certification"]["status"] == "met"
    assert rows["CPR certification"]["status"] == "missing"


def test_what_a_certification_process_asks_is_no_credential_held():
    posting = (
        "Localization QA Tester\n\nRequirements\n- Knowledge of console certification requirements (TRC/Lotcheck)\n"
        "- Japanese reading\n"
    )
    rows = _requirements(posting)
    assert rows["console certification requirements"]["kind"] == "hard_skill"
