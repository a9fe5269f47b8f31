"""Credentials a resume holds under headings that pair them with their kin ("Certificates & Ratings",
"Licenses & Designations") or after the name in its header, and requirements a posting names by examples.
Every posting and resume here is made up."""

from ai.local_engine import analyze
from ai.local_engine.sections import heading_kind


def _requirements(result: dict) -> dict[str, dict]:
    return {r["name"]: r for r in result["details"]["requirements"]}


def test_a_credentials_heading_joined_with_its_kin_is_a_credentials_heading():
    assert heading_kind(text="CERTIFICATES & RATINGS") == "certifications"
    assert heading_kind(text="Licenses and Designations") == "certifications"
    assert heading_kind(text="Designations") == "certifications"
    assert heading_kind(text="Skills & Interests") == "skills"


SURVEYOR_POSTING = """Land Surveyor
Requirements:
- Professional Land Surveyor license (PLS) in Oregon
- 5+ years of boundary and topographic surveys
"""

SURVEYOR_RESUME = """Dana Kim
Salem, OR | dana.kim@example.com

LICENSES & DESIGNATIONS
Professional Land Surveyor (PLS), Oregon, 2019

EXPERIENCE
Survey Party Chief, Willamette Survey Co. (2016 - present)
- Ran boundary and topographic surveys for 140 residential and county projects
"""


def test_a_license_under_a_licenses_and_designations_heading_is_held():
    result = analyze(resume_text=SURVEYOR_RESUME, job_description=SURVEYOR_POSTING)

    (license_,) = [r for r in result["details"]["requirements"] if r["kind"] == "certification"]
    assert license_["status"] == "met"
    assert license_["credit"] == 0.85  # held, as a credentials line is; a skills list earns 0.4


DESIGN_POSTING = """Interior Designer
Requirements:
- 4+ years of hospitality interior design
- NCIDQ certification preferred
"""


def _designer(header: str) -> str:
    return (
        f"{header}\nAustin, TX | jo.park@example.com\n\nEXPERIENCE\nInterior Designer, Oak Studio (2019 - present)\n"
        "- Designed the interiors of five boutique hotels from concept to opening\n"
    )


def test_a_credential_after_the_name_in_the_header_is_held():
    result = analyze(resume_text=_designer("JO PARK, NCIDQ"), job_description=DESIGN_POSTING)

    (credential,) = [r for r in result["details"]["requirements"] if r["kind"] == "certification"]
    assert credential["status"] == "met"
    assert credential["credit"] == 0.85
    assert "NCIDQ certification" not in result["missing_keywords"]


def test_a_line_of_credential_letters_below_the_name_holds_them():
    posting = "Penetration Tester\nRequirements:\n- 3+ years of penetration testing\n- OSCP required\n"
    resume = _designer("Jo Park\nOSCP | OSWE").replace("Interior Designer", "Penetration Tester")

    (credential,) = [
        r
        for r in analyze(resume_text=resume, job_description=posting)["details"]["requirements"]
        if r["kind"] == "certification"
    ]
    assert credential["status"] == "met"
    assert credential["credit"] == 0.85


def test_a_header_without_the_letters_does_not_hold_the_credential():
    result = analyze(resume_text=_designer("JO PARK, LEED AP"), job_description=DESIGN_POSTING)

    assert "NCIDQ certification" in result["missing_keywords"]


def test_either_credential_named_with_its_issuer_in_brackets_meets_the_requirement():
    posting = "Research Coordinator\nQualifications:\n- CCRC (ACRP) or CCRP (SoCRA) certification preferred\n"
    resume = (
        "Ana Diaz\nExperience\nResearch Coordinator, City Cancer Center (2020 - present)\n"
        "- Enrolled 64 patients in oncology trials\nCertifications\n"
        "CCRP, Society of Clinical Research Associates (SoCRA), 2024\n"
    )

    (credential,) = analyze(resume_text=resume, job_description=posting)["details"]["requirements"]
    assert credential["status"] == "met"
    assert credential["evidence"].startswith("CCRP")


BROAD_FIELD_POSTING = """Research Coordinator
Qualifications:
- Bachelor's degree in a health or science field required
"""


def _graduate(subject: str) -> str:
    return (
        "Ana Diaz\nExperience\nResearch Assistant, City Cancer Center (2021 - present)\n- Enrolled 64 patients\n"
        f"Education\nB.S. {subject}, State University, 2021\n"
    )


def test_a_degree_asked_in_a_kind_of_subject_is_met_by_any_subject_of_that_kind():
    (degree,) = analyze(resume_text=_graduate("Biology"), job_description=BROAD_FIELD_POSTING)["details"][
        "requirements"
    ]
    assert degree["status"] == "met"
    assert degree["credit"] == 1.0


def test_a_degree_in_another_kind_of_subject_does_not_meet_it():
    (degree,) = analyze(resume_text=_graduate("History"), job_description=BROAD_FIELD_POSTING)["details"][
        "requirements"
    ]
    assert degree["status"] == "missing"


