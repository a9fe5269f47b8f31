"""Licences a posting names (read by ``certifications``): by a capitalised title ("Current RN license",
"Full UK C+E licence"), a state and a trade in lower case ("a California real estate license"), a holder in
lower case ("a valid driver's license"); and certifications named by the trade that holds them ("forklift
operator certification")."""

import re

from ai.local_engine.aliases import US_STATES
from ai.local_engine.text import Sentence, normalize_phrase, normalize_token
from ai.local_engine.vocab import everyday_words

# "Current RN license", "CPA licence", "state nursing licensure": a licence named by its holder's title.
# "Full UK C+E licence": a UK driving licence's categories are joined with a plus.
# "Texas Property & Casualty (General Lines) license": "&" and a bracket inside the name.
_LICENSE_WORD = r"[A-Z][\w.&'+-]*\s+"
LICENSE_RE = re.compile(
    rf"\b((?:{_LICENSE_WORD}){{1,4}}(?:(?:&\s+|\([A-Z][^()\n]{{0,30}}\)\s+)(?:{_LICENSE_WORD}){{0,2}}){{0,2}})"
    r"(?:[Ll]icen[sc]e|[Ll]icensure)\b"
)
LICENSE_ADJECTIVES = frozenset({"current", "valid", "active", "state", "unrestricted", "full", "a", "an"})
# "valid driver's license", "boiler operator license", "journeyman electrician license": a licence named in
# lower case by the trade that holds it. The word before the holder is kept when it qualifies the trade
# ("boiler", "journeyman"), not when it is the verb or article that asks for the licence.
_HOLDER_LICENSE_RE = re.compile(
    r"\b(?:([A-Za-z][a-z-]+)\s+)?([a-z]+)(?:'s)?\s+(?:license|licence|licensure)\b"
)
_NOT_HOLDER_WORDS = LICENSE_ADJECTIVES | frozenset(
    """the and or with have has hold holds possess possesses obtain obtained maintain must own require
    required needed plus is be of in any your their our""".split()
)


# The first words of a place's name: "New" of "New Zealand", "New South" of "New South Wales".
_PLACE_HEAD_RE = re.compile(r"\b(?:(?:New|North|South|West|East|Northern|Western|Southern)\s+)+$")


def _holder_licenses(*, sentence: Sentence, role_nouns: frozenset[str]) -> list[tuple[int, int, Sentence]]:
    """Return the licences ``sentence`` names in lower case by their holder ("a valid driver's license")."""
    found = []
    for match in _HOLDER_LICENSE_RE.finditer(sentence.text):
        # The holder is compared as a norm, as role nouns are: "operators licence" is an operator's.
        if normalize_token(raw=match.group(2)) not in role_nouns:
            continue  # "software license", "open-source license": a contract, not a credential
        qualifier = match.group(1)
        start = match.start(1) if qualifier and qualifier.lower() not in _NOT_HOLDER_WORDS else match.start(2)
        if (
            qualifier
            and qualifier[:1].isupper()
            and (place := _PLACE_HEAD_RE.search(sentence.text, 0, start))
        ):
            start = place.start()  # "New Zealand driver licence", "New South Wales": the place is one name
        found.append((sentence.start + start, sentence.start + match.end(), sentence))
    return found


# "an active Arizona cosmetology license", "a California real estate license": a state's licence for a trade
# named in lower case.
_STATE_LICENSE_RE = re.compile(
    r"\b((?:" + "|".join(state.title() for state in sorted(US_STATES)) + r")\s+(?:[a-z][a-z-]+\s+){1,2})"
    r"(?:license|licence|licensure)\b"
)


# A heavy vehicle's driving licence named by its class: "Full UK Class 1 (C+E) driving licence", "HGV Class 1
# licence", "Cat C+E licence". The class is the licence asked (an articulated lorry's), so it stays in the
# name, and only that class meets it. Written so, with a category in brackets, a "+" or the vehicle's letters;
# a car's class alone ("Alberta Class 5 driver's licence") is any driving licence
# (``commercial_licences_drive``).
_CLASS_LICENCE_RE = re.compile(
    r"\b((?:(?P<vehicle>HGV|LGV|PCV)\s+)?(?P<word>Class|Cat(?:egory)?\.?)\s+"
    r"(?P<code>[A-Z0-9]{1,2}(?:[ \t]*\+[ \t]*[A-Z0-9]{1,2})?)"
    r"(?:[ \t]*\([ \t]*(?P<category>[A-Z0-9]{1,2}(?:[ \t]*\+[ \t]*[A-Z0-9]{1,2})?)[ \t]*\))?[ \t]+"
    r"(?:(?:HGV|LGV|PCV)[ \t]+)?(?:(?:driving|driver['’]?s?)[ \t]+)?)(?:licen[cs]e|licensure)\b"
)


