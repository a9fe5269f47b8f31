"""A credential's status on the resume line that names it. Held: "PASMA (2023)", "ECS Gold Card (expires
2028)", "SMSTS (renewed 2024)". Not held yet: "Transport Manager CPC – studying, exams booked for June", "CCNP
– in progress", "CIPD Level 5 (due 2027)". No longer held: "PASMA (2016 – expired)", "Secret clearance
(inactive)". Held at a lower grade than the one asked: the apprentice's "CPC-A" for "CPC", "EPA 608 Type II"
for "EPA 608 Universal". Only a held one meets the ask; the others are partial, unless the posting takes one
under way ("CPA or progress toward CPA")."""

import re
from dataclasses import replace

from ai.local_engine.credential_evidence import CREDENTIAL_LABEL_RE, CREDENTIAL_SECTIONS
from ai.local_engine.credential_match import CREDENTIAL_WORD_RE, HEADER_SECTIONS
from ai.local_engine.cue_gates import case_blind
from ai.local_engine.first_aid import shorter_first_aid
from ai.local_engine.licence_names import cdl_class
from ai.local_engine.requirement_model import Requirement
from ai.local_engine.resume_view import Match, ResumeView

# Not held yet: "GPC exam scheduled for fall", "Grade 1 — in progress", "exams booked for June", "currently
# enrolled", "due 2027", "CPA candidate" ("Enrolled Agent" and "Enrolled Nurse" are held).
_PENDING_RE = re.compile(
    r"\b(?:in[ -]progress|under[ -]?way|scheduled|booked|pursuing|working\s+(?:towards?|on)|studying|"
    r"preparing\s+for|enrolled(?=\s*(?:[:)(,;–—-]|$|(?:in|on|for|at)\b))|sitting|expected|anticipated|"
    r"pending|awaiting|not\s+yet|to\s+be\s+(?:completed|taken|sat)|due\s+(?:in\s+|by\s+)?(?:[A-Z][a-z]+\s+)?"
    r"20\d\d|candidate|appearing|part[- ]qualified|semi[- ]qualified)(?![\w-])",
    re.IGNORECASE,
)
# ... and a stage of a certification's exams ("CA Intermediate (both groups cleared)", "CA Inter"), which of a
# skill is its level ("SQL (intermediate)").
_STAGE_RE = re.compile(r"\b(?:intermediate|inter)\b", re.IGNORECASE)
# ... unless it is the held one's renewal: "SMSTS (renewal due 2027)", "recertification scheduled for May".
_RENEWAL_BEFORE_RE = re.compile(r"\b(?:renew\w*|recertif\w*)\W+(?:\w+\W+)?$", re.IGNORECASE)
# No longer held: "PASMA (2016 – expired)", "lapsed 2020", "Secret clearance (inactive)", "renewal pending",
# "formerly HCPC (UK)" (a registration left behind on moving abroad).
_LAPSED_RE = re.compile(
    r"\b(?:expired|lapsed|inactive|formerly(?!\s+known)|out\s+of\s+date|not\s+(?:current|renewed|active|valid)|"
    r"no\s+longer\s+(?:current|valid|active|held)|renewal\s+(?:pending|in\s+progress|under\s*way|overdue))\b",
    re.IGNORECASE,
)
# A trainee's grade: "Certified Professional Coder – Apprentice", "provisional licence", "learner's permit"
# (not whom it serves: "English Learner Authorization").
_TRAINEE_RE = re.compile(
    r"\b(?:apprentice|trainee|provisional|probationary|learner'?s?\s+(?:permit|licen[cs]e|driver))\b",
    re.IGNORECASE,
)
# ... or the letters of the apprentice's grade: "CPC-A" of the AAPC's "CPC".
_LETTERS_RE = re.compile(r"\b[A-Z]{2,6}\b")
# Some exams passed of all: "9 of 13 exams passed", "5 of 8 papers".
_SOME_OF_RE = re.compile(
    r"\b(\d{1,2})\s+of\s+(\d{1,2})\s+(?:exams?|papers?|modules?|units?|parts?)\b", re.IGNORECASE
)
# ... unless the posting takes one under way: "CPA or progress toward CPA", "or eligible to sit the exam".
_PENDING_ASKED_RE = re.compile(
    r"\b(?:progress|towards?|working on|eligib\w*|obtain|within \d|pursuing|candidates? for)\b", re.IGNORECASE
)
_PENDING_CREDIT = 0.2
_LAPSED_CREDIT = 0.4  # held once, or held at a lower grade: nearer than one not held yet
_LINE_WORDS = 15  # a credential's own line, not a long sentence that says "expected" of other things
_CLAUSE_BREAK_RE = re.compile(r"[,;.]\s|\s(?:and|but|·|\|)\s")
# A clause after the name's own that says its status: "Transport Manager CPC, exams booked for June", "PASMA,
# expired" (not one that takes another: "ITIL certified and studying for CompTIA Network+").
_STATUS_OPENS_RE = re.compile(
    r"\s*(?:(?:now|currently|final|all)\s+)?(?:exams?\s+)?(?:in[ -]progress|under[ -]?way|scheduled|booked|"
    r"expected|pending|awaiting|not\s+yet|due\s+(?:in\s+|by\s+)?(?:[A-Z][a-z]+\s+)?20\d\d|expired|lapsed|"
    r"inactive)\b",
    re.IGNORECASE,
)
_EXAM_RE = re.compile(r"\bexams?\b", re.IGNORECASE)
# What a credential's line says of one not held as asked (``short_of``).
LAPSED, LOWER_GRADE, OLDER_VERSION, PENDING = (
    "no longer held",
    "a lower grade than asked",
    "an older version than asked",
    "not held yet",
)


