"""Words of a posting that say when the job is worked or who may be hired, never a skill asked: clock times
and time zones ("8am-5pm CT"), shifts ("2nd Shift"), the checks a hire passes ("drug screen") and the tools
the hire owns ("Own hand tools")."""

import re

from ai.local_engine.candidates import Candidate
from ai.local_engine.cue_gates import Gate, case_blind, may_match

_TIME_ZONES = frozenset("CT ET PT MT EST EDT CST CDT PST PDT MST MDT GMT BST CET CEST UTC AEST AEDT".split())
# Time zones named in words: "Central time", "Pacific Time Zone", "Eastern Standard Time".
_ZONE_WORDS = frozenset("Central Eastern Pacific Mountain Atlantic Alaska Hawaii".split())
_ZONE_AFTER_RE = re.compile(r"\s+(?:(?:Standard|Daylight)\s+)?[Tt]ime\b")
_TIME_BEFORE_RE = re.compile(r"\d(?:\s*[ap]\.?m\.?)?[ \t]*$", re.IGNORECASE)
_SCHEDULE_RE = re.compile(
    r"\b\d{1,2}(?::\d\d)?\s*[ap]\.?m\b|\b(?:1st|2nd|3rd|first|second|third|night|graveyard|grave|swing)\s+shifts?\b|"
    # "7p-7:30a", "30a rotating weekends" (a clock time written with a bare a/p, split at its colon)
    r"^\d{1,2}[ap]\b|\brotating\s+(?:weekends|nights|days|holidays)\b|"
    # "rotating day/evening shifts", "every third weekend", "alternate weekends"
    r"\b(?:rotating|day|evening|weekend|weekday|early|late|split|day/evening|day/night)\s+shifts?\b|"
    r"\b(?:every\s+(?:other|second|third|fourth)|alternate|alternating)\s+weekends?\b|"
    # checks a hire passes: "pass a background check and drug screen", "an enhanced DBS check"
    r"\b(?:drug|alcohol)\s+(?:screens?|screening|tests?|testing)\b|"
    r"\b(?:background|dbs|criminal record)\s+(?:checks?|investigations?|screening)\b|"
    # "an enhanced DBS check, online searches and satisfactory references": a school's safer recruitment
    r"\bonline\s+searches\b|\bsatisfactory\s+references\b|"
    # "a clean MVR", "clean DMV record", "clean driving record": checked on hire, like a background check
    r"\bclean\s+(?:mvr|(?:dmv|driving|motor vehicle)\s+record)\b",
    re.IGNORECASE,
)

# A digit or one of these every match of _SCHEDULE_RE holds: most candidates have none.
_SCHEDULE_GATE = Gate(
    any_of=(
        *("shift", "rotating", "weekend", "drug", "alcohol", "background", "dbs", "criminal record"),
        *("online", "satisfactory", "clean"),
    ),
    digit=True,
)


# What a hire is to pass, after "pass" ("Pass the exam, background investigation and psychological
# evaluation"): a psychologist may "conduct psychological evaluations", a nurse "physical exams".
_PASSED_RE = re.compile(
    r"\b(?:psychological|psych|medical|physical)\s+(?:evaluations?|exams?|examinations?|screenings?)\b|"
    r"\bpolygraph(?:\s+(?:exams?|tests?))?\b|"
    # "Pass DOT physical, drug and alcohol testing": a commercial driver's medical check
    r"\bdot\s+(?:physical|medical)(?:\s+(?:exams?|examinations?))?\b",
    re.IGNORECASE,
)
# The noun of a check a hire passes, read alone after what is checked ("drug and alcohol [testing]").
_CHECK_NOUNS = frozenset({"testing", "tests", "test", "screening", "screens", "screen", "checks", "check"})
_CHECKED_BEFORE_RE = re.compile(r"\b(?:drug|alcohol|background|criminal|dbs)\b[^.;:\n]{0,20}$", re.IGNORECASE)
_PASS_BEFORE_RE = re.compile(r"\bpass(?:es|ing)?\b[^.;\n]*$", re.IGNORECASE)


# What the body must do ("Comfortable climbing ladders and crawling in attics", "Ability to stand for long
# periods", "lift up to 50 lbs"): a condition of the job, judged by the hire, never a skill to list.
_BODY_ACT_RE = re.compile(
    r"^(?:(?:comfortable|able|willing)\s+)?(?:climb|climbing|lift|lifting|stand|standing|crawl|crawling|kneel|kneeling|bend|bending|stoop|"
    r"stooping|carry|carrying|push|pushing|walk|walking|sit|sitting)\b",
    re.IGNORECASE,
)
_BODY_CUE_RE = re.compile(
    r"\b(?:able|ability|comfortable|physically|capable|lbs|pounds|kg|long periods|ladders|stairs|attics)\b",
    re.IGNORECASE,
)


