"""Practice areas the skill sources lack (clinical specialties, trade techniques, finance processes, testing
artefacts) are requirements, met under their other spellings and short forms; tools the hire owns and an
employer's pledge to safeguarding ask nothing; an everyday word is no typo of a skill. Every posting and resume
here is made up."""

from ai.local_engine.tests.rows import requirement_rows

PHYSIO_POSTING = """Band 6 Rotational Physiotherapist
Essential
- Band 5 experience including rotations in orthopaedics, respiratory physiotherapy and neurology
- Discharge planning with the multidisciplinary team
"""
PHYSIO_RESUME = """Priya Nair
Physiotherapist (Band 5), Riverside Hospital, 2021 - present
- Rotations: orthopedics (elective hips and knees), chest physiotherapy on the respiratory ward
- Treated patients on the stroke unit, from assessment to discharge
"""


def test_clinical_specialties_are_asked_and_met_under_their_other_spellings():
    rows = requirement_rows(resume=PHYSIO_RESUME, posting=PHYSIO_POSTING)

    orthopaedics = next(row for name, row in rows.items() if "orthopaedics" in name.lower())
    assert orthopaedics["status"] == "met"
    respiratory = next(row for name, row in rows.items() if "respiratory" in name.lower())
    assert respiratory["status"] == "met"
    neurology = next(row for name, row in rows.items() if "neurology" in name.lower())
    assert neurology["status"] == "met"  # a stroke unit is neurology
    assert rows["Discharge planning"]["status"] == "missing"


def test_finance_and_testing_processes_are_read_and_met_by_their_short_forms():
    posting = (
        "Finance Systems Analyst\nRequirements\n"
        "- Experience supporting record to report and order to cash processes\n"
        "- Writing test cases for UAT; reporting bugs\n"
    )
    resume = (
        "Lena Fischer\nFinance Analyst, Norda AG, 2020 - present\n"
        "- Led the R2R workstream of an ERP upgrade and wrote 140 test scenarios for user acceptance testing\n"
    )
    rows = requirement_rows(resume=resume, posting=posting)

    assert rows["record to report"]["status"] == "met"
    assert rows["order to cash"]["status"] == "missing"
    test_cases = next(row for name, row in rows.items() if "test cases" in name)
    assert test_cases["status"] == "met"
    uat = next(row for name, row in rows.items() if "UAT" in name)
    assert uat["status"] == "met"


def test_an_everyday_word_one_letter_away_is_no_typo_of_a_technique():
    posting = "HVAC Technician\nRequirements\n- Brazing and soldering copper line sets\n"
    resume = "Tom Reyes\nCarpenter, 2018 - present\n- Installed bracing and sheathing on timber frames\n"
    rows = requirement_rows(resume=resume, posting=posting)

    brazing = next(row for name, row in rows.items() if name.lower().startswith("brazing"))
    assert brazing["status"] == "missing"


def test_tools_the_hire_owns_are_no_skill_but_using_them_is():
    posting = (
        "Maintenance Technician\nRequirements\n- Own hand tools; company supplies power tools\n"
        "- Valid driver's license\n"
    )
    rows = requirement_rows(resume="Sam Hale\nTechnician, 2019 - present", posting=posting)
    assert not any("tools" in name for name in rows)

    asked = "Maintenance Technician\nRequirements\n- Confident using hand tools and power tools safely\n"
    rows = requirement_rows(resume="Sam Hale\nTechnician, 2019 - present", posting=asked)
    assert {"hand tools", "power tools"} <= set(rows)


def test_an_employers_pledge_to_safeguarding_asks_no_safeguarding():
    posting = (
        "Asset Information Analyst\nEssential: GIS; SQL\n"
        "We are committed to safeguarding and promoting the welfare of children and young people and expect "
        "all staff to share this commitment.\n"
    )
    rows = requirement_rows(resume="Sam Hale\nGIS Analyst, 2019 - present", posting=posting)

    assert not any("safeguarding" in name.lower() for name in rows)
    assert "SQL" in rows


def test_letters_match_only_as_written_and_in_the_plural():
    posting = (
        "Teaching Assistant\nRequirements\n- Experience supporting pupils with SEND\n"
        "- Routing basics: VLANs and subnetting for the school network\n"
    )
    resume = (
        "Ana Ruiz\nIT Technician, Hill School, 2020 - present\n"
        "- Send weekly reports to the head; set up VLANs for the exam hall\n"
    )
    rows = requirement_rows(resume=resume, posting=posting)

    assert rows["SEND"]["status"] == "missing"  # "Send weekly reports" is no special educational needs
    assert rows["VLANs"]["status"] == "met"
    assert rows["subnetting"]["status"] == "missing"


BA_POSTING = """Business Analyst
Roles and Responsibilities
- Conduct requirement gathering workshops with business stakeholders
- Write user stories and maintain the product backlog in JIRA
"""


def test_duties_naming_a_practice_area_ask_it_and_a_resume_shows_it_in_its_own_words():
    showing = requirement_rows(
        posting=BA_POSTING,
        resume=(
            "Ana Ruiz\nBusiness Analyst, Norda Bank, 2020 - present\n"
            "- Gathered requirements from branch staff and groomed the product backlog in Jira\n"
        ),
    )
    lacking = requirement_rows(
        posting=BA_POSTING, resume="Sam Hale\nCashier, 2019 - present\n- Ran the till at close\n"
    )

    gathering = next(name for name in lacking if "gathering" in name)
    assert lacking[gathering]["status"] == "missing"
    assert lacking["product backlog"]["status"] == "missing"
    assert showing[gathering]["status"] == "met"
    assert showing["product backlog"]["status"] == "met"


