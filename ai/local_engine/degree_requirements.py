"""The degree a posting asks for: the lowest level it accepts, with the field it must be in."""

import re

from ai.local_engine.certifications import LEVELLED_DIPLOMA_RE
from ai.local_engine.cue_gates import case_blind, holds_any
from ai.local_engine.degree_field_spans import (
    DEGREE_FIELD_RE,
    FIELD_END_RE,
    FIELD_EXAMPLES_RE,
    OPEN_ALTERNATIVE_RE,
    degree_field,
    field_span,
)
from ai.local_engine.degree_levels import degree_levels_of
from ai.local_engine.degree_types import degree_types, listed_degrees
from ai.local_engine.job import Importance
from ai.local_engine.junk import DEGREE_WORDS
from ai.local_engine.requirement_model import Requirement
from ai.local_engine.text import STOPWORDS, Sentence, normalize_phrase

# A named degree a recruiter screens for by that name ("BSN preferred", "MBA or equivalent").
_NAMED_DEGREE_RE = re.compile(r"\b(MBA|BSN|MSN|BBA|LLB|LLM|MPH|JD|MD|PharmD|DNP|DPT|DVM|PsyD|EdD)\b")
# The field such a degree is in: a degree in another field does not meet "BSN" or "MBA".
_NAMED_DEGREE_FIELDS = {
    "bsn": frozenset({"bsn", "msn", "nursing"}),
    "msn": frozenset({"msn", "nursing"}),
    "mba": frozenset({"mba", "business", "pgdm"}),  # India's PGDM, an MBA's equal
    "bba": frozenset({"bba", "mba", "business"}),
    "llb": frozenset({"llb", "llm", "law", "jd"}),
    "llm": frozenset({"llm", "law"}),
    "jd": frozenset({"jd", "law"}),
    "mph": frozenset({"mph", "health"}),
    # A professional doctorate is met by its own name or its field ("Doctor of Physical Therapy").
    "pharmd": frozenset({"pharmd", "pharmacy"}),
    "dpt": frozenset({"dpt", "physical", "therapy"}),
    "dnp": frozenset({"dnp", "nursing"}),
    "dvm": frozenset({"dvm", "veterinary"}),
}
# Tested before the sentence's words: it rarely matches, and reading the words costs more.
_DEGREE_IN_RE = re.compile(
    r"\b(degree|diploma)(?:\s*\([^()\n]*\))? in\b|\b(university|college) degree\b", re.I
)
# One of which every match of _DEGREE_IN_RE holds (most sentences have none). A sentence _DEGREE_OFFERED_RE
# cut pieces from (each left as a space) holds one only where the whole sentence did.
_DEGREE_IN_WORDS = ("degree", "diploma")
_RELATED_FIELD_RE = re.compile(r"\b(related|similar|equivalent|quantitative|technical)\b", re.I)
_FIELD_FILLER = frozenset(
    {
        "related",
        "relevant",  # "a degree in a relevant field": as "related"
        "field",
        "subject",
        "similar",
        "equivalent",
        "experience",
        "practical",
        "area",
        "discipline",
        "preferred",
        "required",
    }
)
_FIELD_KINDS = frozenset({"hard_skill", "tool", "responsibility", "soft_skill"})  # "... in Communications"
_HND_RE = re.compile(r"\bHN[CD]\b")
# A degree as people or places the job offers or sits beside, not one asked: "two PhD students", "a PhD
# scholarship", "graduate programmes".
_DEGREE_OFFERED_RE = re.compile(
    r"\b(?:PhD|Ph\.D\.?|doctoral|master'?s|MSc|postgraduate)\s+(?:students?|scholarships?|fellowships?|"
    r"studentships?|positions?|projects?|theses|thesis|supervision|programmes?)\b",
    re.I,
)
_OFFERED_WORDS = ("ph", "doctoral", "master", "msc", "postgraduate")  # of every _DEGREE_OFFERED_RE match
_ANY_FIELD_RE = re.compile(
    r"\bany\s+(?:other\s+)?(?:(?:relevant|related|appropriate|recogni[sz]ed)\s+)?"
    r"(?:field|discipline|subject|area|major)s?\b",
    re.IGNORECASE,
)
_SLASH_BEFORE_RE = re.compile(r"/\s*$")
_SLASH_AFTER_RE = re.compile(r"\s*(?:[A-Za-z&]+\s+)?/")
_DEGREE_NAMES = {1: "Associate degree", 2: "Bachelor's degree", 3: "Master's degree", 4: "Doctorate (PhD)"}
# The degrees that license a practice, at the doctorate's level: a posting asking "BVSc / DVM" asks for them,
# not a PhD, and is named as it names them.
_PRACTICE_DEGREE_RE = re.compile(
    r"\b(?:DVM|BVSc|BVMS|BVetMed|MBBS|MD|M\.D\.|PharmD|Pharm\.D\.|DPT|DNP|JD|J\.D\.|PsyD|Psy\.D\.|EdD)(?!\w)"
)
_RESEARCH_DOCTORATE_RE = re.compile(r"\bph\.?\s?d\b|\bd\.?\s?phil\b|\bdoctora", re.IGNORECASE)