# A US commercial driver's licence by its letters, with its class before or after: "Class A CDL", "CDL-A",
# "CDL Class B", "a CDL". The letters are the licence's name, though no credential's noun follows them.
# (Not the letters in brackets after the name spelled out, "Commercial Driver's License (CDL)", read so; nor
# the school that leads to it, "we pay for CDL school"; nor a job that needs none, "Non-CDL box truck"; nor an
# aircraft's Configuration Deviation List, "MEL/CDL items", "MEL or CDL restrictions".)
CDL_RE = re.compile(
    r"(?<![(/-])(?<!\bor )\b(?:Class[ \t]+(?P<before>[ABC])[ \t]+)?CDL"
    r"(?:[ \t]*-[ \t]*(?P<after>[ABC])\b|[ \t]+Class[ \t]+(?P<named>[ABC])\b)?(?![\w-])"
    r"(?![ \t]+(?:school|training|program|course|classes|test|permit|items?|restrictions?)\b)"
)


def cdl_class(*, term: str) -> str:
    """Return the class of a commercial driver's licence named by its letters ("A" of "CDL-A"), or ""."""
    cdl = CDL_RE.fullmatch(term)
    return (cdl.group("before") or cdl.group("after") or cdl.group("named") or "") if cdl else ""


def class_licence_keys(*, term: str) -> tuple[str, ...]:
    """Return how a resume names the class of a heavy vehicle's licence ("class 1", "c+e" of "Class 1 (C+E)
    driving licence"; "cdl a", "class a cdl" of "Class A CDL"), or nothing for any other credential. A lone
    letter ("C") names too much to be one."""
    if CDL_RE.fullmatch(term) is not None:
        grade = cdl_class(term=term)
        # (and spelled out: "Illinois Commercial Driver's License, Class A", "Class A Commercial Driver's
        # License")
        spelled = [f"commercial driver's {noun}" for noun in ("license", "licence")]
        # A higher class holds the lower ones (a Class A licence drives a Class B truck), never the reverse;
        # the class asked is named first.
        forms = (
            tuple(
                form
                for held in (grade, *"ABC"[: "ABC".index(grade)])
                for form in (
                    f"class {held} cdl",
                    f"cdl {held}",
                    f"cdl class {held}",
                    *(f"{s} class {held}" for s in spelled),
                    *(f"class {held} {s}" for s in spelled),
                )
            )
            if grade
            else ("cdl", *spelled)
        )
        return tuple(normalize_phrase(text=form) for form in forms)
    match = _CLASS_LICENCE_RE.fullmatch(term)
    if match is None or not (match.group("vehicle") or match.group("category") or "+" in match.group("code")):
        return ()
    code, category = (re.sub(r"\s+", "", match.group(g) or "") for g in ("code", "category"))
    word = "class" if match.group("word") == "Class" else "cat"
    keys = (f"{word} {code}", *(c for c in (code, category) if len(c) > 1 and not c.isdigit()))
    return tuple(dict.fromkeys(normalize_phrase(text=key) for key in keys))


def add_licences(
    *, sentence: Sentence, role_nouns: frozenset[str], found: list[tuple[int, int, Sentence]]
) -> None:
    """Add to ``found`` each licence the sentence names: by its driving class ("Class 1 (C+E) driving
    licence"), by a capitalised title ("Current RN license", its adjectives left out), then by a holder in
    lower case where it overlaps none already found."""
    classes = [
        (sentence.start + m.start(), sentence.start + m.end(), sentence)
        for m in _CLASS_LICENCE_RE.finditer(sentence.text)
        if class_licence_keys(term=m.group())
    ]
    found += classes
    titled: list[tuple[int, int, Sentence]] = []
    add_named(pattern=LICENSE_RE, sentence=sentence, found=titled)
    found += [(b, e, s) for b, e, s in titled if not any(b < end and start < e for start, end, _ in classes)]
    if "licen" in sentence.text:
        found += [
            (sentence.start + m.start(), sentence.start + m.end(), sentence)
            for m in _STATE_LICENSE_RE.finditer(sentence.text)
            if not any(sentence.start + m.start() < e and b < sentence.start + m.end() for b, e, _ in found)
        ]
    found += [
        (start, end, s)
        for start, end, s in _holder_licenses(sentence=sentence, role_nouns=role_nouns)
        if not any(start < e and b < end for b, e, _ in found)
    ]


