"""A certification or licence the resume names in other words: spelled out, abbreviated or said of the person.
Every posting and resume here is made up."""

from ai.local_engine import analyze

NURSE_POSTING = """Registered Nurse - Med/Surg
Qualifications
- Current Ohio RN license
- BLS and ACLS certification required
- Forklift certification a plus
"""
NURSE = """Maria Gonzalez
Licenses & Certifications
Registered Nurse, State of Ohio (active) · Basic Life Support (AHA) · Advanced Cardiovascular Life Support (AHA)
Experience
Staff Nurse, Miami Valley Hospital (2021 - present)
- Care for 5 telemetry patients per shift
"""


def _status(result: dict) -> dict[str, tuple[str, float]]:
    return {r["name"]: (r["status"], r["credit"]) for r in result["details"]["requirements"]}


def test_a_credential_spelled_out_meets_its_acronym_and_a_place_before_it_may_be_left_out():
    status = _status(analyze(resume_text=NURSE, job_description=NURSE_POSTING))

    assert status["Ohio RN license"][0] == "met"
    assert status["BLS certification"][0] == "met"
    assert status["ACLS certification"][0] == "met"
    assert status["Forklift certification"][0] == "missing"


def test_a_credential_listed_under_its_heading_earns_full_prose_credit():
    resume = "Maria Gonzalez\nExperience\nStaff Nurse (2021 - present)\n- Care for 5 patients\nCertifications\nBLS (AHA), ACLS (AHA)\n"
    status = _status(analyze(resume_text=resume, job_description=NURSE_POSTING))

    assert status["BLS certification"] == ("met", 0.85)
    assert status["ACLS certification"] == ("met", 0.85)


def test_a_credential_said_of_the_person_meets_it():
    resume = "Dee Carter\nSummary\nWarehouse lead, 6 years. Forklift and reach truck certified.\n"
    status = _status(analyze(resume_text=resume, job_description=NURSE_POSTING))

    assert status["Forklift certification"][0] == "met"


def test_an_issuer_or_a_far_credential_word_is_not_the_credential():
    posting = "DevOps Engineer\nNice to have\n- Linux certification\n- AWS Certified Solutions Architect\n"
    resume = """Kim Park
Certifications
2020 Certified Kubernetes Application Developer (CKAD), The Linux Foundation
2023 AWS Certified Advanced Networking - Specialty
Experience
- Built the AWS landing zone and helped the client acquire a business license for payments
"""
    missing = analyze(resume_text=resume, job_description=posting)["missing_keywords"]

    assert "Linux certification" in missing
    assert "AWS Certified Solutions Architect" in missing


IT_POSTING = """IT Support Technician
Key duties
- Log and resolve issues in our ticketing system (Freshservice)
What you'll bring
- CompTIA A+ or similar is desirable
"""
IT_RESUME = """Ryan Walsh
Experience
IT Support Analyst, Schools Trust (2023 - present)
- Resolve 40+ tickets a week in ServiceNow across 6 schools
Qualifications
CompTIA A+ (2023)
"""


def test_a_named_credential_under_qualifications_is_held_and_any_ticketing_product_is_a_ticketing_system():
    result = analyze(resume_text=IT_RESUME, job_description=IT_POSTING)
    status = _status(result)

    assert status["ticketing system"][0] == "met"  # ServiceNow is one
    assert status["CompTIA A+"] == ("met", 0.85)
    assert "only in a list" not in result["reasoning"]


def test_a_listed_credential_gets_no_advice_to_show_it_at_work_and_one_listed_skill_reads_singular():
    posting = "IT Support Technician\nWhat you'll bring\n- CompTIA A+\n- Experience with PowerShell\n"
    resume = "Ryan Walsh\nExperience\nIT Analyst, Trust (2023 - present)\n- Resolve 40 tickets a week\nSkills: CompTIA A+, PowerShell\n"
    reasoning = analyze(resume_text=resume, job_description=posting)["reasoning"]

    assert (
        "PowerShell appears only in a list; where you have used it, show it in an experience or project sentence"
        in reasoning
    )
    assert "CompTIA A+ appear" not in reasoning and "CompTIA A+ and" not in reasoning


def test_a_credential_named_in_or_brackets_is_an_alternative_of_the_one_before():
    posting = "Registered Nurse\nQualifications\n- Current Ohio RN license (or compact license)\n"
    names = {
        r["name"]: r for r in analyze(resume_text=NURSE, job_description=posting)["details"]["requirements"]
    }

    assert names["Ohio RN license"]["alternatives"] == ["compact license"]
    assert "compact license" not in names


