"""People a posting names beside the job, never a skill asked of it: a colleague's title ("meet our PM", "with
Sales Representatives") or a team or department ("alongside the accounting team")."""

import re

from ai.local_engine.candidates import Candidate
from ai.local_engine.cue_gates import Gate, case_blind, may_match
from ai.local_engine.role_words import C_SUITE
from ai.local_engine.text import normalize_phrase, normalize_token
from ai.local_engine.vocab import get_vocabulary

# Titles written as letters that name a colleague or an audience ("meet our PM", "with the CTO", "for CFOs").
_TITLE_ACRONYMS = C_SUITE | {"pm"}
_PERSON_BEFORE_RE = re.compile(r"\b(?:our|your|the|their|with|for|to)\s+$", re.IGNORECASE)
_COLLEAGUES_BEFORE_RE = re.compile(r"\b(?:our|your|the|their|with|and|alongside|from)\s+$", re.IGNORECASE)
_TITLE_NOUN_AFTER_RE = re.compile(r"[ \t]+([A-Z][a-z]+)\b")
# ... a title in lower case and the plural after "with our" / "alongside the" ("with our CAD technologists").
_LOWER_TITLE_AFTER_RE = re.compile(r"[ \t]+([a-z]+s)\b")
_WITH_OUR_BEFORE_RE = re.compile(
    r"\b(?:with|alongside)\s+(?:closely\s+)?(?:our|the|your|their)\s+(?:[\w-]+\s+)?$", re.IGNORECASE
)
# "alongside the accounting team", "our engineering department": the group, not its trade asked of the hire
# ("experience in a finance team" asks for the trade: not after "the" or "our").
_GROUP_BEFORE_RE = re.compile(r"\b(?:the|our|their|your)\s+$", re.IGNORECASE)
_STAFF_AFTER_RE = re.compile(r"[ \t]+(?:staff|personnel|employees)\b", re.IGNORECASE)
_GROUP_AFTER_RE = re.compile(r"[ \t]+(?:teams?|department|dept|function)\b", re.IGNORECASE)


_ESCALATED_TO_RE = re.compile(
    r"\b(?:escalat\w*|refer\w*|hand\w*\s+(?:off|over))\s+(?:\w+\s+)?to\s+(?:an?|the|your|our)?\s*"
    r"(?:[\w-]+\s+(?:or|and)\s+(?:an?\s+|the\s+)?)?$",
    re.IGNORECASE,
)

# One of which every match of _ESCALATED_TO_RE holds, with "to".
_ESCALATED_GATE = Gate(any_of=("escalat", "refer", "hand"), also_any_of=("to",))


def _escalated_to(*, candidate: Candidate, text: str) -> bool:
    window = max(0, candidate.start - 60)
    part = text[window : candidate.start]
    return (
        may_match(gate=_ESCALATED_GATE, text=part, lower=case_blind(part))
        and _ESCALATED_TO_RE.search(text, window, candidate.start) is not None
    )


# "Experience selling to CFOs and controllers", "sell into procurement leads": the buyers, not a skill
_SOLD_TO_RE = re.compile(
    r"\b(?:sell(?:s|ing)?|sold|pitch(?:es|ing)?)\s+(?:\w+\s+)?(?:to|into)\s+(?:[\w-]+(?:,\s*|\s+and\s+|\s+or\s+|\s+))"
    r"{0,4}$",
    re.IGNORECASE,
)


_BUYER_TITLES = frozenset(
    {"controller", "buyer", "leader", "executive", "owner", "founder", "decision maker"}
)


def _buyer_people(*, candidate: Candidate) -> bool:
    """Return whether a plural names people who buy ("CFOs", "controllers", "procurement leaders"), not the
    kind of company sold to ("supply-chain companies": a market the job asks to know)."""
    last = candidate.text.rsplit(" ", 1)[-1]
    norm = normalize_token(raw=last)
    return last.endswith("s") and (
        norm in _BUYER_TITLES
        or norm in C_SUITE
        or norm.rstrip("s") in C_SUITE
        or norm in get_vocabulary().role_nouns
    )


