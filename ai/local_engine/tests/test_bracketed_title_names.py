"""A posting's title with a role named in a bracket after it names one job twice: "Industrial Mechanic
(Millwright)" is met by a resume's "Millwright" title as by its "Industrial Mechanic" one. A bracketed remark
("(Night Shift)") names no job. Every posting and resume here is made up."""

from ai.local_engine import analyze

SHIPWRIGHT_POSTING = """Marine Carpenter (Shipwright) – Refit Yard
Tidewater Boatworks | Nelson
What you bring:
- 3+ years building or repairing timber and composite hulls
- Confident with spiling, scarf joints and epoxy work
"""

NIGHT_POSTING = """Registered Nurse (Night Shift)
Lakeview Hospital
Requirements:
- Current RN licence
- 2+ years of acute care experience
"""


def _details(resume: str, posting: str) -> dict:
    return analyze(resume_text=resume, job_description=posting)["details"]


def test_the_bracketed_name_of_the_trade_meets_the_posting_title():
    resume = (
        "Rua Hemi\nExperience\nShipwright – Harbour Marine, Picton, 2018 – present\n"
        "- Replanked and refastened kauri hulls; scarfed in new sheer clamps\n"
    )

    details = _details(resume, SHIPWRIGHT_POSTING)

    assert details["job_title"] == "Marine Carpenter (Shipwright)"
    assert details["sub_scores"]["role"]["score"] == 100


def test_the_title_before_the_bracket_still_meets_it():
    resume = (
        "Rua Hemi\nExperience\nMarine Carpenter – Harbour Marine, Picton, 2018 – present\n"
        "- Replanked and refastened kauri hulls\n"
    )

    assert _details(resume, SHIPWRIGHT_POSTING)["sub_scores"]["role"]["score"] == 100


def test_a_bracketed_remark_is_no_other_name_of_the_job():
    resume = (
        "Sam Ortiz\nExperience\nNight Shift Supervisor – Costco, Reno, 2019 – present\n"
        "- Ran a crew of 12 stocking the floor overnight\n"
    )

    details = _details(resume, NIGHT_POSTING)

    assert details["job_title"] == "Registered Nurse"
    assert details["sub_scores"]["role"]["score"] < 50


def test_a_trade_no_title_list_holds_is_a_role_and_its_setting_word_is_where_it_works():
    posting = (
        "Commercial Locksmith / Access Control Technician\nRiverside Lock & Safe\nRequirements:\n"
        "- 3+ years of commercial locksmith experience\n- Master keying\n"
    )
    resume = (
        "Dee Park\nExperience\nLead Locksmith | Northgate Security | 2019 – present\n"
        "- Designed and pinned a 900-door master key system\n"
    )
    assert _details(resume, posting)["sub_scores"]["role"]["score"] == 100


def test_someone_elses_title_in_a_duty_line_is_not_the_writers():
    posting = "Finance Manager\nApex Foods\nRequirements:\n- 10+ years in finance\n- IFRS reporting\n"
    resume = (
        "Mei Tan\nExperience\nAccounts Executive | Harbour Trading | 2022 – present\n"
        "- Prepare monthly bank reconciliations and GST returns for review by the Finance Manager\n"
    )
    # (an accounts executive is near the role, 75; not the Finance Manager the line names, 100)
    assert _details(resume, posting)["sub_scores"]["role"]["score"] == 75
