"""How much experience a posting asks: the years (or months) it names, what they are of, and whether it is
an entry-level posting (for graduates, interns or juniors) or asks none at all."""

import math
import re

from ai.local_engine.cue_gates import Gate, case_blind, holds_any, may_match
from ai.local_engine.degree_levels import degree_levels_of
from ai.local_engine.resume_dates import NUMBER_WORDS
from ai.local_engine.text import Sentence

# "Two years of grounds maintenance experience": a count in words, as public-sector postings write it.
_YEARS_RE = re.compile(
    # ("0.6 - 3 years", India's: under a year, counted as one; never the "6" of it)
    r"((?<![\d.])\d{1,2}(?:\.\d)?|\b(?:one|two|three|four|five|six|seven|eight)\b)\s*\+?\s*"
    r"(?:(?:-|–|to)\s*\d{1,2}(?:\.\d)?\s*\+?\s*)?"
    r"(?:\(\d{1,2}\)\s*)?(?:years?|yrs?)\b(?:\s+of)?",
    re.IGNORECASE,
)
# One of which every match of _YEARS_RE holds.
YEARS_WORDS = ("year", "yr")


# An entry-level posting: its title says so, or the text asks for new or recent graduates. A posting for
# graduates, interns or trainees is for up to 2 years of experience; a junior one for up to 3.
_GRADUATE_TITLE_RE = re.compile(
    r"\b(?:new[- ]grad(?:uate)?s?|graduate|entry[- ]level|intern|internship|trainee|apprentice|"
    r"early[- ]career)\b",
    re.IGNORECASE,
)
_JUNIOR_TITLE_RE = re.compile(r"\b(?:junior|jr\.?)(?=\s|$)", re.IGNORECASE)
_GRADUATE_TEXT_RE = re.compile(
    r"\b(?:new grads?|new graduates?|recent graduates?|entry[- ]level|graduating (?:by|in)|"
    r"early[- ]career)\b",
    re.IGNORECASE,
)
# "New graduates welcome to apply", "recent grads are also considered": open to them, not only for them.
_ALSO_WELCOME_RE = re.compile(r"\b(?:welcome[ds]?|encouraged|considered|also|too|as well)\b", re.IGNORECASE)
# "precepting of new graduates", "mentor recent grads": the hire guides graduates, the post is not for them.
_GUIDED_BEFORE_RE = re.compile(
    r"\b(?:precept|mentor|train|coach|supervis|onboard|orient|teach|educat|develop)\w*\s+(?:of\s+)?"
    r"(?:our\s+|the\s+|and\s+support\s+)?$",
    re.IGNORECASE,
)
GRADUATE_YEARS = 2
JUNIOR_YEARS = 3


# An academic post: there "early-career" (a lecturer's or a fellow's first posts after the doctorate, often
# years of postdoctoral research) is no entry level.
_ACADEMIC_RE = re.compile(
    r"\b(?:lecturer|(?:assistant\s+|associate\s+)?professor|post-?doc\w*|faculty|tenure[- ]track|"
    r"research\s+fellow\w*|academic)\b",
    re.IGNORECASE,
)


def _entry_words(*, match: re.Match[str], academic: bool) -> bool:
    return not (academic and match.group().lower().startswith("early"))


def _graduates_asked(*, text: str, academic: bool) -> bool:
    """Return whether the text asks for graduates or entry-level hires: not a name's capitalised words ("Pass
    the POST Entry-Level Dispatcher exam")."""
    return any(
        not (match.group()[:1].isupper() and text[: match.start()].strip()[-1:].isalpha())
        and _entry_words(match=match, academic=academic)
        and not _GUIDED_BEFORE_RE.search(text, max(0, match.start() - 40), match.start())
        for match in _GRADUATE_TEXT_RE.finditer(text)
    )


def entry_level_years(*, sentences: list[Sentence]) -> int | None:
    """Return the most years of experience an entry-level posting is for, or None for any other posting."""
    if not sentences:
        return None
    academic = any(_ACADEMIC_RE.search(s.text) for s in sentences)
    if any(
        _entry_words(match=match, academic=academic)
        for match in _GRADUATE_TITLE_RE.finditer(sentences[0].text)
    ) or any(
        _graduates_asked(text=s.text, academic=academic) and not _ALSO_WELCOME_RE.search(s.text)
        for s in sentences
    ):
        return GRADUATE_YEARS
    return JUNIOR_YEARS if _JUNIOR_TITLE_RE.search(sentences[0].text) else None


