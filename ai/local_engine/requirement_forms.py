"""How a posting writes one requirement in several names: a kind of thing with its examples ("a BI tool such
as Power BI or Tableau", "a CMMS (AiM, Maximo or similar)"), names joined by a slash ("BANT/MEDDIC"), a second
name offered in brackets ("RN license (or compact license)")."""

import re
from collections.abc import Iterable

from ai.local_engine.aliases import CERTIFICATION_CUES, CREDENTIAL_TITLE_WORDS
from ai.local_engine.candidates import Candidate
from ai.local_engine.job import REQUIRED
from ai.local_engine.requirement_model import Requirement
from ai.local_engine.text import normalize_phrase
from ai.local_engine.vocab import everyday_words

# "a CMMS (AiM, TMA, Maximo or similar)": examples closed by "or similar" make their head a kind of thing.
OR_SIMILAR_RE = re.compile(
    r"[^);.\n]{0,40}?\b(?:or|and)\s+(?:similar|equivalent|comparable|the like)\b", re.IGNORECASE
)
# "a BI tool such as Power BI or Tableau", "a CRM platform like HubSpot": a named field followed by the kind
# of thing is a category too; any example meets it.
KIND_AFTER_HEAD_RE = re.compile(
    r"\s*(?:tools?|software|platforms?|systems?|packages?|suites?|solutions?|applications?|products?)\b",
    re.IGNORECASE,
)


