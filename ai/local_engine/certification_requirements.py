"""Certifications and licences a posting names, as requirements: one per credential, "X or Y certification"
one with its alternative, and a kind of credential with examples in brackets met by any example."""

import re

from ai.local_engine.aliases import CERTIFICATION_CUES
from ai.local_engine.certifications import BODY_LEVEL_RE, DESIGNATION_TAIL_RE, FINRA_RE, LEVELLED_DIPLOMA_RE
from ai.local_engine.credential_names import credential_by_name
from ai.local_engine.first_aid import first_aid_keys
from ai.local_engine.job import Importance
from ai.local_engine.licence_names import CDL_RE, class_licence_keys, qualification_keys
from ai.local_engine.requirement_forms import REGISTERED_WITH_RE, alternative_certification
from ai.local_engine.requirement_model import Requirement
from ai.local_engine.text import STOPWORDS, Sentence, normalize_phrase

_BRACKET_LIST_RE = re.compile(r"\bor\b|,|/")
# "No. 19C9876", "number 12-3456": a number given with a credential, not asked for.
_NUMBER_GIVEN_RE = re.compile(r"\s*(?:no\.?|number|#)\s*:?\s*[A-Z]*\d", re.IGNORECASE)
_BODY_ACRONYM_RE = re.compile(r"(?=(?:[a-z]*[A-Z]){2})[A-Za-z]{2,7}")  # "AHPRA", "HCPC", "GPhC"


def add_certifications(
    *,
    items: dict[tuple, Requirement],
    spelled: list[tuple[int, int]],
    certificates: list[tuple[int, int, Sentence]],
    text: str,
    importance: Importance,
) -> None:
    """Add to ``items`` (a requirement builder's, by identity) a requirement per certificate found
    (``certifications.certifications``) that is not read already; ``spelled`` are the spans of the words
    acronyms spell out."""
    known = {k for r in items.values() for k in r.alternative_keys}
    previous: tuple[int, Requirement] | None = None  # the last certification read, and where it ends
    for start, end, sentence in certificates:
        named = text[start:end].strip(" -.,;")
        if (
            normalize_phrase(text=named) in known
            or known.intersection(_slashed_bodies(term=named))
            or any(start < spelled_end and spelled_start < end for spelled_start, spelled_end in spelled)
        ):
            continue  # "Certified Nursing Assistant (CNA) certification": read with its acronym
        if _NUMBER_GIVEN_RE.match(text, end):
            continue  # "EA Licence No. 19C9876": a licence the posting gives with its number, not one asked
        term = " ".join(text[start:end].strip(" -.,;").split())  # wrapped over two lines: one name
        if examples := _bracketed_examples(items=items, text=text, term=term, end=end):
            for example in examples:  # "National certification (PTCB CPhT or ExCPT)": the examples are it
                example.kind = "certification"
                example.alternatives = tuple(dict.fromkeys((example.name, *example.alternatives)))
                example.name = f"{term} ({example.name})"
            continue
        if (
            not any(cue in term.lower() for cue in CERTIFICATION_CUES)
            and not term.endswith(("Card", "Cards", "card", "cards", "Credential", "Authorization", "Belt"))
            and not term.endswith(("qualification", "qualifications"))
            and not term.lower().endswith(("check", "checks"))
            and not LEVELLED_DIPLOMA_RE.match(term)
            and not BODY_LEVEL_RE.fullmatch(term)
            and not FINRA_RE.fullmatch(term)
            and not CDL_RE.fullmatch(term)
        ):
            # one of "BLS and ACLS certification", "P.Eng. or EIT designation"
            term += " designation" if DESIGNATION_TAIL_RE.match(text, end) else " certification"
        if previous is None or not alternative_certification(text=text, end=previous[0], start=start):
            # "ASQ CQE or Six Sigma Green Belt": the credential before the "or" was read by its own name
            previous = _credential_before(items=items, text=text, start=start) or previous
        if previous is not None and alternative_certification(text=text, end=previous[0], start=start):
            owner = previous[1]  # "SHRM-CP or PHR certification": either one
            owner.alternatives = (*owner.alternatives, term)
            owner.alternative_keys = (*owner.alternative_keys, normalize_phrase(text=term))
            previous = (end, owner)
            continue
        requirement = items[("k", normalize_phrase(text=term))] = Requirement(
            id="",
            name=term,
            kind="certification",
            importance=importance.at(sentence_start=sentence.start, position=start),
            sentence=sentence.text,
            key=normalize_phrase(text=term),
            concept_id=None,
            position=start,
            # "OSHA 10" is held by whoever holds the longer "OSHA 30" card
            alternative_keys=(
                *_slashed_bodies(term=term),
                *_HIGHER_CARDS.get(normalize_phrase(text=term), ()),
                *class_licence_keys(term=term),  # "Class 2 (C) driving licence": "class 2"
                *qualification_keys(term=term),  # "ARLA Propertymark qualification": "Propertymark"
                *first_aid_keys(term=term),  # "a current first aid certificate": "Qualified First Aider"
            ),
        )
        if levels := _either_level(term=term):
            requirement.alternatives = levels  # "Certificate III or IV in Insurance": either one
        previous = (end, requirement)