# "Must be 18 years or older", "aged 21 years and over": an age, not experience; nor a licence held so long.
_NOT_EXPERIENCE_BEFORE_RE = re.compile(
    r"\b(?:(?:within|every|after|next|first|last|past|up\s+to)\s+(?:the\s+)?|(?:be|aged?)\s+(?:at\s+least\s+)?|"
    # children's ages: "our pre-school room (3-5 years)", "toddlers (ages 2 and 3 years)"
    r"(?:room|children|kids|toddlers|babies|infants|pupils|students|learners|preschoolers)\s*\(\s*|"
    r"ages\s+(?:\d+\s*(?:and|to|-|–)\s*)?|"
    # a driving record's window: "no DUI/DWI in 7 years", "2 moving violations in 3 years"
    r"(?:\bno\s+[\w/-]+(?:\s+[\w/-]+)?|violations?|accidents?|offen[cs]es?|convictions?|incidents?|"
    r"tickets?|suspensions?)\s+in\s+(?:the\s+)?|"
    # "a full UK driving licence held for at least three years": how long a licence is held
    r"(?:licen[cs]e|permit|card)\s+(?:\([^()]*\)\s+)?(?:held|owned)\s+for\s+(?:at\s+least\s+|a\s+minimum\s+of\s+|over\s+)?)$",
    re.IGNORECASE,
)
_NOT_EXPERIENCE_AFTER_RE = re.compile(
    r"\s*(?:(?:of\s+)?age\b|old\b|ago\b|contract|term\b|from\b|(?:or|and)\s+(?:older|over|above)\b)",
    re.IGNORECASE,
)


# "6+ months of barista experience", "at least 9 months' experience in retail": under a year, asked as one.
# ... "6 months or more of customer service experience", "18 months+ experience", "12 months sea service"
_MONTHS_RE = re.compile(
    r"\b(\d{1,2})\s*\+?\s*months?\+?['’]?(?:\s+or\s+(?:more|longer))?(?:\s+of)?(?:\s+[\w-]+){0,4}?\s+"
    r"(?:experience|sea\s+service)\b",
    re.IGNORECASE,
)


# What stands between a count of years and their subject: "year of ", "years' experience in ", "yrs as a ".
_YEARS_BEFORE_SUBJECT_RE = re.compile(
    r"\b(?:years?|yrs?|months?)['’]?(?:\s+(?:of|in|as|with))?(?:\s+[\w-]+){0,3}?\s+$", re.IGNORECASE
)


def years_of(*, text: str, name: str) -> bool:
    """Return whether the posting's sentence ``text`` asks for years of ``name`` ("1+ year of customer service
    experience", "3 years' experience in payroll"): the years' own subject, a few words after the count."""
    at = text.lower().find(name.lower())
    return (
        at > 0
        and _YEARS_BEFORE_SUBJECT_RE.search(text, 0, at) is not None
        and min_years(sentences=[Sentence(text=text, start=0, end=len(text))]) is not None
    )


def _years_counted(*, count: str) -> int:
    """Return the whole years a ``_YEARS_RE`` count says ("two" 2, "2" 2, "0.6" 1)."""
    count = count.lower()
    return NUMBER_WORDS[count] if count in NUMBER_WORDS else math.ceil(float(count))


# Items of a list before a name: "SQL and ", "Java, Kotlin or ", "Python/".
_ITEMS_BEFORE_RE = re.compile(r"(?:[\w.+#-]+\s*(?:,\s*(?:and\s+|or\s+)?|/\s*|\s+(?:and|or)\s+)){1,4}$")


def years_asked_of(*, text: str, name: str) -> int | None:
    """Return the years a sentence asks of ``name`` itself ("2+ years of running Kubernetes in production":
    2 of Kubernetes; "6+ years of software development, including 4+ years with Java": 4 of Java), the count
    just before it with the name among the years' first few words, else None."""
    # Most sentences asked of do not hold the name: a plain search of the folded text (where ``case_blind``
    # puts what IGNORECASE finds of an ASCII name) turns those away before a pattern is compiled for it.
    if not name or (name.isascii() and name.lower() not in case_blind(text)):
        return None
    found = re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text, re.IGNORECASE)
    if found is None:
        return None
    # ... or a later item of a list that is ("2+ years of hands-on experience in SQL and Python": Python too)
    items = _ITEMS_BEFORE_RE.search(text, 0, found.start())
    subject = items.start() if items else found.start()
    if _YEARS_BEFORE_SUBJECT_RE.search(text, 0, subject) is None:
        return None
    last = None
    for match in _YEARS_RE.finditer(text, 0, subject):
        last = match
    if last is None or _NOT_EXPERIENCE_BEFORE_RE.search(text, 0, last.start()):
        return None
    years = _years_counted(count=last.group(1))
    return years if 1 <= years <= 20 else None


