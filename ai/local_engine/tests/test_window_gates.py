"""The literal pre-checks in front of patterns run on a window of a posting or a line never hide a match."""

from collections.abc import Callable
from pathlib import Path

import pytest

from ai.local_engine import (
    colleagues,
    degree_requirements,
    experience,
    field_experience,
    improve,
    job,
    job_conditions,
    job_years,
    never_asked,
    organisation_names,
    other_meanings,
    posting_masks,
    resume_dates,
    sections,
    signature_lines,
    unasked_contexts,
    word_uses,
)
from ai.local_engine.cue_gates import case_blind, holds_any, may_match
from ai.local_engine.tests.test_cue_gates import _corpus_lines


def _passes_clients(text: str) -> bool:
    return holds_any(words=word_uses._CLIENT_NOUNS, lower=case_blind(text))


def _passes_provide(text: str) -> bool:
    return holds_any(words=never_asked._PROVIDE_VERBS, lower=case_blind(text))


def _passes_field(text: str) -> bool:
    return "experience" in case_blind(text)


def _passes_schedule(text: str) -> bool:
    return may_match(gate=job_conditions._SCHEDULE_GATE, text=text, lower=case_blind(text))


def _passes_escalated(text: str) -> bool:
    return may_match(gate=colleagues._ESCALATED_GATE, text=text, lower=case_blind(text))


def _passes_no_experience(text: str) -> bool:
    return may_match(gate=job_years._NO_EXPERIENCE_GATE, text=text, lower=case_blind(text))


def _passes_no_years(text: str) -> bool:
    return may_match(gate=job_years._NO_YEARS_GATE, text=text, lower=case_blind(text))


def _passes_title(text: str) -> bool:
    return holds_any(words=signature_lines._TITLE_WORDS, lower=case_blind(text))


def _passes_entry_date(text: str) -> bool:
    return may_match(gate=improve._ENTRY_DATE_GATE, text=text, lower=case_blind(text))


def _passes_claim(text: str) -> bool:
    return may_match(gate=experience._CLAIM_GATE, text=text, lower=case_blind(text))


def _passes_offered(text: str) -> bool:
    return holds_any(words=degree_requirements._OFFERED_WORDS, lower=case_blind(text))


def _passes_degree_in(text: str) -> bool:
    return holds_any(words=degree_requirements._DEGREE_IN_WORDS, lower=case_blind(text))


def _passes_heading_count(text: str) -> bool:
    return sections._DIGIT_RE.search(text) is not None


def _holds(words: tuple[str, ...], *, lower: bool = True) -> Callable[[str], bool]:
    """Return a pre-check passing a text that holds one of ``words`` (as written, for a case-sensitive one)."""
    return lambda text: holds_any(words=words, lower=case_blind(text) if lower else text)


_UNASKED = unasked_contexts.WINDOW_GATES