_HIGHER_CARDS = {"osha 10": ("osha 30",), "osha 10 hour": ("osha 30 hour", "osha 30")}


_EITHER_LEVEL_RE = re.compile(r"(.*?\s)([IVX]{1,4}|\d)\s*(?:or|/|-|–)\s*([IVX]{1,4}|\d)\b(.*)")


def _either_level(*, term: str) -> tuple[str, ...]:
    """Return each credential a name offering two levels names ("Certificate III in Insurance" and
    "Certificate IV in Insurance" of "Certificate III or IV in Insurance"), or none."""
    either = _EITHER_LEVEL_RE.fullmatch(term)
    if either is None:
        return ()
    head, first, second, tail = either.groups()
    return (f"{head}{first}{tail}", f"{head}{second}{tail}")


def _credential_before(
    *, items: dict[tuple, Requirement], text: str, start: int
) -> tuple[int, Requirement] | None:
    """Return (end, requirement) of a certification read by its own name that ends just before ``start``
    ("ASQ CQE" before "or Six Sigma Green Belt")."""
    for requirement in items.values():
        end = requirement.position + len(requirement.name)
        if (
            requirement.kind == "certification"
            and requirement.position < start
            and text[requirement.position : end] == requirement.name
            and alternative_certification(text=text, end=end, start=start)
        ):
            return end, requirement
    return None


def _slashed_bodies(*, term: str) -> tuple[str, ...]:
    """Return the keys of a credential named by either of two bodies ("ECS/JIB Gold Card": "ECS Gold Card",
    "JIB Gold Card")."""
    first, _, rest = term.partition(" ")
    parts = first.split("/")
    if len(parts) < 2 or not rest or not all(part[:1].isupper() for part in parts):
        return ()
    return tuple(normalize_phrase(text=f"{part} {rest}") for part in parts)


def _bracketed_examples(
    *, items: dict[tuple, Requirement], text: str, term: str, end: int
) -> list[Requirement]:
    """Return the requirements read from a bracket of examples right after a kind of certification ("National
    certification (PTCB CPhT or ExCPT)"); none after a licence, whose bracket names its issuer ("(CA Board of
    Pharmacy)")."""
    named = [w for w in term.split() if not any(cue in w.lower() for cue in CERTIFICATION_CUES)]
    if "certif" not in term.lower() or len(named) > 1:
        return []  # "EPA Section 608 certification (Universal or Type II)": a named one, and its kinds
    opening = text.find("(", end, end + 3)
    closing = text.find(")", opening) if opening >= 0 else -1
    if closing < 0 or text[end:opening].strip():
        return []
    if not _BRACKET_LIST_RE.search(text, opening, closing) and not credential_by_name(
        text=text[opening + 1 : closing].strip()
    ):
        return []  # ("CPR certification (BLS)": one credential named is the kind held, like a list of them)
    return [r for r in items.values() if opening < r.position < closing]


def name_registrations(*, requirements: list[Requirement]) -> list[Requirement]:
    """Return the requirements with a registration named by the body it is held with, when an acronym names
    it: "Current registration" of "Current registration as a Registered Nurse with AHPRA" is "Registration
    with AHPRA" (what a reader can act on), and the body read on its own from that sentence ("AHPRA") is the
    same requirement."""
    bodies: set[tuple[str, str]] = set()
    for requirement in requirements:
        words = requirement.name.lower().split()
        if requirement.kind == "certification" and words[-1:] == ["registration"] and len(words) <= 2:
            asked = REGISTERED_WITH_RE.search(requirement.sentence)
            # By an acronym only: a body's words ("Social Work England") would carry other requirements'
            # words into the name, and into a keyword list made of the names.
            if asked is not None and _BODY_ACRONYM_RE.fullmatch(asked.group("body")):
                requirement.asked_as = requirement.asked_as or requirement.name
                requirement.name = f"Registration with {asked.group('body')}"
                requirement.alternative_keys = (
                    *requirement.alternative_keys,
                    normalize_phrase(text=asked.group("body")),
                )
                bodies.add((requirement.sentence, normalize_phrase(text=asked.group("body"))))
    return [r for r in requirements if r.kind == "certification" or (r.sentence, r.key) not in bodies]


# Words that ask for a credential without naming it: "Current certification", "Valid licence".
_BARE_CREDENTIAL_WORDS = frozenset(
    "current valid active relevant appropriate professional recognised recognized certification certificate "
    "licence license".split()
)


def drop_bare_credentials(*, requirements: list[Requirement]) -> list[Requirement]:
    """Return the requirements without a credential named by no word of its own when its sentence names
    another: "Current certification" of "Current certification as a Certified Shorthand Reporter (CSR)" is
    the CSR asked, read already."""
    named = {r.sentence for r in requirements if r.kind == "certification" and not _bare(r)}
    return [r for r in requirements if not (r.kind == "certification" and _bare(r) and r.sentence in named)]


