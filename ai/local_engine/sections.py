"""Tell a resume's section headings and contact lines, and spot bare keyword lists.

Headings are found by their words ("Professional Experience", "SKILLS:", "Work History"), whatever their case;
``section_reading.label_sections`` gives every sentence after a heading that heading's section. Lines above
the first heading are the header (name, title) or contact details. A contact-looking line (e-mail, phone,
URL, profile handle) is labelled "contact" only there, so a location or date line in a job stays "experience".
"""

import functools
import re

from ai.local_engine.cue_gates import case_blind
from ai.local_engine.regex_guards import starts_guarded
from ai.local_engine.rewrite_wording import present_action, reads_as_action
from ai.local_engine.section_headings import HEADING_PREFIXES, HEADING_TAILS, HEADINGS

KINDS: tuple[str, ...] = (
    "header",
    "contact",
    "summary",
    "objective",
    "experience",
    "projects",
    "education",
    "skills",
    "certifications",
    "languages",
    "publications",
    "awards",
    "interests",
    "other",
)

_MAX_HEADING_WORDS = 5

# Each starts only where its first character does not continue a run the pattern would have taken, so a
# 60,000-character word or digit run is scanned once, not once per position (quadratic).
_EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+")
_PHONE_RE = starts_guarded(re.compile(r"(?<![\d+])(?:\+?\d[\d\s().-]{7,}\d)"))
_URL_RE = re.compile(r"(?i)\b(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|org|net|io|dev|me|ai|co)\b(?:/\S*)?")
_PROFILE_RE = re.compile(r"(?i)\b(?:linkedin|github|gitlab|twitter|portfolio)\b")
_ADDRESS_RE = re.compile(
    r"(?i)^\d+\s+\w.*\b(?:st|street|ave|avenue|road|rd|blvd|boulevard|lane|ln|drive|dr|way)\b\.?"
    r"|^[A-Z][\w.' -]{1,30},\s*[A-Z][\w. ]{1,25}$"
)
# A page footer or header repeated by the PDF: "1/2", "John Doe – 2/2", "Curriculum Vitae 3", "Page 2 of 4".
PAGE_MARK_RE = re.compile(
    r"(?i)^(?:.{0,40}\s[–—-]\s)?\d{1,2}\s*/\s*\d{1,2}$"
    r"|^(?:curriculum vitae|resume|page)\s+\d{1,2}(?:\s+of\s+\d{1,2})?$"
)
_DATE_RE = starts_guarded(
    re.compile(
        r"(?i)\b(?:19|20)\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s|present\b"
    )
)

# A separator of list items: comma, pipe, bullet, semicolon, slash between words.
_LIST_SEPARATOR_RE = starts_guarded(re.compile(r"\s*[,|•·;▪●◦■\u2022]\s*|\s+/\s+"))
# A character every separator holds.
_SEPARATOR_CHAR_RE = re.compile(r"[,|•·;▪●◦■\u2022/]")
_LABEL_RE = re.compile(r"^[^:]{1,40}:\s+")
# What a label ("Languages:", "Tools:") never holds: an article or a count, as a duty's lead does.
_LEAD_NOT_LABEL_RE = re.compile(r"\b(?:a|an|the|each|every|per)\b|\d", re.IGNORECASE)
_VERB_ENDINGS = ("ed", "ing")
# Credentials named with an adjective in -ed ("Registered Nurse, BLS", "Qualified Teacher Status"): not verbs.
CREDENTIAL_ADJECTIVES = frozenset("qualified certified registered licensed chartered accredited".split())
_LIST_WORD_EXCEPTIONS = (
    frozenset(
        "embedded distributed advanced automated unstructured structured experienced based related "
        "applied mixed speed red shared managed hosted testing computing engineering programming "
        "networking marketing accounting learning modeling modelling processing scripting writing "
        "designing building caching routing logging monitoring debugging".split()
    )
    | CREDENTIAL_ADJECTIVES
)
# Past-tense verbs without "-ed" that open an achievement line.
ACTION_VERBS_IRREGULAR = frozenset(
    "built led wrote ran made drove grew won taught set held took gave found sold spent brought began kept "
    "met oversaw rebuilt rewrote undertook put cut shipped".split()
)
_PROSE_WORDS = frozenset(
    "i we my our the a an is are was were be been to of for that which who by from into "
    "with when while will can".split()
)


_NOT_LETTERS_RE = re.compile(r"[^a-z&\s]")


