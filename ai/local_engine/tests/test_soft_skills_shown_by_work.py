"""Soft skills shown by the work a resume describes: communication (presenting to those who lead or at their
meetings, negotiating, explaining in plain words, reassuring the people served), team working (a team of other
professions) and attention to detail (accurate work); a look-alike line shows none of it."""

import pytest

from ai.local_engine import analyze

POSTING = """Network Engineer

What you bring
- Excellent communication skills
- Cisco routing and switching
"""


def _communication(line: str) -> str:
    resume = f"Pat Kim\n\nExperience\nEngineer, Acme Ltd, 2019 - 2024\n{line}\n"
    result = analyze(resume_text=resume, job_description=POSTING)
    return next(r for r in result["details"]["requirements"] if r["name"] == "communication skills")["status"]


@pytest.mark.parametrize(
    ("line", "status"),
    [
        (
            "- Prepare the monthly demand review and present the consensus forecast to the commercial and "
            "finance leads",
            "met",
        ),
        (
            "- Led a re-audit of falls risk; presented the results at the therapies clinical governance meeting",
            "met",
        ),
        ("- Negotiated a 5-year integrated MRO supply agreement saving $4.2M a year", "met"),
        ("- Comfortable from the comms cabinet to the boardroom: I explain it in plain English", "met"),
        ("- Calm and reassuring with anxious and confused patients on a busy ED rota", "met"),
        ("- Call loan officers and processors to explain approvals, suspends and declines", "met"),
        ("- Advise supervisors on the Employment Act and leave entitlements", "met"),
        ("- Recruited, trained and scheduled associates; cut turnover from 78% to 52%", "met"),
        ("- Rent collection, deposits and monthly variance reports to ownership", "met"),
        ("- Answering around 20 enquiries a month from researchers and the public", "met"),
        ("- Emails and joins Teams calls with the clients and my manager daily", "met"),
        ("- Liaise with suppliers on late deliveries", "met"),
        # look-alikes
        ("- Reports to: Head of Finance", "missing"),
        # mentoring juniors shows leading them, not communication (the labellers' reading)
        ("- Mentored a team of four junior developers", "missing"),
        ("- Trained a gradient-boosted model on 2M rows of claims", "missing"),
        ("- Managed the district's continuing education budget", "missing"),
        ("- Sewed plain weave fabric panels for 40 tents a week", "missing"),
        ("- Reassembled 30 pumps a month after overhaul", "missing"),
        ("- Set up the chairs and screens at the annual sales conference", "missing"),
    ],
)
def test_work_that_speaks_to_people_shows_communication_and_a_look_alike_does_not(line: str, status: str):
    assert _communication(line) == status


CLINIC = """Band 5 Physiotherapist

Essential
- Team working
- Attention to detail
"""


def _clinic_status(*, line: str, name: str) -> str:
    resume = f"Pat Kim\n\nExperience\nPhysiotherapist, Acme Health, 2019 - 2024\n{line}\n"
    result = analyze(resume_text=resume, job_description=CLINIC)
    return next(r for r in result["details"]["requirements"] if r["name"] == name)["status"]


@pytest.mark.parametrize(
    ("line", "name", "status"),
    [
        (
            "- Weekly multidisciplinary team (MDT) meetings with OT, SLT and nursing colleagues",
            "Team working",
            "met",
        ),
        (
            "- Complex discharge planning with the discharge liaison team and social services",
            "Team working",
            "met",
        ),
        ("- Worked with the AWS services and the billing API", "Team working", "missing"),
        ("- Reviewed shop drawings and submittals with architects and MEP engineers", "Team working", "met"),
        ("- Ran 40+ landing page A/B tests with the design team", "Team working", "met"),
        ("- Organized a contest with 1000+ teams solving at least one challenge", "Team working", "missing"),
        ("- Treated patients with chronic pain and sports injuries", "Team working", "missing"),
        ("- Calm under pressure, accurate on CAD and radio", "Attention to detail", "met"),
        ("- Coded 30 charts an hour with 97% audit accuracy", "Attention to detail", "met"),
        (
            "- Audited by the practice manager every quarter with no errors recorded",
            "Attention to detail",
            "met",
        ),
        (
            "- Reduced model size by 90% with less than 1% accuracy degradation on ImageNet",
            "Attention to detail",
            "missing",
        ),
        ("- Built a more accurate churn model for the retention team", "Attention to detail", "missing"),
    ],
)
def test_working_in_a_team_of_other_professions_and_accurate_work_are_shown(
    line: str, name: str, status: str
):
    assert _clinic_status(line=line, name=name) == status


