"""Licences a trade posting writes in lower case ("a valid driver's license", "boiler operator license") are
requirements named by the trade that holds them; a British "licence" and a professional registration ("NMC
registration") are credentials too. Every posting and resume here is made up."""

from ai.local_engine import analyze

TECHNICIAN_POSTING = """Building Maintenance Technician
Requirements:
- A valid driver's license and a clean driving record
- Boiler operator license preferred
- Journeyman electrician license required
- Track software license renewals for the site's 300 seats
"""

LICENSED_TECHNICIAN = """Chris Novak
Maintenance Technician
EXPERIENCE
Maintenance Technician, Lakeside Apartments, 2016 - 2024
- Repaired boilers, rooftop units and lighting across 12 buildings
LICENSES
Journeyman Electrician License (Ohio), 2015
Boiler Operator License, 2018
Valid Driver's License
"""

UNLICENSED_TECHNICIAN = """Chris Novak
Maintenance Technician
EXPERIENCE
Maintenance Technician, Lakeside Apartments, 2016 - 2024
- Repaired boilers, rooftop units and lighting across 12 buildings
"""


def _licences(result: dict) -> dict[str, str]:
    return {
        item["term"].lower(): item["importance"]
        for item in result["details"]["missing_keywords_detail"]
        if item["category"] == "certification"
    }


def test_lower_case_licences_are_gaps_when_the_resume_names_none():
    result = analyze(resume_text=UNLICENSED_TECHNICIAN, job_description=TECHNICIAN_POSTING)

    assert _licences(result) == {
        "driver's license": "required",
        "boiler operator license": "preferred",
        "journeyman electrician license": "required",
    }


def test_licences_the_resume_lists_are_met():
    result = analyze(resume_text=LICENSED_TECHNICIAN, job_description=TECHNICIAN_POSTING)

    assert _licences(result) == {}


def test_a_software_license_is_not_a_credential():
    result = analyze(resume_text=UNLICENSED_TECHNICIAN, job_description=TECHNICIAN_POSTING)

    assert not any("software" in term for term in _licences(result))


def test_a_licence_named_by_its_holder_without_an_apostrophe_is_a_credential():
    # "forklift operators licence" is an operator's licence: the holder is read as a norm, as role nouns are
    posting = "Warehouse Associate\nRequirements:\n- A forklift operators licence is required\n"

    assert "forklift operators licence" in " ".join(
        _licences(analyze(resume_text=UNLICENSED_TECHNICIAN, job_description=posting))
    )


WAREHOUSE_POSTING = """Warehouse Operative (Nights)
Requirements:
- Counterbalance or reach truck licence (desirable)
- Good attention to detail
"""

NURSE_POSTING = """Clinical Nurse Specialist
Essential:
- Registered Nurse with current NMC registration
- Excellent communication skills
"""

OPERATIVE = """Lee Marsh
Warehouse Operative
EXPERIENCE
Picker, Northgate Foods, 2020 - Present
- Picked 180 orders a shift with a hand-held scanner
"""


def test_a_licence_spelled_the_british_way_is_a_credential_gap():
    result = analyze(resume_text=OPERATIVE, job_description=WAREHOUSE_POSTING)

    assert _licences(result) == {"counterbalance or reach truck licence": "preferred"}


def test_a_professional_registration_is_a_credential_gap():
    result = analyze(resume_text=OPERATIVE, job_description=NURSE_POSTING)

    assert any("nmc registration" in term for term in _licences(result))


HVAC_POSTING = """HVAC Technician
Requirements:
- EPA Section 608 certification required
- ISO 9001 Lead Auditor certification preferred
"""


def test_a_certification_named_with_its_numbers_is_a_gap_when_the_resume_lacks_it():
    assert _licences(analyze(resume_text=UNLICENSED_TECHNICIAN, job_description=HVAC_POSTING)) == {
        "epa section 608 certification": "required",
        "iso 9001 lead auditor certification": "preferred",
    }


def test_a_certification_written_with_other_words_around_the_same_codes_is_met():
    resume = UNLICENSED_TECHNICIAN + "CERTIFICATIONS\nUniversal EPA 608 certification (refrigerants)\n"

    assert _licences(analyze(resume_text=resume, job_description=HVAC_POSTING)) == {
        "iso 9001 lead auditor certification": "preferred"
    }


def test_a_credential_line_written_as_the_posting_writes_it_is_the_resumes_own():
    posting = "Facilities Technician\nRequirements:\n- Valid driver's license.\n- Boiler operator license.\n"
    resume = UNLICENSED_TECHNICIAN + "LICENSES\nValid driver's license\n"

    assert _licences(analyze(resume_text=resume, job_description=posting)) == {
        "boiler operator license": "required"
    }


