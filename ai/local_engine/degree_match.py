"""Whether a resume holds the degree a posting asks for: one degree, at least as high, in the field asked.

A recruiter reads one degree at a time: "B.S. in Business" and "M.S. in Computer Science" do not add up to
a master's in business. A degree meets the field when its own line (or the line after it, where a layout
breaks "Bachelor of Science" from its subject) names the field; "or a related field" accepts a subject of the
same family (``degree_fields``) by half, and a degree whose subject cannot be read by half too. A degree not
yet awarded ("Aug 2023 - May 2027", "expected 2027") is not held, unless the posting asks for graduates-to-be.
"""

import datetime
import re

from ai.local_engine.degree_fields import BROAD_FIELD_WORDS, families_of, of_kind_asked, subject_words
from ai.local_engine.degree_types import shows_a_type
from ai.local_engine.requirement_model import Requirement
from ai.local_engine.resume_view import CREDIT, Match, ResumeView
from ai.local_engine.text import normalize_phrase, stem

RELATED_FIELD_CREDIT = 0.5  # a degree in a related field, where the posting accepts "a related field"
# A degree the resume says is under way.
_UNDER_WAY_RE = re.compile(
    r"\b(?:expected|anticipated|in progress|pursuing|ongoing|present|current(?:ly)?|candidate)\b", re.I
)
_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
# A posting that hires students or graduates-to-be ("graduating by summer 2026", "currently enrolled").
_STUDENTS_WELCOME_RE = re.compile(
    r"\b(?:graduating|graduate by|pursuing|enrolled|final[- ]year|student|expected|working towards)\b", re.I
)
# A school's name inside a degree line ("Ivy Tech Community College", "the University of Rhode Island"):
# its words name no subject.
_SCHOOL_NAME_RE = re.compile(
    r"(?:[A-Z][\w.&'-]*[ \t]+){0,3}"
    r"(?:Univers\w*|College|Institute|School|Academy|Polytechnic|Faculty|Hochschule)"
    r"(?:[ \t]+(?:of|for|at)[ \t]+(?:the[ \t]+)?[A-Z][\w.&'-]*(?:[ \t]+[A-Z][\w.&'-]*){0,3})?"
)
# One of which every school's name holds, as written (the pattern minds case): a text with none is not read.
SCHOOL_WORDS = (
    *("Univers", "College", "Institute", "School", "Academy", "Polytechnic", "Faculty", "Hochschule"),
)


# Degrees whose initials name their subject: an MSW is a social work degree.
_SUBJECT_OF = {
    "msw": "social work",
    "bsw": "social work",
    "mph": "public health",
    "mba": "business administration",
    "bba": "business administration",
    "bbs": "business studies",
    "bbus": "business",
    "bcom": "commerce",
    "bcomm": "commerce",
    "bsn": "nursing",
    "msn": "nursing",
    "med": "education",
    "bed": "education",
    "llb": "law",
    "llm": "law",
    "jd": "law",
    "bfa": "fine arts",
    "march": "architecture",
    "barch": "architecture",
    "bpharm": "pharmacy",
    "mpharm": "pharmacy",
    "pharmd": "pharmacy",
    "mbbs": "medicine",
}


def _subject(text: str) -> frozenset[str]:
    """Return the subject words of a degree line: its words outside the school's name and the degree's."""
    # "M.B.A." is the MBA: dotted initials are the degree's abbreviation.
    outside = _SCHOOL_NAME_RE.sub(" ", text) if any(word in text for word in SCHOOL_WORDS) else text
    words = {w.replace(".", "") for w in normalize_phrase(text=outside).split()}
    for word in list(words):
        if word in _SUBJECT_OF:
            words.update(normalize_phrase(text=_SUBJECT_OF[word]).split())
    return subject_words(words=frozenset(words))


def _under_way(text: str) -> bool:
    years = [int(y) for y in _YEAR_RE.findall(text)]
    return bool(_UNDER_WAY_RE.search(text)) or any(y > datetime.date.today().year for y in years)


def _stems(words: frozenset[str]) -> frozenset[str]:
    """Return the stems of the longer words ("interpret" of "interpreting" and "interpretation")."""
    return frozenset(stem(word) for word in words if len(word) > 4)


def _field_credit(*, requirement: Requirement, subject: frozenset[str]) -> float:
    """Return 1 for a degree in the field asked, a half for a related one where that is accepted, else 0."""
    asked = requirement.extra.get("field_words", frozenset())
    if (
        not asked
        or subject_words(words=asked) & subject
        or _stems(subject_words(words=asked)) & _stems(subject)
    ):
        return 1.0  # ("Interpreting" for "ASL-English Interpretation": the same subject in another form)
    if asked <= BROAD_FIELD_WORDS and families_of(words=subject) & families_of(words=asked):
        return 1.0  # "a health or science field", "a STEM subject": any subject of the kind named
    if of_kind_asked(asked=asked, subject=subject):
        return 1.0  # "B.S. Biology" for "a degree in a life science, nursing or health informatics"
    if not requirement.extra.get("related_ok"):
        return 0.0
    families = families_of(words=subject)
    if families and families.isdisjoint(families_of(words=subject_words(words=asked))):
        return 0.0  # "Supply Chain Management" is no field related to "HVAC, industrial maintenance"
    return RELATED_FIELD_CREDIT


