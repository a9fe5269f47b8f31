"""Work a resume describes, read as the skill a recruiter takes it to show.

A resume rarely names its soft or business skills; it shows them by what the person did: "growing my book of
140 accounts" is account management, "ran product demos" and "quarterly business reviews with VPs" are
presenting, "drafted operating agreements and bylaws" is written communication, "kept the deadline calendar"
is organisation and meeting deadlines, "Store Manager" is retail management. Read on the resume side only: a
posting asks for these in their own names, and reading its duties this way would turn them into requirements.
Each act names a surface of a vocabulary concept (ESCO and O*NET names the engine already matches).
"""

import re

from ai.local_engine.cue_gates import holds_any
from ai.local_engine.soft_acts import SOFT_ACTS
from ai.local_engine.vocab import Vocabulary
from ai.local_engine.work_acts import WORDS, Act

# name -> its act
_ACTS: dict[str, Act] = {
    # "own a territory of 60 accounts", "managed 40 accounts", "a book of 140 accounts"; not the ledger's
    # accounts payable or receivable, nor social-media or user accounts.
    "Account management": (
        ("account",),
        re.compile(
            r"\b(?:(?:own(?:s|ed|ing)?|manag(?:e|es|ed|ing)|handl(?:e|es|ed|ing)|grow(?:s|ing)?|grew|"
            r"servic(?:e|es|ed|ing)|retain(?:s|ed|ing)?|expand(?:s|ed|ing)?)\s+" + WORDS + r"|book\s+of\s+"
            r"(?:[\w,.$-]+\s+){0,2}?)(?<!social\s)(?<!media\s)(?<!user\s)(?<!e-mail\s)(?<!email\s)"
            r"accounts\b(?!\s+(?:payable|receivable))",
            re.I,
        ),
        ("account management",),
    ),
    # "sell maintenance and repairs", "sold 40 cars a month", "upsold extended warranties": selling is sales.
    "Sales": (
        ("sell", "sold"),
        re.compile(r"\b(?:(?:up|cross-?)?sell(?:s|ing)?|(?:up|cross-?)?sold)\b(?!-out|\s+out\b)", re.I),
        ("sale",),
    ),
    **SOFT_ACTS,
    # Working in sprints: "sprint planning and retrospectives", "two-week sprints" (Agile).
    "Agile": (
        ("sprint",),
        re.compile(
            r"\bsprint\s+(?:planning|ceremonies|reviews?|retrospectives?|retros?|demos?|goals?)\b|"
            r"\b(?:\w+)-week\s+sprints\b",
            re.I,
        ),
        ("agile",),
    ),
    # A front-line service job: "Cashier and barista", "fast-paced counter service", "front desk agent".
    "Customer service": (
        (
            "cashier",
            "barista",
            "counter",
            "front desk",
            "server",
            "waiter",
            "waitress",
            "receptionist",
            "teller",
            "concierge",
            "host",
        ),
        re.compile(
            r"\b(?:cashier|barista|waiter|waitress|receptionist|bank\s+teller|concierge|hostess|"
            r"(?:counter|front[- ]desk|table)\s+service|front[- ]desk\s+(?:agent|associate|clerk))\b",
            re.I,
        ),
        ("customer service",),
    ),
    # Serving people at a counter or a desk: "Greet and style 40+ customers a shift", "served 200+ guests".
    "Serving customers": (
        ("customer", "guest", "shopper", "patron", "caller", "visitor"),
        re.compile(
            r"\b(?:greet(?:s|ed|ing)?|serv(?:e|es|ed|ing)|help(?:s|ed|ing)?|assist(?:s|ed|ing)?|"
            r"styl(?:e|es|ed|ing)|check(?:s|ed|ing)?\s+in)\s+(?:and\s+\w+\s+)?(?:[\w+,-]+\s+){0,3}?"
            r"(?:customers|guests|shoppers|patrons|callers|visitors)\b",
            re.I,
        ),
        ("customer service",),
    ),
    # The role itself: "Store Manager", "Assistant Store Manager", "retail operations leader".
    "Retail management": (
        ("store", "shop", "retail"),
        re.compile(
            r"\b(?:(?:assistant\s+)?(?:store|shop)\s+manager|retail\s+(?:operations\s+)?(?:leader|manager))\b",
            re.I,
        ),
        ("retail management",),
    ),
    # The role itself owns a profit and loss: "Chief Executive Officer", "General Manager", "Managing
    # Director", "Store Manager" (not an assistant's, a vice president's or a sales "President's Club").
    "P&L management": (
        (
            "chief executive",
            "ceo",
            "general manager",
            "managing director",
            "president",
            "store manager",
            "district manager",
            "area manager",
            "restaurant manager",
            "hotel manager",
            "branch manager",
        ),
        re.compile(
            r"(?<!assistant\s)(?<!vice\s)\b(?:chief\s+executive(?:\s+officer)?|CEO|general\s+manager|"
            r"managing\s+director|president(?!['’]s)|(?:store|district|area|restaurant|hotel|branch)\s+manager)\b",
            re.I,
        ),
        ("p l management",),
    ),
    # "Complete PM services and CVIP inspections", "PM checks on 40 units": preventive maintenance (PM, in
    # capitals, before a word of maintenance work; not a project manager nor an afternoon).
    "Preventive maintenance": (
        ("pm ", "pms "),
        re.compile(
            r"\bPMs?\s+(?:services?|inspections?|checks?|schedules?|programs?|programmes?|tasks?|work|visits|"
            r"compliance|routes?|rounds|and\s+corrective)\b"
        ),
        ("preventive maintenance",),
    ),
    # "Run AP and AR: enter bills, invoice customers", "A/P for 200 vendors": accounts payable and receivable,
    # in capitals, on a line about bills, invoices, vendors or customers (not a Wi-Fi access point, an AP
    # course or the Associated Press).
    "Accounts payable": (
        ("ap ", "ap:", "a/p", "ap,"),
        re.compile(
            r"\b(?:AP|A/P)\b(?=[^\n]*\b(?:bills?|invoices?|vendors?|suppliers?|payments?|payables?)\b)"
        ),
        ("account payable",),
    ),
    "Accounts receivable": (
        ("ar ", "ar:", "a/r", "ar,"),
        re.compile(
            r"\b(?:AR|A/R)\b(?=[^\n]*\b(?:invoic\w*|collections?|receivables?|past-due|DSO|aging|ageing)\b)"
        ),
        ("account receivable",),
    ),
    # "Compile the monthly LTIFR statistics and safety report for the mine manager", "prepared weekly
    # inspection reports": report writing.
    "Report writing": (
        ("report",),
        re.compile(
            r"\b(?:compil(?:e|es|ed|ing)|prepar(?:e|es|ed|ing)|writ(?:e|es|ing|ten)|wrote|draft(?:s|ed|ing)?|"
            r"author(?:s|ed|ing)?|produc(?:e|es|ed|ing))\s+(?:[\w$%,.&/'-]+\s+){0,8}?reports?\b",
            re.I,
        ),
        ("report writing",),
    ),
    # "reviewed pull requests daily", "review merge requests for three squads": code review.
    "Code review": (
        ("pull request", "merge request", "prs"),
        re.compile(r"\breview(?:s|ed|ing)?\s+" + WORDS + r"(?:pull\s+requests|merge\s+requests|PRs)\b", re.I),
        ("code review",),
    ),
}


