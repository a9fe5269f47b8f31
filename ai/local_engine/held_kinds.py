"""Which requirements a resume may hold as a credential is held (named on a credentials line, full credit):
a certification, a credential read by its bare letters ("RDMS", "LPC"), or a skill asked at a credential's
level ("Lean Six Sigma (Green Belt)")."""

import re

from ai.local_engine.credential_names import credential_by_name
from ai.local_engine.requirement_model import Requirement
from ai.local_engine.vocab import Vocabulary

# A credential read as a tool or skill by its bare letters: "RDMS (AB, OB/GYN) from ARDMS", "RVT", "LPC".
_LETTERS_RE = re.compile(r"[A-Z]{2,6}(?:-[A-Z]{1,3})?(?: or [A-Z]{2,6}(?:-[A-Z]{1,3})?)*")  # "CNE or NPD-BC"


# A credential's level named right after a skill: "Lean Six Sigma (Green Belt)", "ITIL v4 certified"; or the
# word for one after its letters: "Active CPC credential", "CPC holder", "CFA designation".
_ASKED_AS_CREDENTIAL_RE = re.compile(
    r"[\s(]*(?:(?:green|black|yellow)\s+belt|certifi(?:ed|cation)|certificate|licen[cs]ed?|credential|"
    r"designation|holder)\b",
    re.I,
)


def _after_name(requirement: Requirement) -> tuple[int, int]:
    """Return the span of the requirement's sentence after its name (empty when the name is not there)."""
    at = requirement.sentence.find(requirement.asked_as or requirement.name)
    end = at + len(requirement.asked_as or requirement.name) if at >= 0 else len(requirement.sentence)
    return end, min(len(requirement.sentence), end + 30)


def held_kind(*, requirement: Requirement, vocabulary: Vocabulary) -> bool:
    """Return whether the requirement may be held as a credential is (named by a credentials line)."""
    if requirement.kind == "certification" or _ASKED_AS_CREDENTIAL_RE.match(
        requirement.sentence, *_after_name(requirement)
    ):
        return True  # "Lean Six Sigma (Green Belt)": the skill asked at a credential's level
    # Letters the vocabulary knows as a field ("QA", "GDPR", "ICU") are no credential: listed, they are
    # listed, whatever heading the list is under (a tool's letters may be a credential's: RDMS, PMP).
    field = requirement.concept_id is not None and (
        vocabulary.concepts[requirement.concept_id].category == "knowledge"
    )
    return not field and bool(_LETTERS_RE.fullmatch(requirement.name))


def product_letters(*, requirement: Requirement, vocabulary: Vocabulary) -> bool:
    """Return whether the requirement is a product the vocabulary knows, named by its letters and not asked
    as a credential ("SQL", "SAS", "GIS"): on a course line under Education it is a subject studied, not a
    credential held (a product's letters may still be a credential's own name: PMP, CCNA, BLS)."""
    return (
        requirement.kind != "certification"
        and requirement.concept_id is not None
        and vocabulary.concepts[requirement.concept_id].category == "tool"
        and _LETTERS_RE.fullmatch(requirement.name) is not None
        and not credential_by_name(text=requirement.name)
        and not _ASKED_AS_CREDENTIAL_RE.match(requirement.sentence, *_after_name(requirement))
    )