def heading_key(*, text: str) -> str:
    words = _NOT_LETTERS_RE.sub(" ", text.lower().replace("&", " and ")).split()
    return " ".join(words)


# A count after a heading: "PROFESSIONAL EXPERIENCE (4.5 years)", "Work Experience - 6+ Yrs", "Projects (3)".
_DIGIT_RE = re.compile(r"\d")
_HEADING_COUNT_RE = re.compile(
    r"\s*(?:\(\s*\d[\d.+]*\s*(?:\+\s*)?(?:years?|yrs?)?\.?\s*\)|\s[–—-]\s*\d[\d.+]*\s*(?:years?|yrs?)\.?)$",
    re.IGNORECASE,
)
# How a line ends where _HEADING_COUNT_RE can match (case-blind): tried everywhere, the pattern costs more.
COUNT_ENDINGS = (")", *(f"{unit}{dot}" for unit in ("year", "years", "yr", "yrs") for dot in ("", ".")))


@functools.lru_cache(maxsize=8192)
def heading_kind(*, text: str) -> str | None:
    """Return the section kind ``text`` is a heading of, or None when it is not a heading (read once per line:
    the section labels and the restated-posting test both ask of every resume line)."""
    stripped = text.strip().rstrip(":").strip()
    # The count cut holds a digit and ends the line: most lines have no digit, or end otherwise.
    if _DIGIT_RE.search(stripped) and case_blind(stripped).endswith(COUNT_ENDINGS):
        stripped = _HEADING_COUNT_RE.sub("", stripped)
    stripped = stripped.rstrip(":").strip()
    if not stripped or stripped.endswith((".", ",")) or any(map(str.isdigit, stripped)):
        return None
    key = heading_key(text=stripped)
    words = key.split()
    # Spaced-out capitals of a stylised heading ("E X P E R I E N C E").
    if len(words) >= 4 and all(len(word) == 1 for word in words):
        words = ["".join(words)]
        key = words[0]
    if not words or len(words) > _MAX_HEADING_WORDS:
        return None
    if key in HEADINGS:
        return HEADINGS[key]
    if words[0] in HEADING_PREFIXES and " ".join(words[1:]) in HEADINGS:
        return HEADINGS[" ".join(words[1:])]
    parts = key.split(" and ")
    if len(parts) == 2 and all(part in HEADINGS for part in parts):
        return HEADINGS[parts[0]]  # "Education and certification": two headings joined, the first leads
    if len(words) >= 3 and HEADINGS.get(words[0]) == "certifications" and words[1] in ("of", "in"):
        return "certifications"  # "Certificates of Competency", "Certifications in Project Management"
    if len(parts) == 2 and HEADINGS.get(parts[0]) == "certifications" and len(parts[1].split()) == 1:
        return "certifications"  # "Certificates & Ratings", "Licenses & Designations": what is held, and kin
    # A short Title Case or CAPS heading ending with a known section word.
    letters = [w for w in stripped.split() if w[:1].isalpha()]
    titled = letters and all(w[:1].isupper() or w.lower() in {"and", "of", "&"} for w in letters)
    # Two words in sentence case are a heading too ("Kitchen experience"); a longer line so is a sentence.
    sentence_case = len(letters) == 2 and letters[0][:1].isupper()
    if (titled or sentence_case) and len(words) <= 3 and words[-1] in HEADING_TAILS:
        return HEADING_TAILS[words[-1]]
    return None


def is_contact(*, text: str) -> bool:
    """Return whether ``text`` reads as a contact detail (e-mail, phone, URL or profile handle)."""
    return bool(
        _ADDRESS_RE.search(text.strip())
        or has_email(text=text)
        or _URL_RE.search(text)
        or _PROFILE_RE.search(text)
        or phone(text=text)
    )


def has_email(*, text: str) -> bool:
    """Return whether ``text`` holds an e-mail address."""
    # Most lines have no "@", and the pattern tries every word before it can tell.
    return "@" in text and _EMAIL_RE.search(text) is not None


def phone(*, text: str) -> bool:
    """Return whether ``text`` holds a phone number (nine digits or more, not a date)."""
    for match in _PHONE_RE.finditer(text):
        digits = sum(map(str.isdigit, match.group()))
        if digits >= 9 and not _DATE_RE.search(match.group()):
            return True
    return False