def open_acts(*, text: str) -> tuple[Act, ...]:
    """Return the acts one of whose cues the whole resume ``text`` holds, in their order, each with only the
    cues the text holds.

    A sentence is a piece of the text and its lower case a piece of the text's where a cue can match (see
    ``cue_gates.narrow_gates``), so a cue the text lacks is in none of its sentences: most resumes hold the
    cues of a few acts.
    """
    lower = text.lower()
    acts = (
        (tuple(cue for cue in cues if cue in lower), pattern, surfaces)
        for cues, pattern, surfaces in _ACTS.values()
    )
    return tuple(act for act in acts if act[0])


def resume_acts_in(
    *, text: str, vocabulary: Vocabulary, acts: tuple[Act, ...] | None = None
) -> list[tuple[int, int]]:
    """Return (concept id, character offset) of each skill a resume sentence shows by the work it
    describes, once per concept; only of ``acts`` (``open_acts`` of the resume), if given."""
    lower = text.lower()
    found: dict[int, int] = {}
    for cues, pattern, surfaces in _ACTS.values() if acts is None else acts:
        if not holds_any(words=cues, lower=lower):
            continue
        match = pattern.search(text)
        if match is None:
            continue
        for surface in surfaces:
            concept = vocabulary.surfaces.get(surface)
            if concept is not None:
                found.setdefault(concept[0], match.start())
    return list(found.items())