def names_people(*, candidate: Candidate, text: str) -> bool:
    """Return whether the candidate names people the job works with rather than a skill it asks for."""
    return (
        _names_a_person(candidate=candidate, text=text)
        or _names_colleagues(candidate=candidate, text=text)
        or _names_a_group(candidate=candidate, text=text)
        or _in_a_list_of_colleagues(candidate=candidate, text=text)
        # "Applications from qualified women are welcome": the people invited to apply, no credential
        or candidate.text.rsplit(" ", 1)[-1].lower() in _APPLICANT_GROUPS
        # "escalating to a supervisor or licensed agent": whom the work is passed to
        or _escalated_to(candidate=candidate, text=text)
        or (
            _buyer_people(candidate=candidate)
            and _SOLD_TO_RE.search(text, max(0, candidate.start - 60), candidate.start) is not None
        )
    )


# The small words that end a list of people named after "with" or "alongside": what follows them is what the
# work is done on, for or by ("with Airflow for data analysts", "with engineers to ship Python services").
_CLAUSE_WORDS = (
    r"(?:to|for|on|in|by|using|via|of|at|from|into|as|is|are|was|that|who|which|and|or|&|the|a|an)"
)
_PEOPLE_LIST_BEFORE_RE = re.compile(
    rf"\b(?:with|alongside)\s+(?:(?!{_CLAUSE_WORDS}\b)[\w&/-]+\s+|(?:and|or|the|our|other)\s+|,\s*)*$",
    re.IGNORECASE,
)
# ... the people named by the noun the candidate opens, at most two words on ("DevOps software engineers").
_NEXT_WORDS_RE = re.compile(rf"(?:[ \t]+(?!{_CLAUSE_WORDS}\b)[\w-]+){{1,3}}", re.IGNORECASE)
_APPLICANT_GROUPS = frozenset("women men minorities applicants candidates persons individuals".split())
_PARTICULAR_RE = re.compile(r"\b(?:our|the|your|their|other|internal|fellow)\b", re.IGNORECASE)
_GROUP_NOUNS = frozenset({"team", "teams", "department", "departments", "colleagues", "staff"})
# What a list of colleagues in particular holds: "with" or "alongside", and a word of _PARTICULAR_RE ("your"
# holds "our"; "their" and "other" hold "the").
_PEOPLE_LIST_GATE = Gate(any_of=("with", "alongside"), also_any_of=("our", "the", "internal", "fellow"))


def _in_a_list_of_colleagues(*, candidate: Candidate, text: str) -> bool:
    """Return whether the candidate names the trade of people the job works with, listed after "with" or
    "alongside" ("work alongside other developers and DevOps software engineers", "with the vendor's team
    and our internal Quality Assurance team"), not a skill asked ("experience with ..." asks)."""
    window = max(0, candidate.start - 80)
    part = text[window : candidate.start]
    if not may_match(gate=_PEOPLE_LIST_GATE, text=part, lower=case_blind(part)):
        return False  # (most windows name no one after "with": the gate spares the search at each place)
    listed = _PEOPLE_LIST_BEFORE_RE.search(text, window, candidate.start)
    if (
        listed is None
        or _PARTICULAR_RE.search(listed.group(0)) is None
        or _KNOWING_BEFORE_RE.search(text, max(0, listed.start() - 40), listed.start())
    ):
        return False  # (people in particular: "our", "other", "internal"; not "working with ABAP team")
    after = _NEXT_WORDS_RE.match(text, candidate.end)
    role_nouns = get_vocabulary().role_nouns
    return after is not None and any(
        word.lower() in _GROUP_NOUNS
        or ((word.endswith("s") or word[:1].isupper()) and normalize_token(raw=word) in role_nouns)
        for word in after.group(0).split()
    )


def _names_a_person(*, candidate: Candidate, text: str) -> bool:
    # "demos for CFOs and controllers": people in the plural too
    return candidate.text.lower().removesuffix("s") in _TITLE_ACRONYMS and bool(
        _PERSON_BEFORE_RE.search(text, max(0, candidate.start - 8), candidate.start)
    )


def _names_colleagues(*, candidate: Candidate, text: str) -> bool:
    """Return whether a capitalised candidate opens a colleague's title ("work closely with Sales
    Representatives", "alongside our Data Engineers"): a person the job works with, not a skill asked."""
    role_nouns = get_vocabulary().role_nouns
    lower_title = _LOWER_TITLE_AFTER_RE.match(text, candidate.end)
    if (
        lower_title is not None
        and normalize_token(raw=lower_title.group(1)) in role_nouns
        and _WITH_OUR_BEFORE_RE.search(text, max(0, candidate.start - 24), candidate.start) is not None
    ):
        return True  # "work closely with our CAD technologists": the colleagues' trade, not the hire's
    if not candidate.text[:1].isupper():
        return False
    after = _TITLE_NOUN_AFTER_RE.match(text, candidate.end)
    return (
        after is not None
        and normalize_token(raw=after.group(1)) in role_nouns
        and _COLLEAGUES_BEFORE_RE.search(text, max(0, candidate.start - 12), candidate.start) is not None
    )


