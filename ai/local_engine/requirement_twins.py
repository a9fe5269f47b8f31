"""Two requirements that are one ask: a name and its capitals ("applicant tracking system" and "ATS"), or a
name asked twice ("SIEM (Splunk)" and "a SIEM"), folded into the first named."""

import re

from ai.local_engine.requirement_forms import TWIN_KINDS, absorb
from ai.local_engine.requirement_model import Requirement

_STOP_INITIALS = frozenset("a an and the of for in on to with".split())


# "CST certification", "RDN credential": a credential asked by its letters and its kind.
_LETTERS_CREDENTIAL_RE = re.compile(r"([A-Z]{2,6})\s+(?:certification|certificate|credential|licen[cs]e)")


def _capitals_of(requirement: Requirement) -> str:
    """Return the capitals a requirement is named by ("ATS"; "CST" of "CST certification"), or ''."""
    if requirement.kind in TWIN_KINDS and requirement.name.isupper() and requirement.name.isalpha():
        return requirement.name
    named = _LETTERS_CREDENTIAL_RE.fullmatch(requirement.name)
    return named.group(1) if named and requirement.kind == "certification" else ""


def merge_acronym_twins(*, requirements: list[Requirement]) -> list[Requirement]:
    """Return the requirements with one named by the capitals of another folded into the first named:
    "our applicant tracking system (Greenhouse)" and "an ATS such as Greenhouse or Lever" are one ask, met by
    any of the names either gives. The capitals are a skill or tool read off a title or a list; what they
    spell may be a credential ("Registered Dietitian Nutritionist" and the title's "RDN"), and a credential
    asked by its letters is the one they spell ("Certified Surgical Technologist" and "CST certification")."""
    capitals = [(r, letters) for r in requirements if (letters := _capitals_of(r))]
    if not capitals:
        return requirements  # most postings: nothing written in capitals to fold
    by_initials: dict[str, Requirement] = {}
    for requirement in requirements:
        every = [w for w in re.split(r"[\s-]+", requirement.name.lower()) if w]
        words = [w for w in every if w not in _STOP_INITIALS]
        if len(words) >= 2 and requirement.kind in TWIN_KINDS | {"certification"}:
            by_initials.setdefault("".join(w[0] for w in words), requirement)
            # ... or with its "and" ("IPAC" of "infection prevention and control")
            by_initials.setdefault(
                "".join(w[0] for w in every if w in ("and", "&") or w in words), requirement
            )
    absorbed: set[int] = set()
    for requirement, letters in capitals:
        twin = by_initials.get(letters.lower())
        if twin is None or twin is requirement or id(twin) in absorbed:
            continue
        twin_first = twin.position < requirement.position or twin.kind == "certification"
        first, second = (twin, requirement) if twin_first else (requirement, twin)
        absorb(into=first, other=second, as_alternative=True)
        absorbed.add(id(second))
    return [r for r in requirements if id(r) not in absorbed]


def merge_name_twins(*, requirements: list[Requirement]) -> list[Requirement]:
    """Return the requirements with a second "a SIEM" folded into the first "SIEM (Splunk)": a name asked
    again is one ask, met by any example either gives. (Folding "an EDR platform" into "EDR" as well was
    tried and dropped: it lowered a labelled set's hand-ranking agreement, bench/data/README.md.)"""
    first: dict[str, Requirement] = {}
    absorbed: set[int] = set()
    for requirement in requirements:
        if requirement.kind not in TWIN_KINDS:
            continue
        twin = first.setdefault(requirement.name.lower(), requirement)
        if twin is requirement:
            continue
        absorb(into=twin, other=requirement, as_alternative=False)
        absorbed.add(id(requirement))
    return [r for r in requirements if id(r) not in absorbed]