LAB_POSTING = """FPGA Engineer

You have:
- 5+ years of FPGA design in VHDL
- Experience with lab equipment: oscilloscopes, logic analyzers, ChipScope/ILA
"""


def _fpga(line: str, title: str = "FPGA Engineer") -> str:
    return f"Kai Wu\nExperience\n{title}, Redstone Labs (2018 - present)\n- Wrote VHDL for radar receivers\n- {line}\n"


def test_things_of_a_kind_listed_after_a_colon_are_one_requirement_met_by_any():
    result = analyze(
        resume_text=_fpga("Led board bring-up with logic analyzers for 6 boards"), job_description=LAB_POSTING
    )

    lab = _requirements(result)["lab equipment"]
    assert lab["status"] == "met"
    assert lab["matched_as"] == "logic analyzers"
    assert "lab equipment" not in result["missing_keywords"]


def test_none_of_the_kinds_things_leaves_it_missing():
    result = analyze(resume_text=_fpga("Wrote timing constraints for 6 boards"), job_description=LAB_POSTING)

    assert _requirements(result)["lab equipment"]["status"] == "missing"


TRADE_POSTING = """Facilities Technician

Duties:
1. Troubleshoot and repair electrical systems up to 480 volts, including motors and lighting.
2. Perform preventive maintenance on HVAC equipment.
"""


def _trade_resume(title: str, line: str) -> str:
    return f"Ray Cole\nExperience\n{title}, Summit Facilities (2015 - present)\n- {line}\n"


def test_a_trades_systems_are_shown_by_its_worker_or_the_parts_worked_on():
    by_title = analyze(
        resume_text=_trade_resume("Journeyman Electrician", "Wired 40 tenant fit-outs to code"),
        job_description=TRADE_POSTING,
    )
    by_parts = analyze(
        resume_text=_trade_resume(
            "Maintenance Technician", "Repaired motors and electrical controls up to 480V"
        ),
        job_description=TRADE_POSTING,
    )

    assert _requirements(by_title)["repair electrical systems"]["status"] == "met"
    assert _requirements(by_parts)["repair electrical systems"]["status"] == "met"


def test_a_warehouse_resume_does_not_show_a_trades_systems():
    result = analyze(
        resume_text=_trade_resume("Warehouse Associate", "Picked 180 orders an hour with an RF scanner"),
        job_description=TRADE_POSTING,
    )

    assert _requirements(result)["repair electrical systems"]["status"] == "missing"


def test_the_field_of_an_engineers_title_shows_its_design_or_development():
    result = analyze(
        resume_text=_fpga("Closed timing at 400 MHz", title="Senior FPGA Engineer"),
        job_description=LAB_POSTING,
    )

    assert _requirements(result)["FPGA design"]["status"] == "met"


def test_another_fields_engineer_does_not_show_it():
    result = analyze(
        resume_text=_fpga("Closed timing at 400 MHz", title="Senior Test Engineer"),
        job_description=LAB_POSTING,
    )

    assert _requirements(result)["FPGA design"]["status"] != "met"


SONOGRAPHER_POSTING = """Sonographer

WHAT YOU NEED
* RDMS (AB, OB/GYN) from ARDMS - required
* RVT or willingness to obtain within 12 months
* 2+ years of clinical sonography
"""


def _sonographer(credentials_heading: str) -> str:
    return (
        "Meg Fair\nmeg@example.com\n\nEXPERIENCE\nSonographer II, St. Luke's (2021 - present)\n"
        "- Perform 14 abdominal and OB exams per shift\n\n"
        f"{credentials_heading}\nRDMS - Abdomen (AB), ARDMS, 2021\nRVT - Registered Vascular Technologist, ARDMS, 2023\n"
    )


def test_credential_letters_read_as_skills_are_held_on_a_credentials_line():
    names = _requirements(
        analyze(resume_text=_sonographer("CREDENTIALS"), job_description=SONOGRAPHER_POSTING)
    )

    assert names["RDMS"]["credit"] == 0.85
    assert names["RVT"]["credit"] == 0.85


def test_the_same_letters_in_a_skills_list_are_listed_only():
    names = _requirements(analyze(resume_text=_sonographer("SKILLS"), job_description=SONOGRAPHER_POSTING))

    assert names["RDMS"]["credit"] == 0.4


def test_credential_letters_asked_as_alternatives_are_held_too():
    posting = "Nurse Educator\n\nCertification: CNE or NPD-BC preferred; BLS required.\nExperience: 3 years of acute care.\n"
    resume = (
        "Jas Carter, MSN, RN\nExperience\nNurse Educator, City Health (2019 - present)\n- Taught 160 nurses\n"
        "LICENSURE & CERTIFICATION\nRN, Virginia · NPD-BC (ANCC) · BLS (AHA)\n"
    )

    alternatives = next(
        r
        for r in analyze(resume_text=resume, job_description=posting)["details"]["requirements"]
        if "NPD-BC" in r["name"]
    )
    assert alternatives["credit"] == 0.85