def _names_a_group(*, candidate: Candidate, text: str) -> bool:
    """Return whether the candidate is the trade of a team or department named after "the" or "our"
    ("month-end close alongside the accounting team"): people to work with, not a skill asked."""
    if _STAFF_AFTER_RE.match(text, candidate.end) is not None:
        return True  # "talk to dentists and front-desk staff", "with nursing staff": people of that work
    return (
        _GROUP_AFTER_RE.match(text, candidate.end) is not None
        and _GROUP_BEFORE_RE.search(text, max(0, candidate.start - 8), candidate.start) is not None
    )


# Teams worked with, named by their function: "Partner with design, engineering and data science to ship
# weekly" names colleagues, not skills asked.
_FUNCTIONS = frozenset(
    normalize_phrase(text=name)
    for name in (
        *"design engineering product marketing sales finance operations legal compliance security".split(),
        *"support research analytics IT HR people QA development".split(),
        *"claims billing accounting procurement purchasing underwriting merchandising".split(),
        # a plant's departments: "You work closely with Production, QA, QC, MSAT and Engineering"
        *"QC production quality maintenance manufacturing regulatory logistics".split(),
        *("data science", "data engineering", "customer success", "product management", "customer service"),
    )
)
# ... a department named after "with" in capitals, whatever the verb ("programs for our top accounts with
# Sales"), not experience of it ("experience with Sales").
_WITH_DEPARTMENT_RE = re.compile(r"(?<!experience )\b(?:with|alongside)\s+(?:the\s+|our\s+)?$", re.IGNORECASE)
_WITH_TEAMS_RE = re.compile(
    r"\b(?:partner(?:s|ing)?|work(?:s|ing)?|collaborat\w+|liais\w+|coordinat\w+)\s+(?:closely\s+)?"
    r"(?:cross-functionally\s+)?"
    r"with\s+(?:the\s+|our\s+)?(?:[\w&/-]+(?:\s+[\w&/-]+)?\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*))*$",
    re.IGNORECASE,
)


# ... and the team named beside one after "with", whatever its name ("contract terms, with legal and deal
# desk"): the function's partner is another team, unless what is had with them is experience or knowledge.
_WITH_FUNCTION_AND_RE = re.compile(
    r"\bwith\s+(?:the\s+|our\s+|your\s+)?(?P<function>[\w&/-]+(?:\s+[\w&/-]+)?)\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)$",
    re.IGNORECASE,
)
_KNOWING_BEFORE_RE = re.compile(
    r"\b(?:experience[ds]?|familiar\w*|knowledge|proficien\w*|skill(?:s|ed)?|expert\w*|comfortable|work(?:ed|ing)"
    r"\s+knowledge)\b[^.;:,]*$",
    re.IGNORECASE,
)


def _beside_a_team(*, candidate: Candidate, text: str) -> bool:
    if candidate.concept_id is not None:
        return False  # "with accounting and payroll": a skill the vocabulary knows may be the ask
    window = max(0, candidate.start - 60)
    with_function = _WITH_FUNCTION_AND_RE.search(text, window, candidate.start)
    return (
        with_function is not None
        and normalize_phrase(text=with_function.group("function")) in _FUNCTIONS
        and _KNOWING_BEFORE_RE.search(text, max(0, with_function.start() - 40), with_function.start()) is None
    )


def team_worked_with(*, candidate: Candidate, text: str) -> bool:
    """Return whether the candidate is a team the job works with, named by its function ("Partner with design,
    engineering and data science", "programs for our top accounts with Sales") or beside one ("with legal and
    deal desk"), not a skill asked."""
    if candidate.key not in _FUNCTIONS:
        return _beside_a_team(candidate=candidate, text=text)
    if _WITH_TEAMS_RE.search(text, max(0, candidate.start - 60), candidate.start):
        return True
    return candidate.text[:1].isupper() and bool(
        _WITH_DEPARTMENT_RE.search(text, max(0, candidate.start - 30), candidate.start)
    )