def is_bare_list(*, text: str) -> bool:
    """Return whether ``text`` is a list of names ("Python, Django, React, AWS") rather than a sentence."""
    if not _SEPARATOR_CHAR_RE.search(text):
        return False  # no separator, one item: most sentences are answered here
    label = _LABEL_RE.match(text.strip())
    if label is not None and (
        _LEAD_NOT_LABEL_RE.search(label.group()) or _acts(lead=label.group().rstrip(": \t"))
    ):
        # "Room 25-30 patients a day: vital signs, ...", "Administered construction contracts: progress
        # certificates, change orders, ...": the work, then what it takes in
        return False
    body = _LABEL_RE.sub("", text.strip(), count=1).rstrip(".")
    items = [item for item in _LIST_SEPARATOR_RE.split(body) if item.strip()]
    if len(items) < 3:
        return False
    words = [w.lower().strip("()") for w in body.split()]
    named = _name_parts(items=items)
    if sum(len(item.split()) for item in items) > 4 * len(items):
        return False
    if _duty_objects(body=body, items=items) or _duty_items(items=items):
        return (
            False  # "Design grading, drainage, water, sewer and street plans in Civil 3D": a duty's objects
        )
    verbs = [
        w
        for w in words
        if (w.endswith(_VERB_ENDINGS) and len(w) > 4 and w not in _LIST_WORD_EXCEPTIONS and w not in named)
        or w in ACTION_VERBS_IRREGULAR
    ]
    prose = [w for w in words if w in _PROSE_WORDS]
    # "Run Prometheus, Grafana and Loki; share the PagerDuty rotation": an action with one small word of prose
    # is a duty; a list of names holds none
    action = reads_as_action(text=body)
    if action and len(items[0].split()) >= 3 and "(" in items[0]:
        return False  # "Manage AWS accounts (EC2, S3, RDS)": the names in the bracket are what is acted on
    outside = _BRACKETED_RE.sub(" ", body)
    if outside != body and len(outside.split()) >= 5 and not _SEPARATOR_CHAR_RE.search(outside):
        return False  # "Infrastructure on AWS (S3, IAM, EKS) managed with Terraform modules": a sentence
    most = 0 if action else max(1, len(words) // 8)
    return not verbs and len(prose) <= most


def _name_parts(*, items: list[str]) -> set[str]:
    """Return the words that go on a capitalised name inside an item ("Trading" of "Unfair Trading
    Regulations"): a name's part, not a verb."""
    parts = set()
    for item in items:
        written = item.split()
        for before, word in zip(written, written[1:], strict=False):
            if before[:1].isupper() and word[:1].isupper():
                parts.add(word.lower().strip("()"))
    return parts


_BRACKETED_RE = re.compile(r"\([^()]*\)")
_KINDS_LISTED = frozenset(
    "tools platforms languages frameworks technologies skills systems software stack libraries databases "
    "services methods".split()
)


def _acts(*, lead: str) -> bool:
    """Return whether a line's lead before a colon is an action on an object ("Administered construction
    contracts"), not a label ("Tools", "Cloud platforms")."""
    words = lead.split()
    first = words[0].lower() if words else ""
    return (
        len(words) >= 3
        and first not in _LIST_WORD_EXCEPTIONS  # "Applied ML tools:", "Managed services:"
        and not first.endswith("ing")  # "Programming languages and tools:"
        and words[-1].lower() not in _KINDS_LISTED  # "Build and deploy tools:"
        and reads_as_action(text=lead)
    )


# Nouns of a skill's name, not a duty's object ("lead generation", "process improvement", "cold calling").
_SKILL_NOUN_ENDINGS = ("tion", "ment", "ing", "ance", "ence", "ity", "sis")


def _duty_items(*, items: list[str]) -> bool:
    """Return whether two or more items are actions on an object ("Take orders, run food, restock stations",
    "Take applications, pull credit and pre-approve buyers in Encompass"): duties in a row, not names."""
    actions = 0
    for item in items:
        words = item.split()
        if (
            len(words) >= 2
            and present_action(first=words[0].lower(), text=item) is not None
            and words[1][:1].islower()
            and not words[1].endswith(_SKILL_NOUN_ENDINGS)
        ):
            actions += 1
    return actions >= 2 and items[0][:1].isupper()


def _duty_objects(*, body: str, items: list[str]) -> bool:
    """Return whether a line opens with an action on a lowercase object and lists common nouns after it, as a
    duty does ("Design grading, drainage, water and sewer plans"), not names (a keyword list)."""
    words = body.split()
    if len(words) < 2 or not words[1][:1].islower() or not reads_as_action(text=body):
        return False
    return sum(item.strip()[:1].isupper() for item in items[1:]) <= 1