def _related_ok(*, text: str, named_field: bool) -> bool:
    """Return whether a degree in a related field is accepted ("a degree in Computer Science or a related
    field"); "BSc (Hons) Physiotherapy or equivalent" accepts an equivalent award in that field only."""
    words = {m.group().lower() for m in _RELATED_FIELD_RE.finditer(text)}
    return bool(words - {"equivalent"}) if named_field else bool(words)


def _lowest_degree(*, asks: list[Sentence]) -> tuple[int, Sentence] | None:
    """Return the lowest degree level the asking sentences accept and the sentence that names it, or None."""
    found: list[tuple[int, Sentence]] = []
    for sentence in asks:
        text = sentence.text
        lower = case_blind(text)
        if holds_any(words=_OFFERED_WORDS, lower=lower) and _DEGREE_OFFERED_RE.search(text):
            # "There are two PhD students in the department", "A PhD scholarship ... is available"
            text = _DEGREE_OFFERED_RE.sub(" ", text)
        levels = degree_levels_of(text=text)
        if levels:
            found.append((min(levels), sentence))
        elif (
            holds_any(words=_DEGREE_IN_WORDS, lower=lower)
            and (named := _DEGREE_IN_RE.search(text))
            and not any(m.start() <= named.start() < m.end() for m in LEVELLED_DIPLOMA_RE.finditer(text))
            and set(normalize_phrase(text=text).split()) & DEGREE_WORDS
        ):
            found.append((2, sentence))  # "Degree in Computer Science": a first degree, a bachelor's
    return min(found, key=lambda item: item[0]) if found else None


def _field_words(*, text: str, field: re.Match[str]) -> frozenset[str]:
    """Return the words of the field a degree must be in ("computer", "science"), with the fields given as
    examples in brackets after it, without filler ("related", "field")."""
    if _ANY_FIELD_RE.search(field.group(1)):
        return frozenset()  # "a bachelor's degree in any field (required for the visa)": no field asked
    words = {
        w
        for w in normalize_phrase(text=field.group(1)).split()
        if w not in STOPWORDS and w not in _FIELD_FILLER
    }
    examples = FIELD_EXAMPLES_RE.match(text, field.end(1))
    if examples is not None:
        # "a degree in Mathematics or a maths-heavy subject (engineering, physics)": the examples are fields.
        words |= {w for w in normalize_phrase(text=examples.group(1)).split() if w not in STOPWORDS}
    return frozenset(words)


def _named_higher(
    *, sentence: Sentence, named: re.Match[str], level: int, importance: Importance
) -> Requirement | None:
    """Return the row of a degree named above the level asked ("Bachelor's degree (MBA preferred)": a higher
    one named as a plus), or None."""
    named_levels = degree_levels_of(text=named.group())
    if not named_levels or min(named_levels) <= level:
        return None
    return Requirement(
        id="",
        name=named.group(),
        kind="degree",
        importance=importance.at(sentence_start=sentence.start, position=sentence.start + named.start()),
        sentence=sentence.text,
        key=f"degree named {named.group().lower()}",
        concept_id=None,
        position=sentence.start + named.start(),
        source="degree",
        level=min(named_levels),
        extra={"field_words": _NAMED_DEGREE_FIELDS.get(named.group().lower(), frozenset())},
    )