# "Backflow assembly tester certification", "forklift operator certification": a certification named in lower
# case by the trade that holds it, with up to two words that qualify the trade.
_WORD_RE = re.compile(r"\S+")
_HOLDER_CERTIFICATION_RE = re.compile(r"\b((?:[A-Za-z][a-z-]+\s+){0,2})([a-z]+)\s+certification\b")


def add_holder_certifications(
    *, sentence: Sentence, role_nouns: frozenset[str], found: list[tuple[int, int, Sentence]]
) -> None:
    for match in _HOLDER_CERTIFICATION_RE.finditer(sentence.text):
        if normalize_token(raw=match.group(2)) not in role_nouns:
            continue  # "vendor certification", "ISO certification": no trade holds it
        # The qualifying words kept: those after the last word that asks ("a", "valid", "hold").
        words = list(_WORD_RE.finditer(match.group(1)))
        while words and words[0].group().lower() in _NOT_HOLDER_WORDS:
            words.pop(0)
        start = sentence.start + (match.start(1) + words[0].start() if words else match.start(2))
        end = sentence.start + match.end()
        if not any(start < e and b < end for b, e, _ in found):
            found.append((start, end, sentence))


def add_named(
    *, pattern: re.Pattern[str], sentence: Sentence, found: list[tuple[int, int, Sentence]]
) -> None:
    """Add to ``found`` each licence or card named by the capitalised words before its noun ("Current RN
    license", "Food Handlers Card"), the adjectives that ask for it ("Current", "Valid") left out."""
    for match in pattern.finditer(sentence.text):
        start = after_adjectives(text=sentence.text, start=match.start(1), end=match.end(1))
        if sentence.text[start : match.end(1)].strip():
            found.append((sentence.start + start, sentence.start + match.end(), sentence))


def after_adjectives(*, text: str, start: int, end: int) -> int:
    """Return where a credential's name begins in ``text[start:end]``, past the adjectives that ask for it
    ("Current NSW RSA": "NSW RSA")."""
    for word in re.finditer(r"\S+", text[start:end]):
        if word.group().lower() not in LICENSE_ADJECTIVES:
            return start + word.start()
    return end


# A qualification named by a body's letters or a code among its capitalised words: "NRSWA Supervisor
# qualification", "City & Guilds / LANTRA Highway Inspector qualification", "Unvented (G3) qualification"; not
# "a relevant qualification" nor "Level 3 qualification" (no body named).
_QUALIFICATION_RE = re.compile(
    r"\b((?:(?:[A-Z][\w'&.-]*|\d[\w.]*|\([A-Z0-9][\w+]{0,7}\)|[&/])[ \t]+){1,8})qualifications?\b"
)
# (not a framework's level: "equivalent NQF 6 qualification" is read with the degree or diploma it equals)
_BODY_LETTERS_RE = re.compile(
    r"\b(?!(?:NQF|RQF|SCQF|NZQF|AQF|EQF|NSQF|CEFR)\b)"
    r"(?:[A-Z]{2,}[a-z]?|[A-Z]+\d+[A-Z]?|City[ \t]+&[ \t]+Guilds)\b"
)


def add_named_qualifications(*, sentence: Sentence, found: list[tuple[int, int, Sentence]]) -> None:
    """Add to ``found`` each qualification the sentence names by a body or a code (``_QUALIFICATION_RE``)."""
    for match in _QUALIFICATION_RE.finditer(sentence.text):
        start = after_adjectives(text=sentence.text, start=match.start(1), end=match.end(1))
        if _BODY_LETTERS_RE.search(sentence.text, start, match.end(1)) and sentence.text[start] not in "&/":
            found.append((sentence.start + start, sentence.start + match.end(), sentence))


# A body's letters before its coined name: "IAM RoadSmart qualification" (a resume writes "RoadSmart Advanced
# Driver award"), not "NRSWA Supervisor qualification" (an everyday word after the letters).
_LETTERS_THEN_NAME_RE = re.compile(r"[A-Z]{2,6}[ \t]+([A-Z][a-z]+[A-Za-z]*)[ \t]+qualifications?")


def qualification_keys(*, term: str) -> tuple[str, ...]:
    """Return the key of the coined name a qualification's body letters go before ("propertymark")."""
    match = _LETTERS_THEN_NAME_RE.fullmatch(term)
    if match is None or match.group(1).lower() in everyday_words():
        return ()
    return (normalize_phrase(text=match.group(1)),)
