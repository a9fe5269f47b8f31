"""Work qualities a posting asks in its own words are soft-skill requirements named by the quality a recruiter
screens for (prioritisation, multitasking, confidentiality, judgement, a proactive approach, behaviour
management), met when the resume names the quality or shows it by behaviour, and listed as missing otherwise.
The same words said of the employer or of something else ask nothing. Every posting and resume here is made
up."""

import pytest

from ai.local_engine.tests.rows import requirement_names, requirement_rows

BARE_RESUME = "Sam Reyes\n\nExperience\nClerk, Norwell Supplies, 2019 - 2024\n- Filed invoices\n"


def _posting(line: str) -> str:
    return f"Coordinator\n\nRequirements\n- {line}\n- Microsoft Excel\n"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Calm under pressure and great at juggling 30 shipments at once", "Multitasking"),
        ("Ability to prioritise and manage a caseload", "Prioritisation"),
        ("The ability to juggle several matters with competing deadlines", "Prioritisation"),
        ("The ability to juggle several matters with competing deadlines", "Multitasking"),
        ("A sharp eye for detail and the ability to juggle deadlines", "Prioritisation"),
        ("Handle confidential information (personnel, legal) with complete discretion", "Confidentiality"),
        ("Keep all payroll information strictly confidential", "Confidentiality"),
        ("Sound judgement and a calm manner", "Sound judgement"),
        (
            "Manages behaviour calmly and consistently, in line with our behaviour policy",
            "Behaviour management",
        ),
        ("A proactive partner who anticipates what the director needs", "Proactive approach"),
    ],
)
def test_a_quality_asked_in_the_postings_words_is_a_soft_skill_named_by_the_quality(
    line: str, name: str
) -> None:
    rows = requirement_rows(resume=BARE_RESUME, posting=_posting(line))

    assert rows[name]["status"] == "missing"
    assert rows[name]["kind"] in {"soft_skill", "hard_skill"}


def test_prioritise_keeps_the_postings_spelling() -> None:
    rows = requirement_rows(resume=BARE_RESUME, posting=_posting("Ability to prioritize competing demands"))

    assert rows["Prioritization"]["asked_as"] == "prioritize"


@pytest.mark.parametrize(
    "text",
    [
        "We are a friendly, judgement-free team.",
        "Search court judgments, tax liens and probate records.",
        "A bonus is paid at the manager's discretion.",
        "All applications will be treated in strict confidentiality.",
        "Call Jess for a confidential chat about the role.",
        "Teaching skills in anatomy will be prioritized.",
    ],
)
def test_the_same_words_said_of_the_employer_or_of_things_ask_no_quality(text: str) -> None:
    posting = f"Coordinator\n\nRequirements\n- Microsoft Excel\n\n{text}\n"

    names = {name.lower() for name in requirement_names(resume=BARE_RESUME, posting=posting)}

    assert not names & {"judgement", "judgment", "judgments", "confidentiality", "discretion"}
    assert not any(name.startswith("prioriti") for name in names)


def _status(*, ask: str, name: str, line: str) -> str:
    resume = f"Lee Moran\n\nExperience\nCoordinator, Halden Works, 2019 - 2024\n{line}\n"
    return requirement_rows(resume=resume, posting=_posting(ask))[name]["status"]


CONFIDENTIAL = "Handle confidential information with discretion"
CASELOAD = "Ability to prioritise and manage a caseload"
BEHAVIOUR = "Manages behaviour calmly and consistently"
PROACTIVE = "A proactive partner to the director"
JUGGLING = "Great at juggling many loads at once"


@pytest.mark.parametrize(
    ("ask", "name", "line", "status"),
    [
        # kept confidential, by name or by what was handled so
        (
            CONFIDENTIAL,
            "Confidentiality",
            "- Handles the confidential payroll of managers and executives",
            "met",
        ),
        (CONFIDENTIAL, "Confidentiality", "- Answer 30+ employee pay questions a week in confidence", "met"),
        (
            CONFIDENTIAL,
            "Confidentiality",
            "- Kept protected health information secure under HIPAA for a clinic of 9 doctors",
            "met",
        ),
        (CONFIDENTIAL, "Confidentiality", "- Answer 30+ employee pay questions a week", "missing"),
        # a caseload or a volume of work ordered each day
        (CASELOAD, "Prioritisation", "- Nutrition assessments for ICU patients (12–16 a day)", "met"),
        (
            CASELOAD,
            "Prioritisation",
            "- Answered 70–110 emergency calls per 12-hour shift for the county",
            "met",
        ),
        (CASELOAD, "Prioritisation", "- Carried a community caseload of 28 patients", "met"),
        (CASELOAD, "Prioritisation", "- Write PRDs and run the Jira backlog with a squad of 8", "met"),
        (CASELOAD, "Prioritisation", "- Served 3 meals a day to residents", "missing"),
        # a class kept on task
        (BEHAVIOUR, "Behaviour management", "- Managed challenging behaviour in a Year 9 set", "met"),
        (BEHAVIOUR, "Behaviour management", "- Taught Year 9 maths sets", "missing"),
        # several pieces of work carried at once
        (JUGGLING, "Multitasking", "- Juggled four client projects through the spring", "met"),
        (JUGGLING, "Multitasking", "- Booked four client projects through the spring", "missing"),
        # acting before being asked; not the owners a report goes to
        (PROACTIVE, "Proactive approach", "- Anticipate the director's needs before meetings", "met"),
        (PROACTIVE, "Proactive approach", "- Monthly variance reports to ownership", "missing"),
    ],
)
def test_the_quality_is_met_by_its_name_or_its_behaviour_and_a_look_alike_does_not(
    ask: str, name: str, line: str, status: str
) -> None:
    assert _status(ask=ask, name=name, line=line) == status
