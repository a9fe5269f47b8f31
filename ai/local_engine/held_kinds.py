"""Which requirements a resume may hold as a credential is held (named on a credentials line, full credit):
a certification, or a credential read by its bare letters ("RDMS", "LPC")."""

import re

from ai.local_engine.requirement_model import Requirement
from ai.local_engine.vocab import Vocabulary

# A credential read as a tool or skill by its bare letters: "RDMS (AB, OB/GYN) from ARDMS", "RVT", "LPC".
_LETTERS_RE = re.compile(r"[A-Z]{2,6}(?:-[A-Z]{1,3})?(?: or [A-Z]{2,6}(?:-[A-Z]{1,3})?)*")  # "CNE or NPD-BC"


def held_kind(*, requirement: Requirement, vocabulary: Vocabulary) -> bool:
    """Return whether the requirement may be held as a credential is (named by a credentials line)."""
    if requirement.kind == "certification":
        return True
    # Letters the vocabulary knows as a field ("QA", "GDPR", "ICU") are no credential: listed, they are
    # listed, whatever heading the list is under (a tool's letters may be a credential's: RDMS, PMP).
    field = requirement.concept_id is not None and (
        vocabulary.concepts[requirement.concept_id].category == "knowledge"
    )
    return not field and bool(_LETTERS_RE.fullmatch(requirement.name))
