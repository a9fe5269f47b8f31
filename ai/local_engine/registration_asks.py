"""Registration with a regulator a posting asks of the person, in a sentence: "You must be registered with
Social Work England", "Current registration with the Nursing and Midwifery Council", "be registered with the
SSSC (or willing to register)". Each is a credential named by its body, met where the resume names the body
or its letters. Read only where the person is the one registered (an item's opening, "be", "you are",
"hold"), never a company's fact ("Acme Care is registered with the Care Inspectorate", "we are registered
with the FCA")."""

import re

from ai.local_engine.body_memberships import add_credential
from ai.local_engine.job import Importance
from ai.local_engine.requirement_model import Requirement
from ai.local_engine.text import Sentence, normalize_phrase

# A body's name: capitalised words, small words inside ("Nursing and Midwifery Council", "Occupational
# Therapy Board of New Zealand"), not a word that remarks on the ask ("... Council Essential"); or its
# letters alone ("SSSC", "GPhC"). Its letters may follow in brackets.
_WORD = r"(?!(?:Preferred|Desirable|Essential|Required|Advantageous|Or|And|As|Is|Are)\b)[A-Z][\w'’-]*"
_LETTERS = r"(?=(?:[a-z]*[A-Z]){2})[A-Za-z]{2,7}"
_SMALL = r"(?:(?:of|for|and|&|in|de|la|del)[ \t]+(?:(?:the|la|el)[ \t]+)?)"  # ("Colegio Oficial de la ...")
_BODY = (
    rf"(?P<body>{_WORD}(?:[ \t]+{_SMALL}?{_WORD}){{0,6}})"
    rf"(?:[ \t]*\((?P<letters>{_LETTERS})\))?"
)
# "registered with the HCPC", "Registration with Social Work England", "registered as a Social Worker with
# Social Work England", "registration as a Registered Nurse with AHPRA".
_REGISTERED_RE = re.compile(
    r"\b(?P<word>[Rr]egistered|[Rr]egistration)(?:[ \t]+as[ \t]+an?[ \t]+(?:[\w-]+[ \t]+){1,4}?)?"
    rf"[ \t]+with[ \t]+(?:the[ \t]+)?{_BODY}"
)
# ... or the body before the word: "HCPC registered", "Must be Gas Safe registered", "NMC-registered
# nurse" (in lower case: "UK Registered Nurse" is a title, and a country's letters no body).
_BODY_WORD = (
    r"(?!(?:Current|Currently|Fully|Full|Valid|Active|Must|Be|You|Our|We|The|This|Its|UK|US|USA|EU)\b)"
    r"[A-Z][\w'’]*"
)
_BODY_REGISTERED_RE = re.compile(
    rf"\b(?P<body>{_LETTERS}|{_BODY_WORD}(?:[ \t]+{_BODY_WORD}){{1,2}})(?P<letters>)"
    r"[ \t]*[-–]?[ \t]*registered\b"
)
# A licence asked by the title it lets the person hold, in capitals: "licensed as a Pharmacy Technician",
# "Must be licensed as a Professional Engineer in Texas" (letters alone, "licensed as a PE", are read as the
# credential's own name).
_LICENSED_AS_RE = re.compile(
    rf"\b[Ll]icensed[ \t]+as[ \t]+an?[ \t]+(?P<title>{_WORD}(?:[ \t]+{_WORD}){{0,3}})(?![\w-])"
)
# What stands before it when the person is registered: an item's opening ("- Registered with", "Current
# registration with"), or a verb the person is the subject of ("must be", "you are", "hold", "eligible for").
_ASKED_BEFORE_RE = re.compile(
    r"(?:(?:^|[;:•(]|\s[-–*]|^[-–*])\s*|"
    r"\b(?:be|you[ \t]+are|you['’]re|being|hold(?:s|ing)?|have|has|maintain(?:s|ing)?|"
    r"eligib(?:le|ility)[ \t]+for|with)[ \t]+(?:an?[ \t]+)?)"
    r"(?:(?:current(?:ly)?|valid|full(?:y)?|active|professional|already|state)[ \t]+)*$",
    re.IGNORECASE,
)

# Another body after "or": "registered with SACPCMP or SAIOSH", "with the HCPC or the NMC".
_EITHER_BODY_RE = re.compile(rf"[ \t]+or[ \t]+(?:with[ \t]+)?(?:the[ \t]+)?{_BODY}")


def _a_body(name: str) -> bool:
    """Return whether a name may be a body's: two words or more, or letters ("Indeed" is no body's)."""
    return " " in name or re.fullmatch(_LETTERS, name) is not None


# A registration the law asks of a class of people, no credential of a trade: "Males born after December 31,
# 1959 must be registered with the Selective Service System" (a US federal hire's condition).
_ASKED_OF_ALL_RE = re.compile(r"\b(?:males?|men|born)\b", re.IGNORECASE)
_COUNTRY_LETTERS = frozenset({"UK", "US", "USA", "EU", "NZ", "AU", "UAE"})