def degree_match(*, requirement: Requirement, view: ResumeView) -> Match | None:
    """Return the best degree line's match of a degree requirement, or None."""
    if requirement.level is None:
        return None
    sentences = view.index.sentences
    students_welcome = bool(_STUDENTS_WELCOME_RE.search(requirement.sentence))
    best: tuple[float, bool, int] = (0.0, False, -1)
    for number, levels in enumerate(view.degree_levels):
        if not levels or view.copied[number] or max(levels) < requirement.level:
            continue
        text = sentences[number].text
        after = number + 1
        if after < len(sentences) and not view.degree_levels[after] and not view.copied[after]:
            text = f"{text}\n{sentences[after].text}"
        # a line that writes its own years is dated by them: a date on the line after it is another fact's
        # ("B.A. English, 2022." then "Available from January 2027.")
        dated_by = sentences[number].text if _YEAR_RE.search(sentences[number].text) else text
        if _under_way(dated_by) and not students_welcome:
            continue
        asked_types = requirement.extra.get("degree_types")
        if asked_types and not shows_a_type(asked=asked_types, text=text):
            continue  # "B.E./B.Tech or MBA": another degree of the level is not one of those accepted
        credit = _field_credit(requirement=requirement, subject=_subject(text))
        # at equal credit a line under Education is the degree ("B.S. Chemistry"), not a role's title in
        # Experience that names a level ("Undergraduate Research Assistant")
        place = (credit, view.sections[number] == "education")
        if credit > 0 and place > best[:2]:
            best = (*place, number)
    credit, _, number = best
    if number < 0:
        return _by_certificate(requirement=requirement, view=view)
    return Match(
        requirement=requirement,
        credit=credit,
        evidence=sentences[number].text,
        matched=sentences[number].text.strip(),
        via="degree",
        context="education",
    )


# "A bachelor's degree or a data analytics certificate (Google, IBM or similar)": a certificate of that kind
# stands for the degree.
_OR_CERTIFICATE_RE = re.compile(
    r"\bdegree\b[^.;]{0,40}?\bor\s+(?:an?\s+)?((?:[\w-]+\s+){1,3}?)(?:professional\s+)?"
    r"(?:certificate|certification|diploma)\b",
    re.IGNORECASE,
)
_CERTIFICATE_WORD_RE = re.compile(r"\bcertifi(?:cate|cation|ed)\b|\bdiploma\b", re.IGNORECASE)


def _by_certificate(*, requirement: Requirement, view: ResumeView) -> Match | None:
    """Return a match for a degree the posting lets a certificate of a named kind stand for, where the
    resume holds such a certificate ("Google Data Analytics Professional Certificate"), or None."""
    accepted = _OR_CERTIFICATE_RE.search(requirement.sentence)
    if accepted is None:
        return None
    wanted = frozenset(normalize_phrase(text=accepted.group(1)).split())
    for number, sentence in enumerate(view.index.sentences):
        if (
            wanted
            and not view.copied[number]
            and wanted <= view.index.sentence_tokens[number]
            and _CERTIFICATE_WORD_RE.search(sentence.text)
        ):
            return Match(
                requirement=requirement,
                credit=CREDIT["prose"],
                evidence=sentence.text,
                matched=sentence.text.strip(),
                via="certificate",
                context="prose",
            )
    return None


# "Bachelor's degree preferred; equivalent experience accepted", "a degree or equivalent work experience".
_EQUIVALENT_RE = re.compile(
    r"\bequivalent\s+(?:work\s+|professional\s+|practical\s+)?experience\b|\bexperience\s+in\s+lieu\b",
    re.IGNORECASE,
)
# Years of relevant work that stand for a degree when the posting accepts them instead (no years asked).
EQUIVALENT_MIN_YEARS = 4


def by_equivalent_experience(
    *, match: Match, years_relevant: float | None, years_asked: int | None
) -> Match | None:
    """Return an unmet degree requirement met by relevant work when its sentence accepts equivalent
    experience and the resume shows the years asked (at least four), or None."""
    requirement = match.requirement
    if match.met or requirement.kind != "degree" or not _EQUIVALENT_RE.search(requirement.sentence):
        return None
    if years_relevant is None or years_relevant < max(years_asked or 0, EQUIVALENT_MIN_YEARS):
        return None
    return Match(
        requirement=requirement,
        credit=CREDIT["prose"],
        evidence=f"(about {round(years_relevant)} relevant years of work)",
        matched="",
        via="equivalent experience",
        context="prose",
    )


# "Completed vocational training as X, or a degree in logistics": the degree is one way to the same ask.
_OR_DEGREE_RE = re.compile(r",?\s+or\s+(?:an?\s+|equivalent\s+)?(?:[\w'’.-]+\s+){0,2}degree\b", re.IGNORECASE)


def by_alternative_before(*, match: Match, matches: list[Match]) -> Match | None:
    """Return an unmet degree requirement met by what its sentence names before "or a degree" (a
    vocational training, an apprenticeship, a licence), when the resume meets that, or None."""
    requirement = match.requirement
    if match.met or requirement.kind != "degree":
        return None
    degree = _OR_DEGREE_RE.search(requirement.sentence)
    if degree is None:
        return None
    before = requirement.sentence[: degree.start()]
    for other in matches:
        asked = other.requirement.asked_as or other.requirement.name
        if (
            other.met
            and other.requirement is not requirement
            and other.requirement.sentence == requirement.sentence
            and asked in before
        ):
            return Match(
                requirement=requirement,
                credit=other.credit,
                evidence=other.evidence,
                matched=other.matched or asked,
                via="alternative",
                context=other.context,
            )
    return None