def credential_status(*, match: Match, view: ResumeView) -> Match:
    """Return a credential's match at a partial credit when its line says it is not held yet, no longer held
    or held at a lower grade than the one asked, and no other line names it held."""
    requirement = match.requirement
    if (
        not match.credit
        or not _a_credential(requirement=requirement)
        or _PENDING_ASKED_RE.search(requirement.sentence)  # "CPA or progress toward CPA"
        or len(match.evidence.split()) > _LINE_WORDS
    ):
        return match
    numbers = [n for n, sentence in enumerate(view.index.sentences) if sentence.text == match.evidence]
    if any(view.degree_levels[n] for n in numbers) and requirement.kind != "certification":
        return match  # "BSc Computer Science (in progress)": the subject studied, the degree read elsewhere
    clause = _clause_of(text=match.evidence, names=_names(match=match))
    if requirement.kind != "certification" and not (
        CREDENTIAL_WORD_RE.search(clause)
        or _EXAM_RE.search(clause)
        or any(_credential_line(view=view, number=n) for n in numbers)
    ):
        return match  # "AWS (studying)" of a tool: no credential's line
    status = _status(requirement=requirement, clause=clause)
    if status is None or _held_elsewhere(match=match, view=view):
        return match
    credit, short_of = status
    return replace(match, credit=min(match.credit, credit), short_of=short_of)


def _a_credential(*, requirement: Requirement) -> bool:
    """Return whether the requirement may be a credential: a certification, or letters ("CPC", "PASMA") or a
    credential's word ("Forklift licence") read as a skill."""
    return (
        requirement.kind == "certification"
        or bool(_LETTERS_RE.fullmatch(requirement.name))
        or bool(CREDENTIAL_WORD_RE.search(requirement.name))
    )


def _credential_line(*, view: ResumeView, number: int) -> bool:
    """Return whether a line is where a resume holds credentials: a certifications or education section, a
    "Licences:" line, or the letters in the header ("LATOYA M. BRENNER, CPC-A")."""
    return view.sections[number] in CREDENTIAL_SECTIONS | HEADER_SECTIONS or bool(
        CREDENTIAL_LABEL_RE.match(view.index.sentences[number].text)
    )


def _status(*, requirement: Requirement, clause: str) -> tuple[float, str] | None:
    """Return the credit the clause's status leaves a credential and what it says (None: held)."""
    if _LAPSED_RE.search(clause):
        return _LAPSED_CREDIT, LAPSED
    if _lower_grade(asked=requirement.name, clause=clause):
        return _LAPSED_CREDIT, LOWER_GRADE
    if _older_version(asked=requirement.name, clause=clause):
        return _LAPSED_CREDIT, OLDER_VERSION
    pending = [m for m in _PENDING_RE.finditer(clause) if not _RENEWAL_BEFORE_RE.search(clause, 0, m.start())]
    if (
        pending
        or (requirement.kind == "certification" and _STAGE_RE.search(clause))
        or any(int(m.group(1)) < int(m.group(2)) for m in _SOME_OF_RE.finditer(clause))
    ):
        return _PENDING_CREDIT, PENDING
    return None


# A name's version after it: "ITIL 4", "ITIL v3", "Revit 2019" is a year, not a version.
_VERSION_RE = re.compile(r"\b([A-Z][A-Za-z]{1,11})\s+[vV]?(\d{1,2})(?:\.\d+)?(?![\w.+-])")


def _older_version(*, asked: str, clause: str) -> bool:
    """Return whether the clause holds the credential in an older version than the one asked ("ITIL v3
    Foundation" for "ITIL 4 Foundation"); a newer one is held ("ITIL 4" for "ITIL v3")."""
    held = {name.lower(): int(number) for name, number in _VERSION_RE.findall(clause)}
    return any(
        name.lower() in held and held[name.lower()] < int(number)
        for name, number in _VERSION_RE.findall(asked)
    )


