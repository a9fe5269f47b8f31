"""Where a posting's words stand so that they ask nothing, however much a skill they name: either is fine
("With or without BPO experience"), the job's own trade offered ("grow your career in the BPO industry"), a
place ("Based at Head Office, Epping"), the person the job reports to ("Reporting to the Financial
Controller"), a thing said not to be needed ("Dutch is nice, but not needed"), a time to work in ("approved
maintenance windows"), a review the work is handed over for ("presenting these for architectural
review"), a list announced ("ONE of the following current certifications"), "data-led" (no
leadership)."""

import re

from ai.local_engine.candidates import Candidate
from ai.local_engine.cue_gates import case_blind, holds_any
from ai.local_engine.employer_sentences import about_us

_WITH_OR_WITHOUT_RE = re.compile(r"\bwith\s+or\s+without\s+(?:(?:any|prior|previous)\s+)?$", re.IGNORECASE)
_CAREER_IN_RE = re.compile(
    r"\b(?:start|grow|build|launch|begin|kick-?start)\s+(?:or\s+\w+\s+)?your\s+career\s+in\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "Based at Head Office, " before a word: the word is the place's second part
_BASED_AT_RE = re.compile(r"\b(?:[Bb]ased|[Ll]ocated)\s+(?:in|at)\s+[A-Z][\w' -]{1,40},[ \t]*$")
# "Reporting to the Group Financial Controller": the person above the job, named by their title
_REPORTS_TO_RE = re.compile(
    r"\b(?:report(?:s|ing)?\s+(?:directly\s+)?(?:in\s+)?to|(?:assigned|delegated|directed)\s+by)\s+"
    r"(?:the|our|a|an|your)\s+(?:[\w&-]+\s+){0,3}$",
    re.IGNORECASE,
)
# "Dutch is nice for the coffee machine, but not needed", "A degree is not required": the subject is no ask
_NOT_NEEDED_AFTER_RE = re.compile(
    r"\s+(?:is|are)\s+(?:[^,.;\n]{0,50},\s*but\s+)?(?:not|n['’]t)\s+(?:needed|required|necessary|essential|"
    r"mandatory|a\s+must|a\s+requirement)\b",
    re.IGNORECASE,
)
# "reporting for plant management", "present to senior management": the managers the work is for
_FOR_WHOM_BEFORE_RE = re.compile(r"\b(?:for|to)\s+(?:the\s+|our\s+)?$", re.IGNORECASE)
_CLAUSE_ENDS_RE = re.compile(r"[ \t]*(?:[.;,)]|$)", re.MULTILINE)
# "presenting these for architectural review" (across a wrapped line), "submit timesheets for approval",
# "prepare BAS for review by our accountants": a review the work is handed over for, done by others, no skill
_HANDED_FOR_RE = re.compile(
    r"\b(?:present|submit|send|sent|prepar|forward|rout|escalat|bring|brought|put(?:ting)?\s+forward)\w*\b"
    r"[^.;:]{0,60}?\bfor\s+(?:the\s+|an?\s+|their\s+|its\s+|our\s+|your\s+)?$",
    re.IGNORECASE,
)
_HANDED_FOR_KEY_RE = re.compile(r"(?:^|\s)(?:review|approval|sign[- ]?off)s?$")
# "during approved maintenance windows": a time the work is done in, not Microsoft Windows
_TIME_WINDOW_BEFORE_RE = re.compile(
    r"\b(?:maintenance|change|outage|downtime|delivery|time|service|booking)\s+$", re.IGNORECASE
)
# "with rotation into CT after the first year", "progression into management": where the job leads, offered
_LEADS_INTO_RE = re.compile(
    r"\b(?:rotat(?:e|es|ion|ions|ing)|progress(?:ion|ing)?|mov(?:e|es|ing)|step(?:s|ping)?)\s+(?:up\s+)?into\s+"
    r"(?:the\s+|a\s+|an\s+)?$",
    re.IGNORECASE,
)

# Words of which every match of a pattern above holds one (lower-cased as ``cue_gates.case_blind`` does).
WINDOW_GATES: dict[str, tuple[str, ...]] = {
    "with_or_without": ("without",),
    "career_in": ("career",),
    "based_at": ("based", "located"),
    "reports_to": ("report", "assigned", "delegated", "directed"),
    "leads_into": ("into",),
}

# "We help Aussies and Kiwis plan and book multi-stop trips": the employer saying what it does for customers
_WE_DO_RE = re.compile(
    r"^[\W\d]*(?:we|our\s+(?:app|platform|product|products|software|service|services|tools?))\s+"
    r"(?:help|helps|build|builds|make|makes|design|create|connect|connects|power|powers|serve|serves|let|"
    r"lets|offer|offers|provide|provides|run|runs|sell|sells)\b",
    re.IGNORECASE,
)


def unasked_context(*, candidate: Candidate, text: str) -> bool:
    """Return whether where the candidate stands says it is not asked for."""
    start = candidate.start
    if (
        candidate.concept_id is None
        and _WE_DO_RE.match(candidate.sentence.text)
        and about_us(sentence=candidate.sentence.text)
    ):
        return True  # "We help Aussies and Kiwis plan and book multi-stop trips": what the employer does
    before = max(0, start - 60)
    # Each pattern below is searched only where the words before the candidate hold one of its gate's words
    # (``WINDOW_GATES``; most hold none): the same answers, without trying each pattern at sixty places.
    lower = case_blind(text[before:start])
    if (
        holds_any(words=WINDOW_GATES["with_or_without"], lower=lower)
        and _WITH_OR_WITHOUT_RE.search(text, before, start)
    ) or (
        holds_any(words=WINDOW_GATES["career_in"], lower=lower) and _CAREER_IN_RE.search(text, before, start)
    ):
        return True  # "With or without BPO experience", "grow your career in the BPO industry"
    if holds_any(words=WINDOW_GATES["leads_into"], lower=lower) and _LEADS_INTO_RE.search(
        text, before, start
    ):
        return True  # "with rotation into CT after the first year": the job offers it, asks it not
    if (
        candidate.concept_id is None
        and holds_any(words=WINDOW_GATES["based_at"], lower=lower)
        and _BASED_AT_RE.search(text, before, start)
    ):
        return True  # "Based at Head Office, Epping": a place beside a tool's name is still a place
    if (
        candidate.category != "soft"
        and holds_any(words=WINDOW_GATES["reports_to"], lower=lower)
        and _REPORTS_TO_RE.search(text, before, start)
    ):
        return True  # "Reporting to the Financial Controller": a person, not the Controller tool
    if _NOT_NEEDED_AFTER_RE.match(text, candidate.end):
        return True  # "Dutch is nice for the coffee machine, but not needed for the job"
    if candidate.text.lower() == "led" and text[start - 1 : start] == "-":
        return True  # "data-led stories", "a clinician-led service": how a thing is made, no leadership
    if (
        candidate.key.endswith(" management")
        and _FOR_WHOM_BEFORE_RE.search(text, max(0, start - 15), start)
        and _CLAUSE_ENDS_RE.match(text, candidate.end)
    ):
        return True  # "budget vs actual reporting for plant management": whom the work is for, people
    if _HANDED_FOR_KEY_RE.search(candidate.key) and _HANDED_FOR_RE.search(text, max(0, start - 90), start):
        return True  # "presenting these for architectural review": others review, the job hands over
    window = candidate.key in ("window", "windows")
    if window and _TIME_WINDOW_BEFORE_RE.search(text, max(0, start - 15), start):
        return True  # "firmware upgrades during approved maintenance windows"
    return candidate.key.startswith("following ") and text[max(0, start - 4) : start].lower() == "the "