_OR_BRACKET_BEFORE_RE = re.compile(r"\s*\(\s*or\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)
# From one credential's mention to the next: "Enrolled Agent (EA) or ", "CBAP / CCBA or any other " (no list
# between: "A, B and C or D").
_OR_BETWEEN_RE = re.compile(r"(?:(?! and )[^,;\n]){1,60}?\sor\s+(?:an?\s+|any\s+other\s+|another\s+)?")


_BRACKET_THEN_OR_RE = re.compile(r"[ \t]*\([^()\n]{1,100}\)[ \t]*,?[ \t]*or[ \t]+(?:an?[ \t]+|the[ \t]+)?")


def merge_or_brackets(*, requirements: list[Requirement], text: str) -> list[Requirement]:
    """Return the requirements with one named in "(or ...)" right after another folded into it as an
    alternative: "Current Ohio RN license (or compact license)" is one credential, either one."""
    ends = {r.position + len(r.asked_as or r.name): r for r in requirements}
    kept = []
    for requirement in requirements:
        bracket = _OR_BRACKET_BEFORE_RE.search(text, max(0, requirement.position - 12), requirement.position)
        owner = ends.get(bracket.start()) if bracket else None
        if owner is None and requirement.kind == "certification":
            # "Enrolled Agent (EA) or CPA", "... (FPC) or Certified Payroll Professional (CPP)": two
            # credentials joined by "or", either one (a spelled-out one stands where its words start)
            owner = next(
                (
                    other
                    for other in reversed(kept)
                    if other.kind == "certification"
                    and other.sentence == requirement.sentence
                    and _OR_BETWEEN_RE.fullmatch(text, other.position, _named_at(requirement, text, other))
                ),
                None,
            )
        offered_instead = False  # "A (its parts) or B": either one, whatever kind each is read as
        if owner is None and requirement.kind in TWIN_KINDS:
            # "Microsoft 365 (Outlook, Word, Excel) or Google Workspace": the bracket lists the first one's
            # parts, and the "or" offers the other in its place
            owner = next(
                (
                    other
                    for other in reversed(kept)
                    if other.kind in TWIN_KINDS
                    and other.sentence == requirement.sentence
                    and _BRACKET_THEN_OR_RE.fullmatch(
                        text, other.position + len(other.asked_as or other.name), requirement.position
                    )
                ),
                None,
            )
            offered_instead = owner is not None
        if (
            owner is not None
            and owner is not requirement
            and (offered_instead or owner.kind == requirement.kind)
        ):
            owner.alternatives = (*owner.alternatives, requirement.name)
            owner.alternative_keys = (*owner.alternative_keys, requirement.key)
            continue
        kept.append(requirement)
    return kept


def _named_at(requirement: Requirement, text: str, before: Requirement) -> int:
    """Return where the requirement's own name starts after ``before``: its words when it spells them out
    before its letters ("Certified Payroll Professional (CPP)"), else its position."""
    start = text.find(requirement.name, before.position + 1, requirement.position + len(requirement.name))
    return start if 0 <= start < requirement.position else requirement.position


TWIN_KINDS = frozenset({"hard_skill", "tool"})


def fold_alternatives(*, into: Requirement, other: Requirement, as_alternative: bool) -> None:
    """Give ``into`` the alternatives of ``other`` (and, ``as_alternative``, its own name and concept)."""
    own = (other.name,) if as_alternative else ()
    into.alternatives = tuple(dict.fromkeys((*into.alternatives, *own, *other.alternatives)))
    into.alternative_keys = tuple(
        dict.fromkeys((*into.alternative_keys, *(other.key for _ in own), *other.alternative_keys))
    )
    into.alternative_concepts |= other.alternative_concepts
    if as_alternative and other.concept_id is not None:
        into.alternative_concepts |= {other.concept_id}


def absorb(*, into: Requirement, other: Requirement, as_alternative: bool) -> None:
    """Fold ``other`` into ``into``: its alternatives (``fold_alternatives``), its mentions, and "required" if
    either is."""
    fold_alternatives(into=into, other=other, as_alternative=as_alternative)
    into.occurrences += other.occurrences
    if other.importance == REQUIRED:
        into.importance = REQUIRED


# "GMAW (MIG)": letters in brackets right after an acronym are its other name; a word there is more often a
# level or a cue ("SQL (advanced)", "CPA (active)", "PMP (preferred)") and is left alone.
_OTHER_NAME_RE = re.compile(r"[ \t]*\(([A-Z]{2,6})\)")


def other_name_after(*, text: str, start: int, end: int) -> str:
    """Return the other name a bracket gives right after the acronym at ``text[start:end]``, or ''."""
    if not re.fullmatch(r"[A-Z]{2,6}", text[start:end]):
        return ""
    bracket = _OTHER_NAME_RE.match(text, end)
    return bracket.group(1) if bracket else ""


# A name spelled out with its acronym that names a credential ("Registered Dietitian Nutritionist (RDN)
# credential", "Certified Nutrition Support Clinician (CNSC)") or the body issuing one ("from the Commission
# on Dietetic Registration (CDR)").
_CREDENTIAL_TITLE_RE = re.compile(rf"\b(?:{'|'.join(CREDENTIAL_TITLE_WORDS)})\s")
_CREDENTIAL_AFTER_RE = re.compile(
    r"\s*(?:\([^()]*\)\s*)?(?:credential|certification|certificate|licen[cs]e)", re.I
)
_CREDENTIAL_END_RE = re.compile(r"\b(?:licen[cs]e|licensure|certificate|certification)$", re.I)
_ISSUER_NAME_RE = re.compile(
    r".*\b(?:Commission|Board|Council|Association|Society|Institute|Authority|Agency)\b.*"
)
_ISSUED_BY_RE = re.compile(r"\b(?:from|by|through)\s+(?:the\s+)?$", re.IGNORECASE)


def spelled_out_kind(*, full: str, text: str, start: int, after: int) -> str:
    """Return "issuer" for a body named as a credential's source, "certification" for a credential's name, or
    '' (``full`` is spelled out at ``text[start:]``, its acronym's bracket closes before ``after``)."""
    if _ISSUER_NAME_RE.fullmatch(full) and _ISSUED_BY_RE.search(text, max(0, start - 12), start):
        return "issuer"
    if (
        _CREDENTIAL_TITLE_RE.search(full)  # "Oracle Certified Professional (OCP)" too
        or _CREDENTIAL_AFTER_RE.match(text, after)
        or _CREDENTIAL_END_RE.search(full)  # "General Radiotelephone Operator License (GROL)"
    ):
        return "certification"
    return ""


def not_the_job(*, requirements: Iterable[Requirement], title: str) -> list[Requirement]:
    """Return the requirements but the job itself: "Sales Development Representative (SDR)" is the post, not
    something asked of it (a credential that is also the job's name, "Certified Nursing Assistant", is)."""
    title_key = normalize_phrase(text=title)
    return [
        r
        for r in requirements
        if not title_key
        or title_key not in (r.key, *r.alternative_keys)
        or r.kind == "certification"
        or any(cue in r.name.lower() for cue in CERTIFICATION_CUES)
    ]


# "FMLA, ADA, FLSA and EEO regulations", "casting, machining and welding processes", "EV chargers and solar PV
# systems": the last item of a list carries a head word the whole list shares, and the item alone names the
# requirement too ("EEO" meets "EEO regulations").
_SHARED_HEADS = frozenset(
    """regulations laws rules processes systems standards techniques methods methodologies principles
    procedures practices protocols concepts fundamentals technologies""".split()
)
_LAST_OF_LIST_RE = re.compile(r"[\w)+#.-]\s*(?:,\s*)?(?:and|or|&)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_ACRONYM_RE = re.compile(r"\b[A-Z]{2,6}s?\b")


def shared_head_core(*, text: str, sentence_text: str, offset: int) -> str | None:
    """Return the item without the list's shared head word when ``text`` (at ``offset`` in its sentence) ends
    a list with one and the item names a thing on its own: an acronym ("EEO"), or one "-ing" word of a
    craft ("welding"). None otherwise ("distributed systems" stays one name)."""
    words = text.split()
    if len(words) < 2 or words[-1].lower() not in _SHARED_HEADS:
        return None
    if not _LAST_OF_LIST_RE.search(sentence_text[max(0, offset - 40) : offset]):
        return None
    core = " ".join(words[:-1])
    if _ACRONYM_RE.search(core) or (len(words) == 2 and core.lower().endswith("ing") and core.islower()):
        return normalize_phrase(text=core)
    return None


# Between two certifications of one "or" list: "SHRM-CP or PHR", "CPR, BLS or ACLS" (the comma of such a list
# too, when an "or" follows before the list's head word).
_OR_GAP_RE = re.compile(r"\s*(?:,\s*)?or\s+$|\s*/\s*$", re.IGNORECASE)
_COMMA_GAP_RE = re.compile(r"\s*,\s*$")
_OR_LIST_REST_RE = re.compile(r"[\w+/-]+(?:\s*,\s*[\w+/-]+)*\s*,?\s+or\s+[\w+/-]+\s+certif", re.IGNORECASE)


# "Education Specialist Credential (Mild/Moderate Support Needs) or Intern Credential"
_BRACKET_THEN_OR_RE = re.compile(r"\s*\([^()]{1,60}\)\s+or\s+")
_FIELD_THEN_OR_RE = re.compile(r"\s+in\s+[A-Z][\w&' -]{0,40}(?:\s*\([^()]{1,30}\))?\s+or\s+")


def alternative_certification(*, text: str, end: int, start: int) -> bool:
    """Return whether the certification at ``start`` is an alternative of the one ending at ``end``."""
    gap = text[end:start]
    if _FIELD_THEN_OR_RE.fullmatch(gap) or _BRACKET_THEN_OR_RE.fullmatch(gap):
        return True  # "Certificate III in Individual Support (Disability) or Certificate IV in Disability"
    if len(gap) > 8:
        return False
    return bool(_OR_GAP_RE.fullmatch(gap)) or (
        bool(_COMMA_GAP_RE.fullmatch(gap)) and bool(_OR_LIST_REST_RE.match(text, start))
    )


# "Current registration as a Registered Nurse with AHPRA", "Current registration with Social Work England":
# the body that registers, named after "with" or "by".
REGISTERED_WITH_RE = re.compile(
    r"\b[Rr]egistration\b[^.;:\n]{0,40}?\b(?:with|by)\s+(?:the\s+)?"
    r"(?P<body>[A-Z][A-Za-z&]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][A-Za-z&]*){0,5})"
)


# Kinds of software a posting names by acronym right after the product it uses: "our Epic EHR", "Workday HCM",
# "the Moodle LMS". The product shows the kind.
_KIND_ACRONYMS = frozenset(
    "EHR EMR HRIS HCM LMS CRM ERP WMS TMS ATS CMS PMS POS DMS ITSM SIEM EDR MDM LIMS MES PLM PACS RIS".split()
)


def product_before(
    *, candidates: list[Candidate], number: int, text: str, grouped: dict[int, list[Candidate]] | None = None
) -> Candidate | None:
    """Return the named product right before the kind acronym ``candidates[number]`` ("Epic" of "our Epic
    EHR"), or None: a known concept or a name no everyday word, or the last of a group of names
    (``grouped``: "CDK or Reynolds & Reynolds DMS"), then only spaces."""
    candidate = candidates[number]
    if number == 0 or candidate.text.rstrip("s") not in _KIND_ACRONYMS:
        return None
    before = candidates[number - 1]
    gap = text[before.end : candidate.start]
    known = any(
        c.concept_id is not None or (c.text[:1].isupper() and c.text.lower() not in everyday_words())
        for c in (grouped or {}).get(id(before), [before])
    )
    if not known or before.key == candidate.key or gap.strip() or "\n" in gap:
        return None
    return before