_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5}
_GRADE_RE = re.compile(r"\b(Type|Level|Part|Stage)\s+(I{1,3}|IV|V|\d)\b", re.IGNORECASE)
_UNIVERSAL_RE = re.compile(r"\buniversal\b", re.IGNORECASE)


def _grades(text: str) -> dict[str, set[int]]:
    """Return a name's numbered grades by their word: {"type": {2}} of "EPA 608 Type II"."""
    grades: dict[str, set[int]] = {}
    for word, value in _GRADE_RE.findall(text):
        number = int(value) if value.isdigit() else _ROMAN[value.lower()]
        grades.setdefault(word.lower(), set()).add(number)
    return grades


def _lower_grade(*, asked: str, clause: str) -> bool:
    """Return whether the clause holds the credential at a lower grade than the one asked: an apprentice's
    ("CPC-A", "Coder – Apprentice"), one type of a universal one ("Type II" for "Universal"), another type
    ("Type I" for "Type II"), a lower level or part ("Level 2" for "Level 3") or a first aid course's short
    one ("Emergency First Aid at Work" for "First Aid at Work")."""
    if _TRAINEE_RE.search(clause) and not _TRAINEE_RE.search(asked):
        return True
    if "Aid" in asked and shorter_first_aid(asked=asked, clause=clause):
        return True  # "Emergency First Aid at Work" for "First Aid at Work"
    if not cdl_class(term=asked) and any(  # ("CDL-A" is the class of "Class A CDL", no apprentice's)
        f"{letters}-A" in clause and re.search(rf"\b{letters}-A\b", clause)  # (no pattern compiled for most)
        for letters in _LETTERS_RE.findall(asked)
    ):
        return True
    held = _grades(clause)
    if _UNIVERSAL_RE.search(asked):
        return "type" in held and not _UNIVERSAL_RE.search(clause)
    for word, wanted in _grades(asked).items():
        if word not in held or held[word] & wanted:
            continue
        if word == "type" or max(held[word]) < min(wanted):
            return True
    return False


# A body named as a course's approver holds nothing: "BSc Occupational Therapy (HCPC-approved)".
_APPROVER_RE = re.compile(r"-(?:approved|accredited|recogni[sz]ed)\b|\b(?:approved|accredited)\s+by\b", re.I)


def _held_elsewhere(*, match: Match, view: ResumeView) -> bool:
    """Return whether another line names the credential with no status ("PASMA (2016 – expired)" and "PASMA,
    renewed 2024"); a line of keywords is no such line."""
    wanted = frozenset(w for w in match.requirement.key.split() if not CREDENTIAL_WORD_RE.search(w))
    if not wanted:
        return False
    names = _names(match=match)
    for number, sentence in enumerate(view.index.sentences):
        if (
            sentence.text != match.evidence
            and not _APPROVER_RE.search(sentence.text)
            and not view.copied[number]
            and not view.keyword_lines[number]
            and wanted <= view.index.sentence_tokens[number]
            and _status(requirement=match.requirement, clause=_clause_of(text=sentence.text, names=names))
            is None
        ):
            return True
    return False


def _names(*, match: Match) -> list[str]:
    """Return the names the credential may be written by on its line, the likeliest first."""
    asked = match.requirement
    letters = _LETTERS_RE.findall(asked.name)
    return [name for name in (match.matched, asked.asked_as, asked.name, *letters) if name]


def _clause_of(*, text: str, names: list[str]) -> str:
    """Return the clause of ``text`` that holds the first of ``names`` written there ("PASMA (2016 – expired)"
    of "IPAF 3a/3b (2016), PASMA (2016 – expired)"; "ITIL 4 Foundation certified" of "ITIL 4 Foundation
    certified and studying for CompTIA Network+"), with the next clause when that one says its status
    ("exams booked for June" after "Transport Manager CPC"); all of it when no name is written there."""
    at = -1
    lower = case_blind(text)
    for name in names:
        if name.isascii() and name.lower() not in lower:
            continue  # not written here (``case_blind``), known without compiling a pattern for the name
        found = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE)
        if found:
            at = found.start()
            break
    if at < 0:
        return text
    breaks = [m for m in _CLAUSE_BREAK_RE.finditer(text) if _outside_brackets(text=text, at=m.start())]
    start = max((m.end() for m in breaks if m.end() <= at), default=0)
    after = [m for m in breaks if m.start() >= at]
    end = after[0].start() if after else len(text)
    if after:
        following = text[after[0].end() : after[1].start() if len(after) > 1 else len(text)]
        if _STATUS_OPENS_RE.match(following):
            end = after[1].start() if len(after) > 1 else len(text)
    return text[start:end]


def _outside_brackets(*, text: str, at: int) -> bool:
    return text.count("(", 0, at) <= text.count(")", 0, at)
