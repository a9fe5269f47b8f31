"""The degree levels a text names (1 associate .. 4 doctorate): "B.Sc. in Physics", "MBA", "Doctor of
Pharmacy", not "Warehouse Associate" nor "MS Project"."""

import re

from ai.local_engine.aliases import DEGREE_LEVELS
from ai.local_engine.regex_guards import starts_guarded
from ai.local_engine.text import tokenize

_DEGREE_HINT_RE = starts_guarded(
    re.compile(
        r"\b(?:associate|foundation degree|bachelor|master|undergraduate|graduate|doctor|ph\.?d|mba|bsn|msn|"
        r"pgdm|tertiary|bba|bbs\b|b\.b\.s\b|b\.?comm?\b|bbus\b|d\.?phil\b|hn[cd]\b|"
        r"pharm\.?d\b|dnp\b|dpt\b|dvm\b|ed\.?d\b|psy\.?d\b|j\.d\b|m\.d\b|"
        r"[bm]\.?(?:sc?|a|a\.?sc|eng?|tech|des)\b|[bm]\.e\b|\b[bm]ca\b|[bm]\.(?:[a-z]\.){2}|\ba\.a\.s\b|\baas\b|\ba\.[as]\.|"
        r"\b(?:[mb]\.?s\.?w|[mb]\.?ed|m\.?p\.?h|[mb]\.?f\.?a|ll\.?[bm]|m\.?phil|mres|mbbs|"
        r"[bm]\.?arch|[bm]pharm|bvsc|bvms|bvetmed)\b|\bdiploma\b)",
        re.IGNORECASE,
    )
)

# Degree names that are also roles or titles: they name a degree only beside one of these (or "degree").
_ROLE_LIKE_DEGREES = frozenset({"associate", "master", "masters", "doctor"})
_PRODUCT_AFTER = frozenset(
    "project office excel word sql access team teams dynamic visio outlook powerpoint azure exchange "
    # "BA certification", "a BA role", "BA experience": a business analyst's
    "certification certifications certificate certified role roles position experience lead manager "
    "practice".split()
)
_TERTIARY_FOLLOWERS = frozenset({"qualification", "qualifications", "degree", "degrees"})
_DEGREE_FOLLOWERS = frozenset({"s", "of", "in", "degree", "program", "programme", "diploma"})
# Degrees written as everyday words or a state's code ("MA" is Massachusetts, "March" a month): one only where
# written as the degree, dotted ("M.A.", "M.Ed.") or in its capitals before the field or "(Hons)" it is in
# ("MA English Literature", "MEd (Hons)"). "BBS" is also a bar bending schedule ("as per BBS and shuttering")
# and behaviour-based safety.
_WORD_LIKE_DEGREES = frozenset({"ma", "med", "bed", "march", "bbs"})
_WRITTEN_AS_DEGREE = frozenset({"MA", "MEd", "BEd", "MArch", "BBS"})

_SCHOOL_OR_DEGREE_RE = re.compile(r"\b(?:Univers\w*|College|Institute|School|Hons|honours|degree)\b")


def _written_as_degree(*, text: str, tokens: list, index: int) -> bool:
    written = tokens[index].text
    if "." in written.rstrip("."):
        return True
    if written not in _WRITTEN_AS_DEGREE or text[: tokens[index].start].rstrip().endswith(","):
        return False  # "Cambridge, MA Area": a state after its city
    following = tokens[index + 1].text if index + 1 < len(tokens) else ""
    return (following[:1].isupper() and following[1:].islower()) or following in ("in", "of")


