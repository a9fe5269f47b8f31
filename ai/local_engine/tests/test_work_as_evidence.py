"""A resume shows a requirement by the work it describes, under another name; a look-alike word shows nothing."""

import pytest

from ai.local_engine import analyze

SALES = """Key Account Manager

What you bring
- 4+ years of B2B account management experience
- Excellent presentation skills
- Strong organizational skills and the ability to meet deadlines
- Strong written communication
- Proficiency with Microsoft Word, Excel and Outlook
"""


def _status(*, resume: str, posting: str, name: str) -> str:
    result = analyze(resume_text=resume, job_description=posting)
    return next(r for r in result["details"]["requirements"] if r["name"] == name)["status"]


def _line_status(*, line: str, posting: str, name: str) -> str:
    """Return the requirement's status for a resume whose one job holds ``line``."""
    resume = f"Pat Kim\n\nExperience\nTechnician, Acme Ltd, 2019 - 2024\n{line}"
    return _status(resume=resume, posting=posting, name=name)


def _sales_resume(experience: str) -> str:
    return (
        f"Pat Kim\nAccount Executive\n\nExperience\nAccount Executive, Acme Corp, 2019 - 2024\n{experience}\n"
    )


def test_the_work_shows_account_management_presentations_organisation_and_writing():
    resume = _sales_resume(
        "- Grew my book of 140 accounts by 31% in a year through upselling\n"
        "- Ran product demos and quarterly business reviews with operations directors\n"
        "- Managed many renewal deadlines at once for the regional team\n"
        "- Drafted the proposals and contracts for every new customer\n"
    )

    for name in (
        "account management",
        "presentation skills",
        "organizational skills",
        "written communication",
    ):
        assert _status(resume=resume, posting=SALES, name=name) == "met", name


def test_the_ledger_s_accounts_and_a_plain_mention_show_none_of_it():
    resume = _sales_resume(
        "- Reconciled accounts payable and receivable for the controller every month\n"
        "- Attended the product demos of our vendors and read the contracts\n"
    )

    assert _status(resume=resume, posting=SALES, name="account management") == "missing"
    assert _status(resume=resume, posting=SALES, name="presentation skills") == "missing"
    assert _status(resume=resume, posting=SALES, name="written communication") == "missing"


def test_tools_named_in_a_skills_line_as_the_posting_names_them_are_not_copied_text():
    resume = _sales_resume(
        "- Sold safety software to manufacturers\n\nSkills\nSalesforce · Microsoft Word, Excel and Outlook"
    )

    assert _status(resume=resume, posting=SALES, name="Excel") == "partial"  # a bare list counts partly


def test_a_praised_head_adds_nothing_to_screen_for():
    posting = "Store Manager\n\nRequirements\n- Keep shrink low with loss prevention best practices\n"
    resume = "Sam Ode\n\nExperience\nStore Manager, 2015 - 2024\n- Led two loss prevention leads and cut shrink by a third\n"

    assert _status(resume=resume, posting=posting, name="loss prevention") == "met"


def test_one_shell_does_not_show_another_and_independently_of_a_thing_shows_no_ownership():
    posting = "DevOps Engineer\n\nRequirements\n- Bash\n- Ownership and initiative\n"
    resume = (
        "Lee Park\n\nExperience\nEngineer, Acme, 2018 - 2024\n"
        "- Built a scanner that finds a device's address independently of the VPN and NAT\n"
        "- Tuned my zsh and tmux setup for terminal-centric work\n"
    )
    result = analyze(resume_text=resume, job_description=posting)

    assert {"Bash", "Ownership"} <= {k.title() if k.islower() else k for k in result["missing_keywords"]}


def test_talking_to_people_at_work_shows_communication_and_a_counter_job_customer_service():
    posting = "Store Manager\n\nYou have\n- Strong communication skills\n- Outstanding customer service\n"
    spoken = (
        "Ann Ode\n\nExperience\nShift Lead, 2019 - 2024\n- Run the shift's safety huddles for 30 associates\n"
    )
    counter = "Ann Ode\n\nExperience\nCashier and barista, Beanline Coffee, 2022 - 2024\n- Opened the store at 5:30\n"
    silent = (
        "Ann Ode\n\nExperience\nStock Clerk, 2019 - 2024\n- Unloaded trucks and stocked shelves overnight\n"
    )

    assert _status(resume=spoken, posting=posting, name="communication skills") == "met"
    assert _status(resume=counter, posting=posting, name="customer service") != "missing"  # a title line
    assert _status(resume=silent, posting=posting, name="communication skills") == "missing"
    assert _status(resume=silent, posting=posting, name="customer service") == "missing"


