"""Words that name no skill where they stand, though a vocabulary knows them: a stock exchange before a
ticker, a count word, an idiom, a US state, a signing title's "Record", a day of the week, a sales lead's
"SQL", a heading's "Advantage", a body that inspects, a verb before its object ("route them"), an Act's
number, a shift's length, years counted "post-qualification", a currency's code beside an amount, a conviction
the hire must not have (read from ``never_asked``)."""

import re

from ai.local_engine.aliases import US_STATES
from ai.local_engine.candidates import Candidate
from ai.local_engine.cue_gates import case_blind, holds_any
from ai.local_engine.text import COUNT_WORDS

_MQL_NEAR_RE = re.compile(r"\bMQLs?\b")
_NUMBER_WORDS = COUNT_WORDS | {"one"}
# Days of the week in a schedule ("Thu–Sun nights", "Mon/Wed/Fri"): "Sun" is no product there.
_WEEKDAYS = frozenset("Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun".split())
_WEEKDAY_NEAR_RE = re.compile(
    r"\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\b\.?\s*(?:[-–—/&,]|to|through)\s*"
    r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\b"
)
_EXCHANGES = frozenset({"NYSE", "NASDAQ", "LSE", "TSX", "ASX", "NSE", "BSE"})
_STATES = (
    US_STATES
    | frozenset(
        f"{side} {name}"
        for side, names in (("north", ("carolina", "dakota")), ("south", ("carolina", "dakota")))
        for name in names
    )
    | frozenset({"new york", "new jersey", "new mexico", "new hampshire", "rhode island", "west virginia"})
)
# Canada's provinces and Australia's states by their codes, read only after a town and a comma.
_PROVINCES = frozenset("AB BC MB NB NL NS NT NU ON PE QC SK YT NSW VIC QLD WA SA TAS ACT".split())
_AFTER_TOWN_RE = re.compile(r"[A-Z][a-z]+\)?,[ \t]*$")
_AIRPORT_CODE_RE = re.compile(r"[A-Z]{3}")
_AIRPORT_BEFORE_RE = re.compile(
    rf"(?:\bAirport|\b(?:{'|'.join(sorted(_PROVINCES))})|[A-Z][a-z]+,[ \t]*[A-Z]{{2}})[ \t]*\($"
)
_CLASS_LETTER_RE = re.compile(r" [A-Z0-9]\b")
# Words that say how much a thing is wanted, read as a product where a heading has them ("Added Advantage").
_CUE_WORDS = frozenset("advantage advantages asset assets plus bonus".split())
_HEADING_WORDS = 4
# "12-hour shifts": the shift's length before "hour", not a skill.
_HOURS_BEFORE_RE = re.compile(r"\d\s*-\s*$")
# "2 years post-qualification experience": when the years are counted from, not a skill.
_SINCE_RE = re.compile(r"post-?(?:qualification|qualifying|registration|graduation|graduate)", re.I)
# "inspections by Swissmedic, FDA and EMA": the bodies that inspect the site, not skills asked.
_INSPECTED_BY_RE = re.compile(
    r"\b(?:inspections?|audits?|inspected|audited|regulated|approved)\s+(?:by|from)\s+(?:the\s+)?"
    r"(?:[\w&/-]+(?:\s*,\s*|\s+and\s+|\s+or\s+|\s+))*$",
    re.IGNORECASE,
)
_INSPECTED_BY_VERBS = ("inspect", "audit", "regulated", "approved")  # every match holds one
_PRONOUN_AFTER_RE = re.compile(r"\s+(?:them|it)\b")
_OF_RECORD_RE = re.compile(
    r"\b(?:engineer|architect|attorney|counsel|agent|surveyor|physician)s?\s+of\s+$", re.I
)


# Prefixes of a hyphened word ("bi-weekly", "semi-monthly", "co-op", "re-train"): no name of their own ("bi"
# is not BI there).
_PREFIXES = frozenset("bi tri semi co re pre non multi sub inter self anti post mid".split())


# A currency's code beside an amount ("a budget of CAD $400K", "$105,000 CAD"): money, not computer-aided
# design.
_CURRENCY_CODES = frozenset("CAD AUD NZD SGD HKD USD EUR GBP INR ZAR AED".split())
_AMOUNT_AFTER_RE = re.compile(r"[ \t]*[$€£]?[ \t]*\d")
_AMOUNT_BEFORE_RE = re.compile(r"\d[\d,.]*[ \t]*[KkMm]?[ \t]*$")

# "no DR, IN or DD convictions in the last 5 years", "no more than 6 points": what a driver must not have.
_NOT_HELD_RE = re.compile(
    r"\bno\s+(?:more\s+than\s+\d+\s+)?(?:[\w/-]+(?:\s*,\s*|\s+(?:or|and)\s+|\s+)){0,6}?"
    r"(?:convictions?|endorsements?|points|offen[cs]es|violations?|accidents?|bans?|disqualifications?)\b",
    re.IGNORECASE,
)
# One of which every match of _NOT_HELD_RE holds (most sentences have none).
_NOT_HELD_NOUNS = tuple("conviction endorsement points offen violation accident ban disqualification".split())