# A college's or a professional body's diploma in a field ("Diploma in Electrical Engineering", "NAFD Diploma
# in Funeral Directing", "Diploma of Nursing", "Advanced Diploma, Film and Television Production", "National
# Diploma: Safety Management" of a "Label: value" CV) or offered beside a degree ("Diploma / B.E.", "Diploma
# or degree in Event Management"): below a bachelor's, as an associate degree. Not a school's ("High school
# diploma") nor a levelled award ("Level 3 Diploma in Adult Care": a vocational qualification).
_DIPLOMA_RE = re.compile(
    r"(?<![Ss]chool )(?<!HS )(?<!GED )\b[Dd]iploma\b"
    r"(?![^\n]*\b(?:[Hh]igh|[Ss]econdary|[Gg]rammar)\s+[Ss]chool\b)"
    r"(?=\s+(?:in|of)\s+(?:the\s+)?[A-Z]|\s*(?:/|or\s+(?:an?\s+)?(?:[A-Z]|degree\b|bachelor))|"
    r",\s+[A-Z][a-z]+\s+(?:and\s+)?[A-Z]|"
    # its field after a colon or a dash ("College Diploma – Electrical Techniques"), not a remark ("Required")
    r"(?::|\s[–—-])\s+(?!(?:Required|Preferred|Desirable|Essential|Yes|No|None|Not)\b)"
    r"[A-Z][a-z]+(?:\s+(?:and\s+|&\s+)?[A-Z][a-z]+)?\b(?!\s*:))"
)
# ... or after its field, as a Canadian college's CV line has it ("Computer Systems Technology (Network
# Administration), Diploma")
_FIELD_THEN_DIPLOMA_RE = re.compile(
    r"^\W*[A-Z][a-z]+(?:\s+(?:[A-Z(][\w()&-]*|and|of))*(?<!School)(?<!Secondary),"
    r"\s+(?:Advanced\s+)?Diploma\s*(?:$|[|,–—-])",
    re.MULTILINE,
)
# ... or offered after a degree, as Canada's and Australia's postings do ("Post-secondary degree or diploma in
# computer science", "a degree/diploma in nursing")
_DEGREE_OR_DIPLOMA_RE = re.compile(r"\bdegree\s*(?:or|/)\s*(?:an?\s+)?diploma\b", re.IGNORECASE)
# India's "Graduate in any stream", "Any graduate": a first degree in any subject.
_ANY_GRADUATE_RE = re.compile(
    r"\bany\s+graduate\b|\bgraduat(?:e|ion)\s+(?:in|from)\s+any\s+(?:stream|discipline|field|subject|branch)",
    re.IGNORECASE,
)
_LEVEL_BEFORE_RE = re.compile(r"\blevel\s+\d\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
DIPLOMA_LEVEL = 1
_HYPHENED_DEGREE_RE = re.compile(r"\b(Pharm|[BM])-(D|Tech|Sc|Com|Arch|Pharm|E)\b")
# A bachelor's that licenses a doctor's or a vet's practice, spelled out (MBBS, BVSc: the MD's, DVM's peers).
_PROFESSIONAL_BACHELORS = (["of", "veterinary"], ["of", "medicine"])


def degree_levels_of(*, text: str) -> list[int]:
    if "-" in text:
        text = _HYPHENED_DEGREE_RE.sub(r"\1\2", text)  # "Pharm-D", "B-Tech": PharmD, BTech
    if not _DEGREE_HINT_RE.search(text):
        return []
    levels = [
        DIPLOMA_LEVEL
        for diploma in _DIPLOMA_RE.finditer(text)
        if not _LEVEL_BEFORE_RE.search(text, max(0, diploma.start() - 30), diploma.start())
    ]
    levels += [DIPLOMA_LEVEL for _ in _DEGREE_OR_DIPLOMA_RE.finditer(text)]
    levels += [DIPLOMA_LEVEL for _ in _FIELD_THEN_DIPLOMA_RE.finditer(text)]
    levels += [DEGREE_LEVELS["bachelor"] for _ in _ANY_GRADUATE_RE.finditer(text)]
    tokens = tokenize(text=text)
    for index, token in enumerate(tokens):
        key = token.text.lower().rstrip(".")
        # "B.B.A.", "M.B.A.": dotted initials are the degree's abbreviation.
        level = DEGREE_LEVELS.get(key, DEGREE_LEVELS.get(key.replace(".", "")))
        # Short degree abbreviations ("MS", "BA") are everyday words or brands in lower case.
        if level is None or (len(token.text.rstrip(".")) <= 3 and not token.text[:1].isupper()):
            continue
        # "Warehouse Associate", "Master Electrician", "Doctor of the house": a role, unless a degree is
        # named ("Associate's", "Master of Science", "an associate degree").
        following = tokens[index + 1].norm if index + 1 < len(tokens) else ""
        if key in _ROLE_LIKE_DEGREES and following not in _DEGREE_FOLLOWERS and "degree" not in text.lower():
            continue
        # "two partners and an associate in a busy group": a colleague ("Associate in Applied Science" is one)
        after = tokens[index + 2].text if index + 2 < len(tokens) else ""
        if key in _ROLE_LIKE_DEGREES and following == "in" and not after[:1].isupper():
            continue
        if key == "tertiary" and following not in _TERTIARY_FOLLOWERS:
            continue  # "a tertiary qualification in science", not "tertiary care" nor a heading
        if key == "foundation" and following != "degree":
            continue  # "a strong foundation in maths": only the UK's "Foundation Degree" is one
        if key in {"ms", "ba"} and following in _PRODUCT_AFTER:
            continue  # "MS Project", "MS Excel": Microsoft's; "BA team": business analysts
        if key == "bs" and (following.isdigit() or following in {"en", "iso"}):
            continue  # "BS 7671", "BS EN 1090": a British Standard, not a B.S.
        word_like = key.replace(".", "") in _WORD_LIKE_DEGREES
        if word_like and not _written_as_degree(text=text, tokens=tokens, index=index):
            continue  # "Boston, MA 02110", "MARCH 2021", "a BED of nails": a place, a month, a word
        if key == "bbs" and not _SCHOOL_OR_DEGREE_RE.search(text):
            continue  # "BBS Observation Program": a safety scheme; "BBS Finance – Dublin City University"
        if key == "bachelor" and [t.norm for t in tokens[index + 1 : index + 3]] in _PROFESSIONAL_BACHELORS:
            level = DEGREE_LEVELS["mbbs"]  # "Bachelor of Veterinary Science": a vet's BVSc, as a DVM
        levels.append(level)
    return levels