def test_credentials_stuffed_as_a_keyword_list_under_education_earn_list_credit_only():
    resume = (
        "Maria Gonzalez\nExperience\nStaff Nurse (2021 - present)\n- Care for 5 patients\n"
        "Education\nADN, Sinclair College, 2021\nBLS certification, ACLS certification, PALS certification, "
        "TNCC certification, NRP certification\n"
    )
    status = _status(analyze(resume_text=resume, job_description=NURSE_POSTING))

    assert status["BLS certification"][1] <= 0.4
    assert status["ACLS certification"][1] <= 0.4


def test_named_examples_of_technical_matter_in_brackets_are_alternatives():
    posting = "IT Support Technician\nKey duties\n- Troubleshoot basic networking issues (Wi-Fi, VPN, DNS)\n"
    fixes_wifi = (
        "Ryan\nExperience\nIT Analyst, Trust (2023 - present)\n- Fix Wi-Fi and printer issues in 6 schools\n"
    )
    result = analyze(resume_text=fixes_wifi, job_description=posting)
    (networking,) = [r for r in result["details"]["requirements"] if "DNS" in r["alternatives"]]

    assert networking["alternatives"] == ["Wi-Fi", "VPN", "DNS"]
    assert networking["status"] == "met"


def test_a_body_and_code_certification_is_one_credential_met_by_its_code():
    posting = (
        "Welder\n\nQualifications:\n- AWS D1.1 structural welding certification (3G/4G)\n- 2+ years welding\n"
    )
    held = "Luis Ortiz\n\nCERTIFICATIONS\nAWS D1.1 Structural Steel, 3G and 4G (2021)\n"
    other = "Luis Ortiz\n\nCERTIFICATIONS\nAWS D17.1 Aerospace Fusion Welding (2021)\n"

    names = [r["name"] for r in analyze(resume_text=held, job_description=posting)["details"]["requirements"]]
    credential = "AWS D1.1 structural welding certification"

    assert "AWS" not in names  # the American Welding Society, not Amazon Web Services
    assert _status(analyze(resume_text=held, job_description=posting))[credential] == ("met", 0.85)
    assert _status(analyze(resume_text=other, job_description=posting))[credential][0] == "missing"


def test_a_credential_spelled_out_with_its_acronym_is_held_under_credentials_and_its_issuer_asks_nothing():
    posting = (
        "Clinical Dietitian (RDN)\n\nRequired:\n- Registered Dietitian Nutritionist (RDN) credential from the "
        "Commission on Dietetic Registration (CDR)\n- Certified Nutrition Support Clinician (CNSC) preferred\n"
    )
    resume = (
        "Emily Novak, MS, RDN\n\nExperience\nDietitian, Mercy Hospital (2019 - 2024)\n- Assessed 12 patients a day\n"
        "\nCredentials\nRegistered Dietitian Nutritionist (RDN), CDR, 2021\nCertified Nutrition Support Clinician, 2024\n"
    )

    status = _status(analyze(resume_text=resume, job_description=posting))

    assert status["Registered Dietitian Nutritionist"] == ("met", 0.85)
    assert status["Certified Nutrition Support Clinician"] == ("met", 0.85)
    assert not any("Commission" in name for name in status)


def test_a_credential_stuffed_in_a_keyword_line_outside_credentials_earns_list_credit_only():
    posting = "Facilities Technician\n\nRequirements:\n- Boiler operator license\n- Valid driver's license\n"
    resume = (
        "Sam Rivera\nExperience\nTechnician, Oak Plaza (2019 - 2024)\n- Replaced 40 filters a month\n"
        "boiler operator license, driver's license, fan coils, rooftop units\n"
    )

    status = _status(analyze(resume_text=resume, job_description=posting))

    assert status["Boiler operator license"] == ("partial", 0.4)


def test_letters_after_the_name_on_the_first_line_hold_a_credential():
    posting = (
        "Veterinary Technician\n\nRequirements:\n- Credentialed as an RVT in North Carolina\n- 2+ years\n"
    )
    signed = (
        "Jordan Whitfield, RVT\nExperience\nVet Tech, Oak Clinic (2019 - 2024)\n- Induced anesthesia daily\n"
    )
    listed = "Jordan Whitfield\nExperience\nVet Tech, Oak Clinic (2019 - 2024)\n- Induced anesthesia daily\nRVT, IV, X-ray\n"

    assert _status(analyze(resume_text=signed, job_description=posting))["RVT"] == ("met", 0.85)
    assert _status(analyze(resume_text=listed, job_description=posting))["RVT"] == ("partial", 0.4)