SUPPORT = "IT Support Analyst\n\nEssential\n- Problem solving\n- Windows 11\n"
WARD = "Staff Nurse\n\nEssential\n- Leadership\n- IV cannulation\n"
SAFETY = "Safety Officer\n\nRequirements\n- Report writing skills\n- Incident investigation\n"


@pytest.mark.parametrize(
    ("posting", "name", "line", "status"),
    [
        # solving what goes wrong
        (
            SUPPORT,
            "Problem solving",
            "- Monitored uptime and resolved 95% of network tickets within SLA",
            "met",
        ),
        (SUPPORT, "Problem solving", "- Debugged memory leaks in the scheduling service", "met"),
        (SUPPORT, "Problem solving", "- Handle guest requests and resolve complaints on the spot", "met"),
        # ... not what a tool helps with, nor a resolution that is no problem
        (SUPPORT, "Problem solving", "- Added Elastic APM to help trouble-shooting", "missing"),
        (SUPPORT, "Problem solving", "- Resolved to finish the marathon season", "missing"),
        (SUPPORT, "Problem solving", "- Set monitors to 4K resolution for the design studio", "missing"),
        # bringing on those who learn the trade
        (WARD, "Leadership", "- Trained 2 engine cadets to their TAR sign-off", "met"),
        (WARD, "Leadership", "- I am clinical coach for three student nurses on placement", "met"),
        (WARD, "Leadership", "- Supervise junior doctors' cannulation on the ward", "met"),
        # ... not training oneself, a coach that carries people, students as patients
        (WARD, "Leadership", "- Trained in IV cannulation and phlebotomy, 2021", "missing"),
        (WARD, "Leadership", "- Drove the coach for school trips twice a week", "missing"),
        (WARD, "Leadership", "- Treated students at the campus health centre", "missing"),
        # reports compiled or prepared; not a reporting line, nor reports read
        (SAFETY, "Report writing", "- Compile the monthly LTI statistics and safety report", "met"),
        (SAFETY, "Report writing", "- Prepared 40 incident investigation reports a year", "met"),
        (SAFETY, "Report writing", "- Reports to the site manager", "missing"),
        (SAFETY, "Report writing", "- Read the geotechnical reports before each blast", "missing"),
    ],
)
def test_the_work_described_shows_the_skill_and_a_look_alike_does_not(
    posting: str, name: str, line: str, status: str
):
    resume = f"Pat Kim\n\nExperience\nOfficer, Acme Ltd, 2019 - 2024\n{line}\n"
    rows = analyze(resume_text=resume, job_description=posting)["details"]["requirements"]
    assert next(r for r in rows if r["name"] == name)["status"] == status


def test_several_things_handled_at_once_show_multitasking():
    posting = "Customer Support Executive\nRequirements\n- Ability to multitask\n- 1+ years in chat support"
    resume = (
        "Priya Nair\nChat Support Executive, Teleserve, 2021 - present\n- Handled 3 chats at the same time"
    )

    rows = {
        r["name"]: r for r in analyze(resume_text=resume, job_description=posting)["details"]["requirements"]
    }

    assert rows["Multitasking"]["status"] == "met"


def test_running_a_team_of_people_shows_leadership():
    posting = (
        "Food and Beverage Supervisor\nRequirements\n- Strong leadership skills\n- 2+ years in hospitality"
    )
    resume = "Sam Lee\nBar Supervisor, Harbour Club, 2020 - present\n- Run the floor on weekends with a team of 8-14"
    rows = {
        r["name"]: r for r in analyze(resume_text=resume, job_description=posting)["details"]["requirements"]
    }

    assert rows["leadership"]["status"] == "met"