# "PRN / Per Diem", "per diem shifts": worked as needed, a kind of contract (not "PRN medications"); "remote
# working", "home office", "hybrid working": where the job is worked.
_AS_NEEDED_RE = re.compile(
    r"(?:prn|per\s+diem)(?:\s+(?:basis|shifts?|positions?|roles?))?|"
    r"(?:fully\s+)?(?:remote|hybrid|flexible|home)\s+(?:work(?:ing)?|office)(?:\s+(?:options?|mode|possibility))?|"
    # "Full Time (1.0 FTE)": how much of a full post
    r"(?:\d+(?:\.\d+)?\s*)?FTE",
    re.IGNORECASE,
)


# Tools the hire brings ("Own hand tools", "Own full set of hand tools and truck"): what the hire has, not a
# skill ("Safe use of hand and power tools" is one). What the employer supplies is ``never_asked``'s.
_TOOLS_RE = re.compile(r"(?:(?:basic|hand|power)\s+)?(?:tools?|tool\s*(?:set|kit)s?)", re.IGNORECASE)
_HAS_TOOLS_BEFORE_RE = re.compile(
    r"\b(?:own|bring)(?:\s+(?:your|their|a|the|basic|full|complete|standard|set|of|own)\b)*\s*$",
    re.IGNORECASE,
)


# A line of the home-working setup a remote hire brings ("Own laptop/desktop with at least Intel i5 / 8GB
# RAM", "Stable internet connection (minimum 25 Mbps) with backup (pocket WiFi or mobile data)"): owned.
_SETUP_LINE_RE = re.compile(
    r"^\W*(?:must\s+have\s+)?(?:an?\s+)?(?:(?:own|personal|stable|reliable|fast|high[- ]speed|quiet|"
    r"dedicated|backup|working)\s+(?:and\s+)?)*(?:laptop|desktop|computer|pc|internet|wi-?fi|headset|webcam|"
    r"workspace|work\s+space|power\s+backup)\b"
    # (not a skill: "Computer literacy (MS Word, Excel)", "PC skills")
    r"(?!\s+(?:literacy|literate|skills?|proficiency|science|engineering|systems|programming|applications))",
    re.IGNORECASE,
)


_AM_PM_SHIFTS_RE = re.compile(r"(?:AM/)?PM\s+shifts?\b|AM/PM\b", re.IGNORECASE)


def names_when_worked(*, candidate: Candidate, text: str) -> bool:
    """Return whether ``candidate`` (in the posting ``text``) names a time, a shift or a check of a hire
    ("2:30 PM": no project management)."""
    clock = candidate.text in _TIME_ZONES or candidate.text.upper().replace(".", "") in ("AM", "PM")
    if _SETUP_LINE_RE.match(candidate.sentence.text):
        return True  # "Own laptop/desktop with at least Intel i5 / 8GB RAM": what a remote hire owns
    if _BODY_ACT_RE.match(candidate.text) and _BODY_CUE_RE.search(candidate.sentence.text):
        return True
    passed = _PASSED_RE.search(candidate.text)
    if passed and _PASS_BEFORE_RE.search(
        text, max(0, candidate.start - 100), candidate.start + passed.start()
    ):
        return True
    if _TOOLS_RE.fullmatch(candidate.text) and _HAS_TOOLS_BEFORE_RE.search(
        text, max(0, candidate.start - 40), candidate.start
    ):
        return True  # "Own hand tools": what the hire has
    # "Remote (Central time)", "Eastern Standard Time hours": a time zone, not Central Desktop
    if candidate.text in _ZONE_WORDS and _ZONE_AFTER_RE.match(text, candidate.end):
        return True
    if candidate.text.lower() in _CHECK_NOUNS and _CHECKED_BEFORE_RE.search(
        text, max(0, candidate.start - 30), candidate.start
    ):
        return True  # "testing" of "drug and alcohol testing"
    if clock and _AM_PM_SHIFTS_RE.match(text, max(0, candidate.start - 3)):
        return True  # "Rotating AM/PM shifts": when, not project management
    return (
        bool(clock and _TIME_BEFORE_RE.search(text, 0, candidate.start))
        or (
            may_match(gate=_SCHEDULE_GATE, text=candidate.text, lower=case_blind(candidate.text))
            and _SCHEDULE_RE.search(candidate.text) is not None
        )
        or _AS_NEEDED_RE.fullmatch(candidate.text) is not None
    )