SERVICE = """Field Technician

What you bring
- Excellent communication skills
- 2+ years of service experience
"""


def test_explaining_to_the_people_served_shows_communication():
    for line in (
        "- Coached 9 patients a day on home care and diet",
        "- Sold 140 service plans by walking homeowners through repair options",
        "- Went over discharge instructions and costs with clients at every visit",
    ):
        assert _line_status(line=line, posting=SERVICE, name="communication skills") == "met", line


def test_a_walk_or_a_coach_without_the_people_served_shows_no_communication():
    resume = "Pat Kim\n\nExperience\nTechnician, Acme Services, 2019 - 2024\n- Walked the site through winter storms\n"

    assert _status(resume=resume, posting=SERVICE, name="communication skills") == "missing"


# (posting, requirement, a line that shows it, a look-alike line that does not)
SHOWN_BY_WORK = {
    "working day to day with other trades shows collaboration; working every day with a tool does not": (
        "ML Engineer\n\nIn this role you will:\n- Collaborate with data scientists and product managers\n",
        "Collaboration",
        "- Work day to day with data scientists and the search product manager\n",
        "- Worked every day with a barcode scanner and the search index\n",
    ),
    "an engineer writing RFCs and postmortems shows written communication": (
        "Backend Engineer\n\nRequirements\n- Clear written communication\n- Go\n",
        "written communication",
        "- Write most of our RFCs and postmortems for the payments team\n",
        "- Fixed most of our flaky tests for the payments team\n",
    ),
    "drafting papers known by their acronym shows written communication": (
        "Compliance Analyst\n\nRequirements\n- Strong written communication\n- SQL\n",
        "written communication",
        "- Draft SARs for the regulator; 60+ SARs filed, none returned\n",
        "- Reviewed SARs for the regulator; 60+ SARs filed, none returned\n",
    ),
    "finding what is wrong shows troubleshooting": (
        "Maintenance Technician\n\nRequirements\n- Strong troubleshooting skills\n- 2+ years of experience\n",
        "troubleshooting",
        "- Diagnosed and repaired conveyor faults on 3 lines\n",
        "- Repaired and painted conveyor guards on 3 lines\n",
    ),
    "working with one person of another trade shows collaboration (managing suppliers no leadership)": (
        "Data Engineer\n\nRequirements\n- Work with analysts and data scientists\n- Python\n",
        "Collaboration",
        "- Worked with the data protection officer on erasure requests\n",
        "- Managed suppliers for the data platform\n",
    ),
    "calling or e-mailing families shows communication": (
        "Teacher\n\nRequirements\n- Communicate regularly with families about progress\n- 1+ year\n",
        "Communication",
        "- Call or email families every two weeks with progress updates\n",
        "- Called the register every morning\n",
    ),
    "planning with another teacher shows teamwork": (
        "Teacher\n\nRequirements\n- Collaborate with the math department in learning communities\n- 1+ year\n",
        "Teamwork",
        "- Co-plan every unit with the special education teacher\n",
        "- Plan every unit with care\n",
    ),
    "sprint ceremonies show Agile": (
        "Developer\n\nRequirements\n- Participate in Agile ceremonies\n- Java\n",
        "Agile",
        "- Took part in sprint planning and retrospectives every two weeks\n",
        "- Ran a 5k sprint for charity\n",
    ),
    "greeting and serving customers shows customer service": (
        "Sales Associate\n\nRequirements\n- Excellent customer service\n- 1+ year of retail\n",
        "customer service",
        "- Greet and style 40+ customers a shift and suggest full outfits\n",
        "- Fold and restock 200 garments a shift\n",
    ),
    "sending reports to physicians shows communication": (
        "Physical Therapist\n\nRequirements\n- Communicate with referring physicians about progress\n- DPT\n",
        "Communication",
        "- Send progress reports to referring orthopedic surgeons and physicians\n",
        "- Write progress notes in WebPT the same day\n",
    ),
    "briefing leadership shows communication": (
        "Project Manager\n\nRequirements\n- Report status to plant leadership\n- Strong communication skills\n",
        "communication skills",
        "- Kept a risk log for every project and briefed plant leadership monthly\n",
        "- Kept a risk log for every project and filed it monthly\n",
    ),
    "a duty named with a light verb is shown by its object done": (
        "Medical Assistant\n\nDuties\n- Perform EKGs and point-of-care testing\n- 1+ year of experience\n",
        "Perform EKGs",
        "- Ran 12-lead EKGs for walk-in patients every shift\n",
        "- Scheduled appointments for walk-in patients\n",
    ),
}