def test_comptia_and_giac_names_are_certifications_held_on_a_certifications_line():
    posting = "Security Analyst\n\nRequirements:\n- Security+ required; CySA+, GCIH or similar preferred\n"
    resume = "Priya Nair\nCERTIFICATIONS: CompTIA Security+ (2020), GIAC GCIH (2024)\nExperience\nAnalyst (2019 - 2024)\n"
    result = analyze(resume_text=resume, job_description=posting)

    kinds = {r["name"]: r["kind"] for r in result["details"]["requirements"]}
    assert (kinds["Security+"], _status(result)["Security+"]) == ("certification", ("met", 0.85))


def test_a_licence_named_with_another_form_of_the_same_word_is_held():
    posting = "Math Teacher\n\nQualifications:\n- Colorado Professional Teaching License\n"
    resume = "Sam Reyes\nLICENSURE\nColorado Professional Teacher License, Mathematics (7-12)\nExperience\nTeacher (2019 - 2024)\n"

    assert _status(analyze(resume_text=resume, job_description=posting))[
        "Colorado Professional Teaching License"
    ] == ("met", 0.85)


def test_certifications_with_their_issuers_in_brackets_are_one_credential_and_the_issuers_ask_nothing():
    posting = (
        "Medical Assistant\n\nQualifications:\n- Current CMA (AAMA) or RMA (AMT) certification required\n"
    )
    resume = "Maria Santos\nCertifications\nCertified Medical Assistant (CMA), AAMA, 2021\nExperience\nMA (2021 - 2024)\n"

    status = _status(analyze(resume_text=resume, job_description=posting))

    assert status == {"CMA (AAMA) certification": ("met", 0.85)}


def test_a_name_with_its_version_written_on_meets_it_and_a_joint_heading_holds_credentials():
    posting = "Quantity Surveyor\n\nRequirements:\n- Knowledge of NEC contracts\n- Full UK driving licence\n"
    resume = (
        "James Whitworth\nCAREER HISTORY\nQuantity Surveyor, Pendle Ltd (2020 - 2024)\n"
        "- Ran NEC4 Option A contracts on two schools\n\nEDUCATION & PROFESSIONAL\nFull UK driving licence\n"
    )

    assert _status(analyze(resume_text=resume, job_description=posting)) == {
        "NEC": ("met", 1.0),  # shown at work: full credit
        "Full UK driving licence": ("met", 0.85),  # held under a credentials heading
    }


def test_a_credential_listed_under_qualifications_without_its_noun_is_held():
    from ai.local_engine import analyze

    posting = "Nursery Practitioner\n\nAbout you\n- Paediatric First Aid certificate\n- Nursing license\n"
    resume = (
        "Jo Hall\nExperience\nNursery Practitioner, Acorns (2021 - 2024)\n- Cared for eight toddlers\n"
        "Qualifications\nPaediatric First Aid (12 hour), 2023\nBSc Nursing, University of Leeds, 2020\n"
    )
    status = {
        r["name"]: r["status"]
        for r in analyze(resume_text=resume, job_description=posting)["details"]["requirements"]
    }

    assert status == {"Paediatric First Aid certificate": "met", "Nursing license": "missing"}


_CARDS_RESUME = (
    "Maria Gonzalez\nExperience\nStaff Nurse (2021 - present)\n- Care for 5 patients\n"
    "Licenses & Certifications\nOhio RN License #123456\n{line}\n"
)


def test_a_line_of_cards_under_a_credentials_heading_holds_each_card():
    resume = _CARDS_RESUME.format(line="BLS, ACLS, PALS (American Heart Association), NRP")

    status = _status(analyze(resume_text=resume, job_description=NURSE_POSTING))

    assert status["BLS certification"] == ("met", 0.85)
    assert status["ACLS certification"] == ("met", 0.85)


def test_a_line_of_cards_mixed_with_skills_stays_a_keyword_list():
    resume = _CARDS_RESUME.format(line="BLS, ACLS, Epic, wound care, telemetry")

    status = _status(analyze(resume_text=resume, job_description=NURSE_POSTING))

    assert status["BLS certification"][1] <= 0.4
    assert status["ACLS certification"][1] <= 0.4
