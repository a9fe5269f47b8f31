"""A registration asked by a body's letters alone ("HCPC registration", "Registration with the HCPC"), named
as the registration: the letters are no name of it ("an HCPC-approved course" holds none), nor is the
vocabulary's reading of them ("HCPC" as the HCPCS codes)."""

import re

from ai.local_engine.requirement_forms import REGISTERED_WITH_RE
from ai.local_engine.requirement_model import Requirement
from ai.local_engine.text import normalize_phrase

_BODY_LETTERS_RE = re.compile(r"(?=(?:[a-z]*[A-Z]){2})[A-Za-z]{2,7}")  # "HCPC", "NMC", "GPhC"


def name_body_registrations(*, requirements: list[Requirement]) -> None:
    """Name each credential read by a body's letters by the registration its sentence asks."""
    for requirement in requirements:
        body = requirement.name
        if requirement.kind != "certification" or not _BODY_LETTERS_RE.fullmatch(body):
            continue
        written = re.search(rf"\b{re.escape(body)}\s+[Rr]egistration\b", requirement.sentence)
        asked = REGISTERED_WITH_RE.search(requirement.sentence)
        if written is None and (asked is None or asked.group("body") != body):
            continue
        # one name for either form, as "Current registration with the HCPC" is named
        name = f"Registration with {body}"
        requirement.asked_as = requirement.name = name
        requirement.key, requirement.concept_id = normalize_phrase(text=name), None
        requirement.alternative_keys = (*requirement.alternative_keys, normalize_phrase(text=body))
