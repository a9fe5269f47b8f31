"""Names a posting asks for are read whole, not in fragments: a heavy vehicle's licence by its class, a law by
its title, a standard by its letters and number, a code written as letters and digits, a qualification named
by its body, a product listed with a known tool. Every posting and resume here is made up."""

from ai.local_engine.tests.rows import requirement_rows

TIPPER_POSTING = """Tipper Driver - Aggregates
Requirements
- Full UK Class 2 (C) driving licence - at least 3 years post-test experience
- Valid Driver CPC card
- NVQ Level 2 in Driving Goods Vehicles with DG2
- IAM RoadSmart qualification desirable
- Happy to start at 5am
"""


def test_a_heavy_licence_is_asked_by_its_class_and_met_only_by_that_class():
    held = (
        "Dean Moss\nProfile\nClass 2 tipper driver with 9 years on quarry and site work.\n"
        "Experience\nTipper Driver, Hallam Aggregates, 2016 - present\n- Deliver stone and sand to 12 sites a day\n"
        "Licences\nFull UK driving licence, Cat B and C\nDriver CPC card\n"
        "Qualifications\nNVQ Level 2 Driving Goods Vehicles (DG2), 2019\nRoadSmart Advanced Driver award, 2021\n"
    )
    car_only = (
        "Dean Moss\nExperience\nVan Driver, Hallam Parcels, 2016 - present\n- Deliver 90 parcels a day\n"
        "Licences\nFull UK driving licence (Cat B)\nDriver CPC card\n"
    )

    requirements = requirement_rows(resume=held, posting=TIPPER_POSTING)

    assert requirements["Class 2 (C) driving licence"]["status"] == "met"
    assert not any("post-test" in name for name in requirements)
    assert requirements["DG2"]["kind"] == "certification"
    assert requirements["DG2"]["status"] == "met"
    assert requirements["IAM RoadSmart qualification"]["status"] == "met"
    assert (
        requirement_rows(resume=car_only, posting=TIPPER_POSTING)["Class 2 (C) driving licence"]["status"]
        == "missing"
    )


HOUSING_POSTING = """Private Sector Housing Officer
Requirements
- Good understanding of the Housing Act 2004, in particular Part 1 and the Housing Health and Safety Rating System
- Knowledge of the Landlord and Tenant Act 1985
- This post is exempt from the Rehabilitation of Offenders Act 1974
"""


def test_a_law_asked_to_be_known_is_one_requirement_met_without_its_year():
    resume = (
        "Priya Nand\nExperience\nHousing Enforcement Officer, Kelby Council, 2019 - present\n"
        "- Inspect 300 rented homes a year and serve improvement notices under the Housing Act\n"
        "- Score hazards with HHSRS\n"
    )

    requirements = requirement_rows(resume=resume, posting=HOUSING_POSTING)

    assert requirements["Housing Act 2004"]["status"] == "met"
    assert requirements["Landlord and Tenant Act 1985"]["status"] == "missing"
    assert not any("Offenders" in name or "particular" in name for name in requirements)
    assert not any(name.startswith(("Landlord", "Tenant")) and "Act" not in name for name in requirements)


QUALITY_POSTING = """Quality Engineer
Requirements
- Working knowledge of ISO 14001 and ISO 45001
- Lead problem solving with 8D and 5 Why
"""


def test_a_standard_is_read_with_its_number():
    resume = (
        "Lena Brandt\nExperience\nQuality Engineer, Harzmetall, 2018 - present\n"
        "- Internal auditor for ISO 9001 and ISO 14001; closed 40 findings\n"
        "- Led 8D investigations on customer complaints\n"
    )

    requirements = requirement_rows(resume=resume, posting=QUALITY_POSTING)

    assert requirements["ISO 14001"]["status"] == "met"
    assert requirements["ISO 45001"]["status"] == "missing"  # not met by "ISO 9001"
    assert requirements["8D"]["status"] == "met"


GAS_POSTING = """Commercial Gas Engineer
Requirements:
* Gas Safe registered with COCN1, CDGA1 and ICPN1
* Full UK driving licence
"""


def test_codes_a_credential_line_lists_are_credentials_each():
    resume = (
        "Rob Hale\nGas Safe registered engineer with 10 years on commercial kitchens and plant rooms.\n"
        "Experience\nGas Engineer, Hale Heating, 2015 - present\n- Service 200 commercial boilers a year\n"
        "Qualifications\nACS: COCN1, ICPN1 (renewed 2023)\nFull UK driving licence\n"
    )

    requirements = requirement_rows(resume=resume, posting=GAS_POSTING)

    assert requirements["COCN1"]["kind"] == "certification"
    assert requirements["COCN1"]["status"] == "met"
    assert requirements["CDGA1"]["status"] == "missing"


PAYROLL_POSTING = """Payroll Administrator
Responsibilities
- Prepare year end P60 and P11D returns
- Issue records of employment (ROE) for leavers
Requirements
- Good hands-on Vyapar Books and MS Excel
"""


def test_codes_stand_alone_and_capitals_spelled_out_are_one_term():
    resume = (
        "Asha Rao\nExperience\nPayroll Administrator, Lintel Foods, 2019 - present\n"
        "- Run weekly payroll for 300 staff and post it in Vyapar Books and MS Excel\n"
        "- Produce P60s and P11Ds at year end\n- Issue ROEs for every leaver within 5 days\n"
    )

    requirements = requirement_rows(resume=resume, posting=PAYROLL_POSTING)

    assert requirements["P60"]["status"] == "met"
    assert requirements["P11D returns"]["status"] == "met"
    assert requirements["records of employment"]["status"] == "met"
    assert requirements["Vyapar Books"]["status"] == "met"
    assert not any(name.startswith("end ") for name in requirements)


TRADES_POSTING = """Water Hygiene Technician
Responsibilities:
* Legionella sampling, flushing records and water hygiene certificates
Requirements:
* EUSR Water Hygiene qualification
"""


def test_certificates_among_the_duties_are_documents_and_a_body_names_a_qualification():
    resume = (
        "Tom Lee\nExperience\nWater Hygiene Technician, Clearflow, 2020 - present\n"
        "- Carry out legionella risk assessments and issue water hygiene certificates\n"
        "Qualifications\nEUSR Water Hygiene qualification (2021)\n"
    )

    requirements = requirement_rows(resume=resume, posting=TRADES_POSTING)

    assert requirements["water hygiene certificates"]["kind"] != "certification"
    assert requirements["EUSR Water Hygiene qualification"]["kind"] == "certification"
    assert requirements["EUSR Water Hygiene qualification"]["status"] == "met"


SCHOOL_POSTING = """Science Teacher
Responsibilities
- Teach science across KS3 and KS4
Requirements
- Knowledge of Edulink One (an advantage)
- Experience with Bunsen, Philip Harris or Timstar lab equipment
- NNEB qualification
"""


def test_titles_known_and_codes_of_a_series_are_read_as_names():
    resume = (
        "Ola Berg\nExperience\nScience Teacher, Fernside Academy, 2018 - present\n"
        "- Teach biology and chemistry to KS2–KS4 groups of 30\n"
        "- Record marks and attendance in Edulink One\n"
        "QUALIFICATIONS\nNNEB (Nursery Nursing Examination Board), Leeds College, 2012\n"
    )

    requirements = requirement_rows(resume=resume, posting=SCHOOL_POSTING)

    assert requirements["KS4"]["status"] == "met"  # within "KS2–KS4"
    assert requirements["Edulink One"]["status"] == "met"
    assert requirements["NNEB qualification"]["status"] == "met"
    assert not any(name.startswith("Bunsen") for name in requirements)