# A street's name and its kind's abbreviation ("Westbelt Dr", "Harbour Rd"), not "Dr Smith" (a doctor).
_STREET_RE = re.compile(r"\b[A-Z][a-z]+\s+(?:Dr|St|Rd|Ave|Blvd|Hwy|Pkwy|Ln)\.?(?=\s+[a-z]|$)")


def other_meaning(*, candidate: Candidate, text: str) -> bool:
    """Return whether the candidate means something other than a skill where the posting ``text`` has it."""
    if candidate.text in {"SQL", "SQLs"} and _MQL_NEAR_RE.search(
        text, max(0, candidate.start - 15), candidate.end + 15
    ):
        return True  # "report on MQLs, SQLs and pipeline": sales-qualified leads, not the query language
    if candidate.text.upper() in _EXCHANGES and text[candidate.end : candidate.end + 2].strip()[:1] == ":":
        return True  # "(NYSE: RIG)": where the employer's shares trade
    if candidate.text.lower() in _NUMBER_WORDS or (
        candidate.key == "chip" and text[max(0, candidate.start - 5) : candidate.start].lower() == "blue "
    ):
        return True  # "one or more of the following", "blue chip customers": a count, an idiom
    if candidate.text in _PREFIXES and text[candidate.end : candidate.end + 1] == "-":
        return True  # "bi-weekly payroll": a prefix, not business intelligence
    if text[max(0, candidate.start - 3) : candidate.start] == "no " and (
        candidate.start < 4 or not text[candidate.start - 4].isalnum()
    ):
        return True  # "warm leads, so there is no cold calling": what the job does not have
    if candidate.text in _CURRENCY_CODES and (
        _AMOUNT_AFTER_RE.match(text, candidate.end)
        or _AMOUNT_BEFORE_RE.search(text, max(0, candidate.start - 15), candidate.start)
    ):
        return True  # "roughly CAD $400K", "$105,000 CAD": the money's currency
    if holds_any(words=_NOT_HELD_NOUNS, lower=case_blind(candidate.sentence.text)) and any(
        m.start() <= candidate.start - candidate.sentence.start < m.end()
        for m in _NOT_HELD_RE.finditer(candidate.sentence.text)
    ):
        return True  # "no DR, IN or DD convictions": a record the hire must not have, not a skill
    if _STREET_RE.search(candidate.text):
        return True  # "Report to the Westbelt Dr warehouse": an address, where the job is
    if candidate.key in _STATES:
        return True  # "lien law in North or South Carolina": where, not what
    if candidate.text in _PROVINCES and _AFTER_TOWN_RE.search(
        text, max(0, candidate.start - 30), candidate.start
    ):
        return True  # "Montreal (Dorval), QC", "Calgary, AB": a province after its town, not quality control
    if _AIRPORT_CODE_RE.fullmatch(candidate.text) and _AIRPORT_BEFORE_RE.search(
        text, max(0, candidate.start - 30), candidate.start
    ):
        return True  # "Winnipeg International Airport (YWG)", "Calgary, AB (YYC)": an airport's code
    if candidate.text == "Record" and _OF_RECORD_RE.search(
        text, max(0, candidate.start - 30), candidate.start
    ):
        return True  # "as the Engineer of Record": the one who signs, a title, not the Record tool
    if candidate.text in _WEEKDAYS and _WEEKDAY_NEAR_RE.search(
        text, max(0, candidate.start - 5), candidate.end + 5
    ):
        return True  # "Thu–Sun nights": days of the week, not Sun Microsystems
    if candidate.text.endswith("Class") and _CLASS_LETTER_RE.match(text, candidate.end):
        return (
            True  # "verifiable Class" of "18 months of verifiable Class A experience": a licence's class, cut
        )
    if candidate.text.lower() in _CUE_WORDS and len(candidate.sentence.text.split()) <= _HEADING_WORDS:
        return True  # "Added Advantage", "Assets": a heading of things wanted less, not a product
    before = max(0, candidate.start - 60)
    if (
        candidate.text[:1].isupper()
        and holds_any(words=_INSPECTED_BY_VERBS, lower=case_blind(text[before : candidate.start]))
        and _INSPECTED_BY_RE.search(text, before, candidate.start)
    ):
        return True  # "inspections by Swissmedic, FDA and EMA": who inspects
    if (
        candidate.category != "soft"  # ("communicate them to the account manager" asks communication)
        and " " not in candidate.text
        and candidate.text.islower()
        and _PRONOUN_AFTER_RE.match(text, candidate.end)
    ):
        return True  # "Handle prescription refill requests and route them to the medical team": a verb
    if candidate.text in {"Act", "Acts"} and text[candidate.end : candidate.end + 1] != "!":
        return True  # "Mine Health and Safety Act (Act 29 of 1996)": a law, not the ACT! CRM
    if candidate.text.lower().startswith("hour") and _HOURS_BEFORE_RE.search(
        text, max(0, candidate.start - 6), candidate.start
    ):
        return True  # "rotating 12-hour shifts": when the job is worked
    return (
        _SINCE_RE.fullmatch(candidate.text) is not None
        and "year" in text[max(0, candidate.start - 25) : candidate.start].lower()
    )  # "At least 2 years post-qualification experience"