# "Pharm-D (5 years) from a recognised university", "Bachelor's degree (4 years)": a degree's length in a
# bracket of its own, not experience asked; "payroll experience (3 years)" is.
_STUDY_RE = re.compile(r"\b(?:degree|university|college|institute|programme|program|course)\b", re.IGNORECASE)
_WORK_RE = re.compile(
    r"\b(?:experience|work\w*|service|practice|employment|post-(?:qualification|registration))\b",
    re.IGNORECASE,
)


def _course_length(*, text: str, match: re.Match[str]) -> bool:
    """Return whether the years ``match`` are a bracket of their own after a degree named on their line."""
    before = text[: match.start()].rstrip()
    if not before.endswith("(") or not text[match.end() :].lstrip().startswith(")"):
        return False
    line_start, line_end = before.rfind("\n") + 1, text.find("\n", match.end())
    head, line = before[line_start:-1], text[line_start : line_end if line_end >= 0 else len(text)]
    return not _WORK_RE.search(head) and bool(_STUDY_RE.search(line) or degree_levels_of(text=head))


def min_years(*, sentences: list[Sentence]) -> int | None:
    found = []
    for sentence in sentences:
        for match in _MONTHS_RE.finditer(sentence.text):
            if 1 <= int(match.group(1)) <= 24 and not _NOT_EXPERIENCE_BEFORE_RE.search(
                sentence.text, 0, match.start()
            ):
                found.append(math.ceil(int(match.group(1)) / 12))
        # Most sentences hold neither word every count of years holds, and are not searched.
        gated = holds_any(words=YEARS_WORDS, lower=case_blind(sentence.text))
        for match in _YEARS_RE.finditer(sentence.text) if gated else ():
            years = _years_counted(count=match.group(1))
            if (
                1 <= years <= 20
                and not _NOT_EXPERIENCE_BEFORE_RE.search(sentence.text, 0, match.start())
                and not _NOT_EXPERIENCE_AFTER_RE.match(sentence.text, match.end())
                and not _course_length(text=sentence.text, match=match)
            ):
                found.append(years)
    return max(found) if found else None


# "No experience required - we train you!", "No prior experience necessary", "Experience not required".
_NO_EXPERIENCE_RE = re.compile(
    # ... "No professional analyst experience required": up to two words naming the kind
    r"\bno\s+(?:prior\s+|previous\s+|relevant\s+)?(?:[a-z]+\s+){0,2}?experience\s+(?:is\s+)?"
    r"(?:required|necessary|needed)\b|"
    r"\bexperience\s+(?:is\s+)?not\s+(?:required|necessary|needed)\b",
    re.IGNORECASE,
)
# No years asked, though the duties are the job's: "0–2 years of experience", "Previous retail experience is
# great, but not essential" (the candidate is still told of duties the resume lacks, unlike "we train you").
_NO_YEARS_RE = re.compile(
    r"(?<![\d.])0\s*(?:-|–|—|to)\s*\d{1,2}\s*(?:years?|yrs?)\b|"
    r"\bexperience\s+(?:is|would\s+be)\s+(?:great|helpful|a\s+plus|welcome|useful|nice),?\s+but\s+not\s+"
    r"(?:essential|required|necessary|needed|a\s+must)\b",
    re.IGNORECASE,
)


# Literals every match of each pattern holds: most sentences hold none, and the patterns try every place.
_NO_EXPERIENCE_GATE = Gate(any_of=("experience",), also_any_of=("required", "necessary", "needed"))
_NO_YEARS_GATE = Gate(any_of=("0", "experience"), also_any_of=("year", "yr", "but"))


def _says(*, pattern: re.Pattern[str], gate: Gate, text: str) -> bool:
    return may_match(gate=gate, text=text, lower=case_blind(text)) and pattern.search(text) is not None


def asks_no_experience(*, sentences: list[Sentence]) -> bool:
    """Return whether the posting says it asks no experience ("No experience required - we train you!")."""
    return any(_says(pattern=_NO_EXPERIENCE_RE, gate=_NO_EXPERIENCE_GATE, text=s.text) for s in sentences)


def asks_no_years(*, sentences: list[Sentence]) -> bool:
    """Return whether the posting asks no years of experience: it asks no experience, or says none is needed
    ("0–2 years", "great, but not essential")."""
    return asks_no_experience(sentences=sentences) or any(
        _says(pattern=_NO_YEARS_RE, gate=_NO_YEARS_GATE, text=s.text) for s in sentences
    )