# (pattern, its pre-check, made-up texts the pattern matches: every branch once)
CHECKS = {
    "clients": (
        word_uses._CLIENTS_IN_RE,
        _passes_clients,
        [
            "tests for clients in healthcare, finance and ",
            "serving CUSTOMERS across ",
            "for our brands from ",
            "serve companies in the ",
            "serves businesses in ",
            "for organisations in ",
            "for organizations across retail and ",
        ],
    ),
    "provide": (
        never_asked._WE_PROVIDE_RE,
        _passes_provide,
        [
            "we provide gauges and ",
            "We'll supply ",
            "we will furnish ",
            "the company provides ",
            "Employer supplies ",
        ],
    ),
    "field": (
        field_experience._FIELD_EXPERIENCE_LINE_RE,
        _passes_field,
        [
            "• Manufacturing experience",
            "- SaaS or telematics EXPERIENCE a plus",
            "Retail experience (preferred)",
        ],
    ),
    "schedule": (
        job_conditions._SCHEDULE_RE,
        _passes_schedule,
        [
            "2:30 PM",
            "2nd Shift",
            "7p",
            "rotating weekends",
            "day/evening shifts",
            "every third weekend",
            "alternate weekends",
            "drug screen",
            "alcohol testing",
            "background check",
            "DBS check",
            "criminal record screening",
            "online searches",
            "satisfactory references",
            "clean MVR",
            "clean driving record",
        ],
    ),
    "escalated": (
        colleagues._ESCALATED_TO_RE,
        _passes_escalated,
        ["escalating to a ", "refer them to the ", "hand off to our ", "Escalate issues to a supervisor or "],
    ),
    "no_experience": (
        job_years._NO_EXPERIENCE_RE,
        _passes_no_experience,
        [
            "No experience required - we train you!",
            "No prior retail experience is needed",
            "Experience not necessary",
        ],
    ),
    "no_years": (
        job_years._NO_YEARS_RE,
        _passes_no_years,
        ["0-2 years of experience", "0 to 3 yrs", "Previous experience is great, but not essential."],
    ),
    "title": (
        signature_lines._TITLE_END_RE,
        _passes_title,
        ["Talent Acquisition Partner", "Senior Recruiter", "HR Advisor", "HR adviser", "People Team"],
    ),
    "entry_date": (
        improve._ENTRY_DATE_RE,
        _passes_entry_date,
        ["Line Cook (2021 - present)", "PRESENT", "1999"],
    ),
    "claim": (
        resume_dates.YEARS_CLAIM_RE,
        _passes_claim,
        ["6+ years of experience", "10 YRS EXPERIENCE", "3 yr of hands-on experience"],
    ),
    "offered": (
        degree_requirements._DEGREE_OFFERED_RE,
        _passes_offered,
        [
            "two PhD students",
            "a Ph.D. scholarship",
            "doctoral fellowships",
            "Master's projects",
            "MSc thesis",
        ],
    ),
    "degree_in": (
        degree_requirements._DEGREE_IN_RE,
        _passes_degree_in,
        [
            "Degree in Computer Science",
            "a diploma (level 3) in care",
            "a university degree",
            "COLLEGE DEGREE",
        ],
    ),
    "heading_count": (
        sections._HEADING_COUNT_RE,
        _passes_heading_count,
        ["Python (5 years)", "Java - 3 yrs"],
    ),
    "with_or_without": (
        unasked_contexts._WITH_OR_WITHOUT_RE,
        _holds(_UNASKED["with_or_without"]),
        ["With or without "],
    ),
    "career_in": (
        unasked_contexts._CAREER_IN_RE,
        _holds(_UNASKED["career_in"]),
        ["kick-start your CAREER IN "],
    ),
    "based_at": (
        unasked_contexts._BASED_AT_RE,
        _holds(_UNASKED["based_at"]),
        ["Based at HQ, ", "located in Epping, "],
    ),
    "reports_to": (
        unasked_contexts._REPORTS_TO_RE,
        _holds(_UNASKED["reports_to"]),
        ["REPORTS DIRECTLY IN TO our ", "assigned by the ", "Delegated by your ", "directed by a "],
    ),
    "not_held": (
        other_meanings._NOT_HELD_RE,
        _holds(other_meanings._NOT_HELD_NOUNS),
        "no DR convictions|NO MORE THAN 6 POINTS|no endorsements|no major offences|no offenses|no violations|"
        "no at-fault accidents|no driving bans|no disqualifications".split("|"),
    ),
    "inspected_by": (
        other_meanings._INSPECTED_BY_RE,
        _holds(other_meanings._INSPECTED_BY_VERBS),
        "inspections by FDA, |AUDITED BY |audits from |inspected by |regulated by |approved by ".split("|"),
    ),
    "unit_of": (
        organisation_names._UNIT_OF_RE,
        _holds(organisation_names._UNIT_NOUNS, lower=False),
        "School of |Faculty of Arts and |Departments of |Dept. of Earth & |Division of |Ministry of |Office of Fair "
        "".split("|"),
    ),
    "unit_line": (
        organisation_names._UNIT_LINE_RE,
        _holds(organisation_names._UNIT_LINE_NOUNS, lower=False),
        ["Place Directorate – Highways", "Operations Division | Fleet", "Finance Department: Payroll"],
    ),
    "plus_clause": (
        job._PLUS_CLAUSE_RE,
        _holds(job._PLUS_WORDS),
        "Dutch, German is a big plus|x; SQL would be an ASSET|x, Go is a bonus|x, AWS is an advantage|"
        "Licence – Red Seal preferred|Cook – a food hygiene cert desirable|x – MBA desired|x – MBA advantageous"
        "".split("|"),
    ),
}


@pytest.mark.parametrize("name", list(CHECKS))
def test_it_lets_through_every_made_up_text_the_pattern_matches(name: str) -> None:
    pattern, passes, texts = CHECKS[name]
    for text in texts:
        assert pattern.search(text), text
        assert passes(text), text


def test_it_reads_a_capital_dotted_i_as_the_pattern_does() -> None:
    # re.IGNORECASE compares "İ" with "i"; str.lower makes it two characters ("i" and a combining dot)
    text = "CRİMİNAL RECORD CHECK"
    assert job_conditions._SCHEDULE_RE.search(text)
    assert _passes_schedule(text)
    assert case_blind(text) == "criminal record check"


def test_it_lets_through_every_real_line_a_pattern_matches(eval_dir: Path) -> None:
    matched = 0
    for line in _corpus_lines(eval_dir):
        for pattern, passes, _ in CHECKS.values():
            if pattern.search(line):
                matched += 1
                assert passes(line), (pattern.pattern[:60], line)
    assert matched > 100  # the check ran on lines the patterns do match


def test_a_posting_without_a_masks_literal_holds_no_match_of_it() -> None:
    matched = {
        posting_masks._EMAIL_RE: ["jo@school.org"],
        posting_masks._URL_RE: ["HTTPS://acme.io/jobs", "www.acme.io"],
        posting_masks._SAINT_PLACE_RE: ["Bury St Edmunds", "Ste Marie", "Mt Pleasant", "Ft. Worth"],
        posting_masks._PLEASE_SEND_RE: ["PLEASE attach two writing samples"],
    }
    for pattern, literals in posting_masks._MASKS:
        for text in matched.get(pattern, []):
            assert pattern.search(text), text
            lower = text if pattern is posting_masks._SAINT_PLACE_RE else case_blind(text)
            assert literals is not None and any(literal in lower for literal in literals), text