def degree_requirement(
    *, asks: list[Sentence], importance: Importance, requirements: list[Requirement]
) -> int | None:
    """Add the degree the posting asks for (the lowest it accepts) and return its level, or None."""
    asked = _lowest_degree(asks=asks)
    if asked is None:
        return None
    level, sentence = asked
    field = degree_field(text=sentence.text)
    field_words = _field_words(text=sentence.text, field=field) if field is not None else frozenset()
    named = _NAMED_DEGREE_RE.search(sentence.text)
    if named is not None and (
        _SLASH_BEFORE_RE.search(sentence.text, 0, named.start())
        or _SLASH_AFTER_RE.match(sentence.text, named.end())
    ):
        named = None  # "CA / ICWA / MBA Finance / B.Com": one of the qualifications accepted
    listed = listed_degrees(text=sentence.text)
    if listed is not None and named is not None and listed.start() <= named.start() < listed.end():
        named = None  # "B.E./B.Tech or MBA": one of the degrees accepted, not a higher one wanted more
    if named is not None and (
        higher := _named_higher(sentence=sentence, named=named, level=level, importance=importance)
    ):
        requirements.append(higher)
        named = None
    elif named is None:
        # "Graduate in any discipline; MBA (Finance) will be preferred": the higher one in the clause after
        end = sentence.start + len(sentence.text)
        for other in asks:
            if 0 <= other.start - end <= 2 and (other_named := _NAMED_DEGREE_RE.search(other.text)):
                higher = _named_higher(sentence=other, named=other_named, level=level, importance=importance)
                if higher is not None:
                    requirements.append(higher)
    name = _DEGREE_NAMES[level]
    if level == 1 and _HND_RE.search(sentence.text):
        name = "HNC, HND or degree"  # the UK's higher national awards, or more
    elif level == 1 and "foundation degree" in sentence.text.lower():
        name = "Foundation degree"
    elif level == 1 and re.search(r"\btertiary\s+qualification", sentence.text, re.IGNORECASE):
        name = "Tertiary qualification"  # Australia's: a diploma or a degree
    elif level == 1 and re.search(r"\bdiploma\b", sentence.text, re.IGNORECASE):
        name = "Diploma or degree"  # "Diploma / B.E.", "the NAFD Diploma in Funeral Directing"
    elif level == 4 and not _RESEARCH_DOCTORATE_RE.search(sentence.text):
        practice = list(dict.fromkeys(m.group() for m in _PRACTICE_DEGREE_RE.finditer(sentence.text)))
        name = " / ".join(practice) or name
    if listed is not None:
        name = listed.group()  # "B.E./B.Tech or MBA": the degrees the posting accepts, as it names them
    if named is not None:
        name = named.group()
        field_words = field_words or _NAMED_DEGREE_FIELDS.get(name.lower(), frozenset())
    elif field is not None and field_words:
        field_name = FIELD_END_RE.split(field.group(1))[0].strip(" ,")
        # "Mathematics or a maths-heavy subject": the open alternative is read (related_ok, the examples) but
        # is no part of the name, whose prose words would make a stuffed line of names read as a sentence.
        field_name = OPEN_ALTERNATIVE_RE.sub("", field_name)
        if 0 < len(field_name.split()) <= 8:
            name = f"{name} in {field_name}"  # "Bachelor's degree in Accounting or Finance"
    position = sentence.start + (named.start() if named is not None else field.start() if field else 0)
    asked_as = field.group().strip() if field is not None else named.group() if named is not None else ""
    # "a degree in Computer Science": the field is part of the degree, not a skill of its own; so is the field
    # of a higher degree named as a plus ("Master's degree or PhD in Computer Science" under Preferred).
    spans = [field_span(sentence=sentence, field=field)] if field is not None else []
    for other in asks:
        if other is not sentence and (other_field := degree_field(text=other.text)) is not None:
            if degree_levels_of(text=other.text):
                spans.append(field_span(sentence=other, field=other_field))
    for start, end in spans:
        requirements[:] = [
            r
            for r in requirements
            if not (start <= r.position < end and r.kind in _FIELD_KINDS and r.occurrences == 1)
        ]
    requirements.append(
        Requirement(
            id="",
            name=name,
            asked_as=asked_as if asked_as != name else "",
            kind="degree",
            importance=importance.at(sentence_start=sentence.start, position=position),
            sentence=sentence.text,
            key=f"degree level {level}",
            concept_id=None,
            position=sentence.start,
            source="degree",
            level=level,
            extra={
                "field_words": field_words,
                "related_ok": _related_ok(
                    text=sentence.text, named_field=field is not None and field.re is not DEGREE_FIELD_RE
                ),
                "degree_types": degree_types(text=listed.group()) if listed is not None else frozenset(),
            },
        )
    )
    return level