def test_a_uk_licence_category_with_a_plus_and_a_duty_done_safely_are_named_whole():
    from ai.local_engine.requirements import read_requirements

    posting = (
        "HGV Driver\n\nThe role\n- Load and unload with pallet trucks and tail lifts safely\n\n"
        "What we need\n- Full UK C+E licence with no more than 6 points\n"
    )
    job = read_requirements(text=posting)
    names = [r.name for r in (*job.requirements, *job.tentative)]

    assert "UK C+E licence" in names, names
    assert "tail lifts" in names and "tail lifts safely" not in names, names


def test_clinical_credentials_named_by_their_acronyms_are_certifications():
    from ai.local_engine.requirements import read_requirements

    posting = "Staff Nurse\n\nQualifications\n- BLS and ACLS required; CCRN preferred\n"
    kinds = {r.name: r.kind for r in read_requirements(text=posting).requirements}

    assert kinds == {"BLS": "certification", "ACLS": "certification", "CCRN": "certification"}


def test_working_before_a_name_is_part_of_it_and_before_knowledge_is_not():
    from ai.local_engine.requirements import read_requirements

    names = [
        r.name
        for r in read_requirements(
            text="Driver\n\nRequirements\n- Knowledge of working time regulations\n- Working knowledge of Excel\n"
        ).requirements
    ]

    assert "working time regulations" in names and "Excel" in names, names


def test_a_ts_sci_clearance_is_a_credential_not_typescript():
    from ai.local_engine import analyze

    posting = "SOC Analyst\n\nRequirements\n- Active Secret clearance; able to obtain TS/SCI\n- Splunk\n"
    resume = (
        "Kim Roy\nExperience\nDeveloper, Vale (2021 - 2024)\n- Built dashboards in TypeScript and Splunk\n"
    )
    analysis = analyze(resume_text=resume, job_description=posting)
    clearance = [r for r in analysis["details"]["requirements"] if r["name"] == "TS/SCI"]

    assert [(r["kind"], r["status"]) for r in clearance] == [("certification", "missing")]


def test_a_named_ticket_is_a_credential_held_by_its_name_and_support_tickets_are_work():
    from ai.local_engine import analyze
    from ai.local_engine.requirements import read_requirements

    posting = (
        "Heavy Equipment Technician\n\nRequirements\n- Red Seal Heavy Equipment Technician certification\n"
        "- 3+ years of heavy equipment repair experience\n- Valid First Aid and H2S Alive tickets are an asset\n"
        "- Resolve support tickets in ServiceNow\n"
    )
    resume = (
        "Tyler B\nWORK HISTORY\nTechnician, Finning (2020 - 2024)\n- Repaired CAT haul trucks\n"
        "TICKETS & CERTIFICATIONS\nRed Seal Heavy Equipment Technician (2020) · H2S Alive\n"
    )
    kinds = {r.name: r.kind for r in read_requirements(text=posting).requirements}
    status = {
        r["name"]: r["status"]
        for r in analyze(resume_text=resume, job_description=posting)["details"]["requirements"]
    }

    assert kinds["H2S Alive tickets"] == "certification"
    assert "Red Seal Heavy Equipment Technician certification" in kinds, kinds
    assert not [name for name, kind in kinds.items() if "support" in name and kind == "certification"]
    assert status["H2S Alive tickets"] == "met"


FIFO_POSTING = """FIFO Maintenance Electrician
Essential
* A current WA unrestricted electrical licence (or ability to transfer)
* Experience with conveyors and crushers
"""


def _licence_status(resume_line: str) -> tuple[str, str]:
    resume = f"Sam Reid\n\nLICENCES AND TICKETS\n- {resume_line}\n\nEXPERIENCE\nElectrician, Pilbara Iron, 2019 - 2024\n"
    result = analyze(resume_text=resume, job_description=FIFO_POSTING)
    licence = next(r for r in result["details"]["requirements"] if "licence" in r["name"])
    return licence["kind"], licence["status"]


def test_a_licence_one_word_too_long_is_named_without_its_asking_word_and_met_by_the_trade_s_holder():
    assert _licence_status("WA Electrician's Licence (unrestricted) EC 172204") == ("certification", "met")
    assert _licence_status("WA Plumber's Licence EC 172204")[1] == "missing"


def test_a_licence_under_the_name_is_held_and_a_uk_cv_need_not_name_the_uk():
    posting = "Senior Sales Valuer\nEssential\n- A full UK driving licence\n- Residential sales experience\n"
    resume = (
        "Tom Whitcombe\nBishopston, Bristol BS7 | 07700 900 614 | tom@example.com\nFull driving licence, own car\n\n"
        "Experience\nValuer, Harbourside Homes, 2019 - 2024\n- Valued 20 homes a month for sale\n"
    )
    result = analyze(resume_text=resume, job_description=posting)
    licence = next(r for r in result["details"]["requirements"] if "licence" in r["name"])

    assert licence["status"] == "met"
    assert licence["evidence"] == "Full driving licence, own car"