def _bare(requirement: Requirement) -> bool:
    return set(requirement.name.lower().split()) <= _BARE_CREDENTIAL_WORDS


# "Radiography or impressions certificate": the word before "or" names the other credential of the same kind.
_OTHER_BEFORE_RE = re.compile(r"\b([A-Za-z][\w-]{2,})\s+or\s+$")
# "(or NREMT-P with ability to obtain PA reciprocity ...)": the other credential in a bracket, what comes
# of it after "with".
_ACRONYM_AFTER_RE = re.compile(
    r"\s+\(?or\s+(?:an?\s+)?([A-Z]{2,6}(?:-[A-Z]{1,2})?)\b"
    r"(?!\s+(?:(?!preferred|required|desirable|desired|a\s+plus|with\b)[a-z]|[A-Z][a-z]))"
)
# A credential's whole name before "or": capitalised words ending in what is held ("Quillon Pass or CSCS
# card"), not a word qualifying the head after "or" ("Radiography or Paramedic certificate").
_WHOLE_OTHER_BEFORE_RE = re.compile(
    r"((?:[A-Z][\w'-]*[ \t]+){1,3}(?i:pass|card|permit|ticket|passport|badge|licen[cs]e|certificate|"
    r"certification|clearance|registration|accreditation))[ \t]+or[ \t]+(?:an?[ \t]+)?$"
)
_CREDENTIAL_HEADS = frozenset({"certificate", "certification", "licence", "license", "card", "qualification"})
_NO_OTHER = STOPWORDS | _CREDENTIAL_HEADS  # "a or b licence", "licence or compact licence": no other named


def name_credentials_either(*, requirements: list[Requirement], text: str) -> list[Requirement]:
    """Name each credential asked as "X or Y certificate" so, met by either ("Radiography certificate");
    return the requirements without the other credential read on its own ("NREMT-P" of "Paramedic
    certification (or NREMT-P)"), which the first now names."""
    others: set[str] = set()
    for requirement in requirements:
        words = requirement.name.split()
        if (
            requirement.kind != "certification"
            or len(words) < 2
            or words[-1].lower() not in _CREDENTIAL_HEADS
        ):
            continue
        end = requirement.position + len(requirement.asked_as or requirement.name)
        after = _ACRONYM_AFTER_RE.match(text, end)
        if after is not None:  # "Professional Engineer (PE) license or EIT": either credential
            other = after.group(1)
            requirement.alternatives = (*requirement.alternatives, other)
            requirement.alternative_keys = (*requirement.alternative_keys, normalize_phrase(text=other))
            others.add(normalize_phrase(text=other))
            continue
        whole = _WHOLE_OTHER_BEFORE_RE.search(text, max(0, requirement.position - 60), requirement.position)
        if whole is not None and not any(whole.start(1) <= r.position < whole.end(1) for r in requirements):
            _name_either(requirement=requirement, written=whole.group(1), other=whole.group(1))
            continue
        before = _OTHER_BEFORE_RE.search(text, max(0, requirement.position - 40), requirement.position)
        if before is None or before.group(1).lower() in _NO_OTHER:
            continue
        _name_either(requirement=requirement, written=before.group(1), other=f"{before.group(1)} {words[-1]}")
    return [r for r in requirements if r.kind == "certification" or r.key not in others]


def _name_either(*, requirement: Requirement, written: str, other: str) -> None:
    """Name a credential by the other one ``written`` before it and "or", met by ``other`` too."""
    requirement.asked_as = requirement.asked_as or requirement.name
    requirement.name = f"{written} or {requirement.name}"
    requirement.alternatives = (*requirement.alternatives, other)
    requirement.alternative_keys = (*requirement.alternative_keys, normalize_phrase(text=other))


# A commercial or heavy-vehicle licence is a driving licence too: "CDL Class A" meets "driver's license";
# so is a car licence named by its class or its stage ("WA C class manual licence", "Class 5 licence").
_DRIVING_LICENCE_RE = re.compile(r"\bdriv(?:er|ers|ing)\b.*\blicen[cs]e\b")
_COMMERCIAL_LICENCES = tuple(
    normalize_phrase(text=name)
    for name in (
        "cdl",
        "commercial driver license",
        "hgv licence",
        "lgv licence",
        "pcv licence",
        # a car licence named by its class or its stage: "QLD C class open licence", "Class 5 licence"
        *(
            f"{kind} {noun}"
            for kind in ("c class", "class c", "class 5", "open", "manual", "c class open", "c class manual")
            for noun in ("licence", "license")
        ),
    )
)


def commercial_licences_drive(*, requirements: list[Requirement]) -> None:
    """Let a commercial or heavy-vehicle licence meet a plain driving licence asked ("driver's license")."""
    for requirement in requirements:
        if class_licence_keys(term=requirement.name):
            continue  # "Class 1 (C+E) driving licence": only that class meets it
        if requirement.kind == "certification" and _DRIVING_LICENCE_RE.search(requirement.key):
            requirement.alternative_keys = tuple(
                dict.fromkeys([*requirement.alternative_keys, *_COMMERCIAL_LICENCES])
            )