@pytest.mark.parametrize("case", sorted(SHOWN_BY_WORK))
def test_work_shows_a_requirement_and_a_look_alike_line_does_not(case: str):
    posting, name, shown, unshown = SHOWN_BY_WORK[case]

    assert _line_status(line=shown, posting=posting, name=name) == "met"
    assert _line_status(line=unshown, posting=posting, name=name) == "missing"


def test_presenting_to_those_who_decide_shows_presentation_skills():
    posting = "Financial Analyst\n\nRequirements\n- Excellent presentation skills\n- 2+ years of experience\n"
    resume = "Pat Kim\n\nExperience\nAnalyst, Acme Retail, 2019 - 2024\n- Present the monthly forecast to the CFO\n"

    assert _status(resume=resume, posting=posting, name="presentation skills") == "met"


def test_the_best_placed_mention_of_a_name_is_its_evidence_not_the_first():
    posting = (
        "Welder\n\nQualifications:\n- Experience with FCAW and SMAW processes\n- 2+ years of experience\n"
    )
    resume = (
        "Luis Ortiz\n\nCERTIFICATIONS\nFCAW and SMAW, all positions (2021)\n\n"
        "EXPERIENCE\nWelder, Red Steel Co (2020 - 2024)\n- Weld beams and columns with FCAW in all positions\n"
    )

    found = analyze(resume_text=resume, job_description=posting)["details"]["requirements"]

    assert [(r["credit"], r["context"]) for r in found if r["name"] == "FCAW"] == [(1.0, "experience")]


def test_reviewing_pull_requests_shows_code_review():
    from ai.local_engine import analyze

    posting = "Java Developer\n\nResponsibilities\n- Participate in code reviews\n- Build services in Java\n"
    resume = (
        "Kim Roy\nExperience\nSoftware Engineer, Vale (2021 - 2024)\n- Built payment services in Java\n"
        "- Reviewed teammates' pull requests every day\n"
    )
    analysis = analyze(resume_text=resume, job_description=posting)
    review = [r for r in analysis["details"]["requirements"] if "review" in r["name"].lower()]

    assert [r["status"] for r in review] == ["met"]


def test_pm_services_show_preventive_maintenance_and_a_pm_does_not():
    from ai.local_engine import analyze

    posting = "Technician\n\nDuties\n- Perform preventive maintenance on the fleet\n- Hydraulics\n"
    fitter = (
        "Kim Roy\nExperience\nTechnician, Vale Fleet (2021 - 2024)\n- Complete PM services on 40 haul trucks\n"
        "- Repair hydraulics\n"
    )
    planner = (
        "Kim Roy\nExperience\nPM, Vale Software (2021 - 2024)\n- Ran PM reviews at 2 PM daily\n- Hydraulics\n"
    )

    def status(resume: str) -> list[str]:
        requirements = analyze(resume_text=resume, job_description=posting)["details"]["requirements"]
        return [r["status"] for r in requirements if "maintenance" in r["name"]]

    assert status(fitter) == ["met"]
    assert status(planner) == ["missing"]
    assert status(fitter.replace("Complete PM services on", "Run quarterly PM visits for")) == ["met"]


def test_ap_and_ar_in_capitals_on_a_line_of_bills_or_invoices_are_the_ledgers():
    from ai.local_engine import analyze

    posting = "Bookkeeper\n\nRequirements\n- Accounts payable and accounts receivable\n- QuickBooks\n"
    bookkeeper = (
        "Kim Roy\nExperience\nBookkeeper, Vale (2021 - 2024)\n- Processed AP for 200 vendors each month\n"
        "- Chased AR past-due balances and cut DSO by 18 days\n"
    )
    technician = "Kim Roy\nExperience\nIT Technician, Vale (2021 - 2024)\n- Installed AP units and AR glasses for customers\n"

    def status(resume: str) -> dict[str, str]:
        requirements = analyze(resume_text=resume, job_description=posting)["details"]["requirements"]
        return {r["name"].lower(): r["status"] for r in requirements if "accounts" in r["name"].lower()}

    assert status(bookkeeper) == {"accounts payable": "met", "accounts receivable": "met"}
    assert status(technician) == {"accounts payable": "missing", "accounts receivable": "missing"}