def add_registrations(
    *, items: dict[tuple, Requirement], asks: list[Sentence], importance: Importance
) -> None:
    """Add to ``items`` (a requirement builder's) a credential for each registration with a body asked."""
    for sentence in asks:
        if "egistered" not in sentence.text and "egistration" not in sentence.text:
            continue  # most sentences ask for no registration
        for match in [*_REGISTERED_RE.finditer(sentence.text), *_BODY_REGISTERED_RE.finditer(sentence.text)]:
            before = sentence.text[: match.start()]
            if not _ASKED_BEFORE_RE.search(before) or _ASKED_OF_ALL_RE.search(before):
                continue  # "Acme Care is registered with the Care Inspectorate": the employer's
            body, letters = match.group("body"), match.group("letters") or None
            if body.upper() in _COUNTRY_LETTERS:
                continue  # "UK registered": where, not with whom
            if match.re is _BODY_REGISTERED_RE and (len(body) < 3 or before.rstrip().endswith("(")):
                continue  # "apprenticeship program (AZ registered)": a state's, said of a thing
            if not _a_body(body):
                continue  # "registered with Indeed": one word that is no body's letters
            # (the body before the word, named as written: "QDNB registered", as a resume writes it too)
            name = f"{body} registered" if match.re is _BODY_REGISTERED_RE else f"Registration with {body}"
            # ... or with another body the sentence gives in its place: "Registered with SACPCMP or SAIOSH"
            either = _EITHER_BODY_RE.match(sentence.text, match.end()) if match.re is _REGISTERED_RE else None
            bodies = (body, *([either.group("body")] if either and _a_body(either.group("body")) else []))
            keys = (
                *(normalize_phrase(text=form) for named in bodies for form in (named, f"{named} registered")),
                *([normalize_phrase(text=letters)] if letters else []),
            )  # (how a resume writes it: "Gas Safe registered")
            if add_credential(
                items=items,
                name=name,
                sentence=sentence,
                start=match.start(),
                importance=importance,
                alternative_keys=keys,
                alternatives=tuple(f"Registration with {named}" for named in bodies[1:]),
            ):
                added = ("k", normalize_phrase(text=name))
                for other, requirement in list(items.items()):
                    if other != added and requirement.sentence == sentence.text and requirement.key in keys:
                        del items[other]  # "HCPC" read on its own: the body the registration is held with


# Words that ask for a registration without naming its body: "Current registration", "Valid registration".
_BARE_REGISTRATION_WORDS = frozenset("current valid active full professional registration".split())


def add_licensed_titles(
    *, items: dict[tuple, Requirement], asks: list[Sentence], importance: Importance
) -> None:
    """Add to ``items`` a credential for each licence asked by the title it lets the person hold
    ("Licensed Pharmacy Technician"), met where the resume names the title licensed."""
    for sentence in asks:
        if "icensed as" not in sentence.text:
            continue
        for match in _LICENSED_AS_RE.finditer(sentence.text):
            before = sentence.text[: match.start()]
            title = match.group("title")
            if not _ASKED_BEFORE_RE.search(before) or re.fullmatch(r"[A-Z]{2,6}", title):
                continue  # "We are licensed as a Money Transmitter": the employer's
            add_credential(
                items=items,
                name=f"Licensed {title}",
                sentence=sentence,
                start=match.start(),
                importance=importance,
                alternative_keys=_licensed_title_keys(title=title),
            )


def _licensed_title_keys(*, title: str) -> tuple[str, ...]:
    """Return how a resume names a licensed title: "Pharmacy Technician license", and by the title's initials
    with the licence ("PE license, State of Ohio") or the licensed one's letters ("LCSW" of "Clinical Social
    Worker")."""
    words = [w for w in title.split() if w.lower() not in {"of", "and", "&", "in", "for"}]
    initials = "".join(w[0] for w in words) if len(words) >= 2 else ""
    forms = [f"{name} {noun}" for name in (title, initials) if name for noun in ("license", "licence")]
    return tuple(normalize_phrase(text=form) for form in (*forms, *([f"L{initials}"] if initials else [])))


def drop_repeated_credentials(*, requirements: list[Requirement]) -> list[Requirement]:
    """Return the requirements without a credential named as one before it ("Registration with AHPRA" read
    from "Current registration" and again from the body's letters in one sentence), nor a registration
    named by no body in a sentence whose registration with a body is read ("current registration" of "Hold
    current registration with the General Pharmaceutical Council")."""
    named = {
        r.sentence
        for r in requirements
        if r.kind == "certification" and r.name.startswith("Registration with ")
    }
    seen: set[str] = set()
    kept = []
    for requirement in requirements:
        if requirement.kind == "certification":
            words = set(requirement.name.lower().split())
            if (
                "registration" in words
                and words <= _BARE_REGISTRATION_WORDS
                and requirement.sentence in named
            ):
                continue
            # by the name shown: a credential renamed by its body keeps the key it was read by
            name = normalize_phrase(text=requirement.name)
            if name in seen:
                continue
            seen.add(name)
        kept.append(requirement)
    return kept