def test_a_practice_area_is_met_in_other_words_only_by_a_clearly_close_sentence():
    posting = "Community Support Worker\nRequirements\n- Cash handling for clients\n- Care of the elderly\n"
    resume = (
        "Jo Park\nSupport Worker, Vale Care, 2021 - present\n"
        "- Take payments, manage my cash drawer and balance it at the end of every shift\n"
    )
    showing = requirement_rows(
        posting=posting, resume=resume + "- Supported older patients and families at home\n"
    )
    loose = requirement_rows(
        posting=posting, resume=resume + "- Diabetes and heart-healthy education for patients and families\n"
    )

    assert showing["Cash handling"]["status"] == "met"
    assert showing["Care of the elderly"]["status"] == "met"
    assert loose["Care of the elderly"]["status"] == "missing"  # barely over the threshold


def test_site_safety_and_office_practices_are_met_by_their_other_names():
    posting = (
        "Site Supervisor\nEssential\n- Write RAMS and issue permits to work\n- Lockout/tagout procedures\n"
        "- Diary management and minute taking for the project director\n"
    )
    resume = (
        "Lee Marsh\nSite Supervisor, Brook Build, 2018 - present\n"
        "- Wrote risk assessments and method statements for every package; ran LOTO on plant isolations\n"
        "- Kept the director's calendar management and took minutes at weekly progress meetings\n"
    )
    rows = requirement_rows(resume=resume, posting=posting)

    assert rows["RAMS"]["status"] == "met"
    lockout = next(row for name, row in rows.items() if name.lower().startswith("lockout"))
    assert lockout["status"] == "met"
    assert rows["Diary management"]["status"] == "met"


def test_running_a_store_and_tracking_defects_are_read_and_met_in_the_resumes_words():
    posting = (
        "Store Manager\nWhat you'll do\n- Own the store P&L and the weekly labor budget\n"
        "- Prepare UAT test scenarios and track defects till closure\n"
    )
    resume = (
        "Dana Cole\nDistrict Manager, Fresh Mart, 2018 - present\n"
        "- P&L owner for 11 stores; tight payroll control and shrink under plan\n"
        "- Tracked defects in Jira through the till upgrade's user acceptance testing\n"
    )
    rows = requirement_rows(resume=resume, posting=posting)

    assert rows["P&L"]["status"] == "met"
    assert rows["labor budget"]["status"] == "met"
    defects = next(row for name, row in rows.items() if "defects" in name)
    assert defects["status"] == "met"


def test_status_reporting_to_a_board_is_a_duty_and_reporting_to_a_boss_is_none():
    posting = (
        "IT Project Manager\nRequirements\n- Reporting to the Head of Delivery\n"
        "- Own RAID logs and status reporting to the PMO and the steering committee\n"
        "- Build account plans together with your customers\n"
    )
    rows = requirement_rows(resume="Sam Hale\nProject Manager, 2019 - present", posting=posting)

    assert rows["status reporting"]["status"] == "missing"
    assert rows["account plans"]["status"] == "missing"
    assert not any(name.lower() == "reporting" for name in rows)


def test_a_role_that_owns_a_profit_and_loss_shows_the_p_and_l_a_sales_award_does_not():
    posting = "General Manager\nRequirements\n- Own the P&L for three business units\n- Budgeting\n"

    def p_and_l(resume: str) -> str:
        return requirement_rows(resume=resume, posting=posting)["P&L"]["status"]

    # a title shows the P&L as a heading does: part of the credit
    assert p_and_l("Ana Ruiz\nGeneral Manager, Vale Foods, 2018 - present\n- Grew sales 20%\n") == "partial"
    assert p_and_l("Ana Ruiz\nChief Executive Officer, Vale Foods, 2018 - present\n") == "partial"
    assert (
        p_and_l("Ana Ruiz\nAccount Executive, Vale Foods, 2018 - present\n- President's Club 2023\n")
        == "missing"
    )
    assert p_and_l("Ana Ruiz\nAssistant Store Manager, Vale Foods, 2018 - present\n") == "missing"


def test_clinical_and_till_work_written_plainly_meet_the_practice_named():
    posting = "Staff Nurse / Shop Lead\nRequirements\n- IV therapy\n- Cash handling\n- Employee relations\n"
    resume = (
        "Kim Roy\nStaff Nurse, Vale Hospital, 2019 - present\n- Administer oral and IV medications\n"
        "Shop Lead, Vale Pharmacy, 2015 - 2019\n- Cash up and bank the takings at close\n"
        "- Ran disciplinary and grievance meetings with HR\n"
    )
    rows = requirement_rows(resume=resume, posting=posting)

    assert rows["IV therapy"]["status"] == "met"
    assert rows["Cash handling"]["status"] == "met"
    assert rows["Employee relations"]["status"] == "met"


def test_testing_analysis_and_search_ads_work_written_plainly_meet_the_practice_named():
    posting = (
        "Business Analyst\nRequirements\n- Write clear bug reports in Jira\n"
        "- Lead requirement-gathering workshops and prepare fit-gap analysis\n- Paid search campaigns\n"
    )
    resume = (
        "Kim Roy\nAnalyst, Vale Bank, 2019 - present\n- Log bugs in Jira with steps and screenshots\n"
        "- Ran requirement workshops with finance teams and prepared fit-gap documents\n"
        "- Ran Google Ads campaigns for the bank's savings products\n"
    )
    rows = requirement_rows(resume=resume, posting=posting)

    assert rows["bug reports"]["status"] == "met"
    assert next(r for n, r in rows.items() if "gathering" in n)["status"] == "met"
    assert next(r for n, r in rows.items() if "fit-gap" in n)["status"] == "met"
    paid_search = next(r for n, r in rows.items() if "paid search" in n.lower())
    assert (paid_search["status"], paid_search["via"]) == ("partial", "narrower")  # Google Ads is paid search
