"""A skills cloud is a keyword list whatever its heading ("Skills cloud") and however its items are cut
("·" between them, or one a line): its items are no held qualifications and no degree. Every text here is
made up."""

from ai.local_engine import analyze


def _requirement(result: dict, name: str) -> dict:
    return next(r for r in result["details"]["requirements"] if r["name"] == name)


ELECTRICIAN_POSTING = """Maintenance Electrician
Fenwick Facilities · Leeds

You will need
- IPAF and PASMA
- Experience of periodic inspection and testing
- Full UK driving licence
"""


_COUNTER_ASSISTANT = (
    "Morgan Hale\nEmployment\nCounter Assistant, Brightline Wholesale, Leeds  2019 - present\n"
    "- Serve trade customers and take phone orders\n"
    "Education\nLeeds City College, Level 2 Diploma in Retail (2018)\n"
)


def test_a_skills_cloud_under_its_own_heading_is_a_keyword_list_not_held_qualifications():
    resume = (
        _COUNTER_ASSISTANT
        + "Skills cloud\nPeriodic inspection and testing · IPAF · PASMA · Three-phase distribution · Fault finding\n"
    )

    pasma = _requirement(analyze(resume_text=resume, job_description=ELECTRICIAN_POSTING), "PASMA")
    assert (pasma["status"], pasma["context"]) == ("partial", "list")


def test_one_keyword_a_line_under_a_skills_cloud_heading_is_a_list():
    resume = (
        _COUNTER_ASSISTANT
        + "Skills cloud\nPeriodic inspection and testing\nThree-phase distribution\nFault finding\n"
    )

    result = analyze(resume_text=resume, job_description=ELECTRICIAN_POSTING)

    shown = [r for r in result["details"]["requirements"] if r["status"] != "missing"]
    assert shown
    assert all(r["context"] == "list" for r in shown if "inspection" in r["name"].lower())


SURVEYOR_POSTING = """Building Services Surveyor
Aldgate Property Group · London

Requirements
- Bachelor's degree in Building Services Engineering
- PASMA and IPAF
- Experience of planned preventive maintenance
"""


def test_a_cloud_cut_at_its_dots_under_an_unknown_heading_names_no_degree_and_holds_no_card():
    resume = (
        "Riley Osei\nEmployment\nHelpdesk Coordinator, Stratton Estates, London  2020 - present\n"
        "- Log reactive jobs and book contractors\n"
        "Education\nCroydon College, BTEC Level 3 in Business (2019)\n"
        "Word cloud\nPlanned maintenance · BS 8210 · PASMA · Fault finding · Asset registers\n"
    )

    result = analyze(resume_text=resume, job_description=SURVEYOR_POSTING)

    degree = next(r for r in result["details"]["requirements"] if r["kind"] == "degree")
    assert degree["status"] == "missing"
    assert _requirement(result, "PASMA")["status"] == "partial"


def test_cards_cut_at_their_dots_under_a_credentials_heading_are_held():
    resume = (
        "Riley Osei\nEmployment\nMaintenance Supervisor, Stratton Estates, London  2018 - present\n"
        "- Run planned preventive maintenance for 14 office buildings\n"
        "Certifications\nPASMA · IPAF 3a · CSCS Gold Card · SSSTS\n"
    )

    pasma = _requirement(analyze(resume_text=resume, job_description=SURVEYOR_POSTING), "PASMA")

    assert pasma["status"] == "met"


ACCOUNTANT_POSTING = """Assistant Accountant
Requirements
- 3+ years of experience as an assistant accountant
- Sage 300 and Excel
"""


def test_a_roles_line_cut_at_its_bars_above_its_dates_is_the_role_not_a_list():
    resume = (
        "Amani Waweru\nExperience\n"
        "Assistant Accountant | Harbour Foods Ltd, Industrial Area, Mombasa\n2016 – 2020\n"
        "- Reconciled supplier statements every month\n"
    )

    result = analyze(resume_text=resume, job_description=ACCOUNTANT_POSTING)

    assert result["details"]["relevant_years"] == 4
