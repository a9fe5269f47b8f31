"""A trade's schooling where no degree is asked, a credential's kind after a dash, and a credentials line
named as the posting names it. Every posting and resume here is made up."""

from ai.local_engine import analyze

CRANE_POSTING = """Tower Crane Operator

Duties:
Operate a luffing tower crane to hoist steel and formwork on high-rise projects; inspect the crane daily.

Requirements:
NCCCO Tower Crane certification (current). Oregon crane operator certificate. 3+ years of tower crane
operation on high-rise projects. OSHA 30.
"""


def _operator(*, training: str, credentials: str) -> str:
    return (
        "Luis Vega\nPortland, OR | luis.vega@example.com\n\nCERTIFICATIONS\n"
        f"{credentials}\nOSHA 30-Hour Construction\n\n"
        "WORK HISTORY\nTower Crane Operator, Summit Builders, Portland, OR   2018 - present\n"
        "- Ran luffing tower cranes on four high-rise towers, hoisting steel and formwork to lift plans\n"
        f"\n{training}"
    )


def _analysed(*, credentials: str = "NCCCO Certified Crane Operator", training: str = "") -> dict:
    return analyze(
        resume_text=_operator(training=training, credentials=credentials), job_description=CRANE_POSTING
    )


def _requirement(result: dict, name: str) -> dict:
    return next(r for r in result["details"]["requirements"] if r["name"] == name)


def test_a_served_apprenticeship_is_the_education_of_a_trade_posting_asking_no_degree():
    trained = _analysed(training="TRAINING\nIUOE Local 12 apprenticeship (completed 2016)\n")

    assert trained["details"]["sub_scores"]["education"]["score"] == 100
    assert _analysed()["details"]["sub_scores"]["education"]["score"] == 60


def test_an_apprenticeship_named_in_a_keyword_list_is_no_schooling():
    stuffed = _analysed(training="SKILLS\nRigging, signalling, apprenticeship, load charts, NCCCO\n")

    assert stuffed["details"]["sub_scores"]["education"]["score"] == 60


def test_a_credentials_kind_after_a_dash_is_part_of_its_name():
    result = _analysed(credentials="NCCCO Certified Crane Operator – Tower Crane (TWR)")

    assert _requirement(result, "NCCCO Tower Crane certification")["status"] == "met"


def test_another_kind_after_the_dash_does_not_meet_it():
    result = _analysed(credentials="NCCCO Certified Crane Operator – Mobile Crane")

    assert _requirement(result, "NCCCO Tower Crane certification")["status"] != "met"


def test_a_short_credentials_line_named_as_the_posting_names_it_is_the_writers_own():
    result = _analysed(
        credentials="NCCCO Certified Crane Operator\nOregon Crane Operator Certificate – Tower"
    )

    assert result["details"]["copied_from_job_description"] == 0.0
    assert not result["details"]["warnings"]


def test_a_product_named_with_its_maker_is_met_by_the_product_alone():
    posting = "Mainframe Developer\n\nMust have:\n* 7+ yrs COBOL development on IBM z/OS\n* JCL and CICS\n"
    resume = (
        "Raj Nair\nExperience\nMainframe Developer, First Bank (2012 - present)\n"
        "- Changed 40 COBOL batch programs on z/OS for Reg CC updates\n"
    )

    assert _requirement(analyze(resume_text=resume, job_description=posting), "IBM z/OS")["status"] == "met"


def test_a_states_licence_for_a_trade_named_in_lower_case_is_a_certification():
    posting = (
        "hair stylist wanted!!\n\nbusy salon looking for a stylist. must have an active Arizona cosmetology\n"
        "license. 2+ yrs behind the chair doing color and cuts.\n"
    )
    resume = (
        "Sofia Ruiz\nExperience\nSenior Stylist, Gloss Salon (2019 - present)\n- Book 35 guests a week\n"
        "License\nArizona Cosmetology License #CO-118402 (active)\n"
    )

    (licence,) = [
        r
        for r in analyze(resume_text=resume, job_description=posting)["details"]["requirements"]
        if r["kind"] == "certification"
    ]
    assert licence["name"] == "Arizona cosmetology license"
    assert licence["status"] == "met"


def test_head_of_a_field_is_a_role_of_that_field():
    posting = "Data Protection Officer\n\nMUST\n- 5+ years in data protection or privacy\n- Run DPIAs and keep the ROPA\n"
    resume = (
        "Amira Hassan\nExperience\nHead of Data Protection, Quill Bank, London — 2019 to date\n"
        "- Lead DPIAs for every new product and keep the ROPA current in OneTrust\n"
    )
    other = resume.replace("Head of Data Protection", "Head of Marketing")

    assert (
        analyze(resume_text=resume, job_description=posting)["details"]["sub_scores"]["role"]["score"] == 100
    )
    assert analyze(resume_text=other, job_description=posting)["details"]["sub_scores"]["role"]["score"] < 50


def test_names_joined_by_a_spaced_slash_are_alternatives():
    posting = (
        "Mainframe Developer\n\nMust have:\n* Debugging with IBM Debug Tool / Xpediter\n* JCL and CICS\n"
    )
    resume = (
        "Raj Nair\nExperience\nMainframe Developer, First Bank (2012 - present)\n"
        "- Debugged 300 batch abends a year with Xpediter and File-Aid\n"
    )

    debugger = _requirement(analyze(resume_text=resume, job_description=posting), "IBM Debug Tool / Xpediter")
    assert debugger["status"] == "met"
    assert debugger["matched_as"] == "Xpediter"  # by its name, not by a sentence's meaning


def test_a_title_ending_in_ologist_is_read_and_met_by_its_fields_title():
    posting = (
        "QC Microbiologist II\nSterile Injectables | Greenville, NC | Day shift\n\n"
        "Primary responsibilities\n• Perform environmental monitoring in ISO 5-8 cleanrooms\n• Run endotoxin tests\n"
    )
    resume = (
        "Ali Freeman\nExperience\nQC Microbiology Analyst — Novo Site Services, Clayton, NC\n2022 – present\n"
        "▪ Environmental monitoring of ISO 5 and 7 cleanrooms; 400 endotoxin tests a year\n"
    )

    result = analyze(resume_text=resume, job_description=posting)
    assert result["details"]["job_title"] == "QC Microbiologist"
    assert result["details"]["sub_scores"]["role"]["score"] == 100


def test_a_captain_or_pilot_is_the_role_of_a_first_officer_post():
    posting = "First Officer – Embraer E175\n\nMinimum Qualifications\n1. FAA ATP certificate\n2. 1,500 hours total time\n"
    captain = (
        "Dan Okafor\nExperience\nCaptain, King Air 350 — Front Range Air Charter, Centennial, CO   2021 – Present\n"
        "- Fly 300 charter legs a year as pilot in command\n"
    )
    compliance = captain.replace("Captain, King Air 350", "Compliance Officer").replace(
        "Fly 300 charter legs a year as pilot in command", "Audit 300 charter files a year"
    )

    assert (
        analyze(resume_text=captain, job_description=posting)["details"]["sub_scores"]["role"]["score"] == 100
    )
    assert (
        analyze(resume_text=compliance, job_description=posting)["details"]["sub_scores"]["role"]["score"]
        == 0
    )
