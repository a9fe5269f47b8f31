"""The body a registration asked for is held with, named on the resume ("Social Work England", "AHPRA"): by
its name, by its initials ("NMC PIN 12A3456E" for the Nursing and Midwifery Council) or by its name without
the place it serves ("Teaching Council Registration No. 412886" for the Teaching Council of Ireland), the
last two only where the line says it is a registration or lists credentials held: letters alone name too many
things ("SWE II, Google" is a software engineer). Read by ``credential_evidence``."""

import re

from ai.local_engine.credential_match import HELD_LABEL_RE, SKIPPED, WORD_RE
from ai.local_engine.named_places import inside_a_name
from ai.local_engine.requirement_forms import REGISTERED_WITH_RE
from ai.local_engine.requirement_model import Requirement
from ai.local_engine.resume_view import ResumeView

# The place a body serves, after its kind's noun: "... Council of Ireland", "... Board of New Zealand".
_PLACE_AFTER_RE = re.compile(
    r"\b(?P<local>\w.*\b(?:Council|Board|Institute|Society|College|Association|Authority|Agency))\s+of\s+"
    r"(?:the\s+)?[A-Z]\w*(?:\s+[A-Z]\w*){0,2}$"
)
# A line that says a registration is held: "Registered Nurse (NMC PIN 12A3456E)", "NMC registration".
_REGISTRATION_WORD_RE = re.compile(r"\b(?:[Rr]egist(?:ered|ration)|PIN|[Rr]eg\.?\s+[Nn]o)\b")


def registration_sentence(*, requirement: Requirement, view: ResumeView) -> int | None:
    """Return the number of the resume sentence that names the body a registration asked for is held with
    ("Social Work England", "AHPRA"), or None."""
    if requirement.kind != "certification" or "registration" not in requirement.name.lower():
        return None
    named = requirement.name.removeprefix("Registration with ")
    asked = REGISTERED_WITH_RE.search(requirement.sentence)
    if named == requirement.name and asked is None:
        return None
    name = named if named != requirement.name else asked.group("body")
    body = re.compile(rf"\b{re.escape(name)}\b")
    # ... by its initials, three or more of a name in capitals (two name too many things), or by its name
    # without the place it serves, where the line says it is a registration
    words = [w for w in WORD_RE.findall(name) if w.lower() not in SKIPPED]
    local = _PLACE_AFTER_RE.fullmatch(name)
    other_names = [
        *(["".join(w[0] for w in words)] if len(words) >= 3 and all(w[:1].isupper() for w in words) else []),
        # (not another place's: "Teaching Council of England")
        *([rf"{re.escape(local.group('local'))}(?!\s+of\b)"] if local else []),
    ]
    other = re.compile(rf"\b(?:{'|'.join(other_names)})\b") if other_names else None
    for number, sentence in enumerate(view.index.sentences):
        if view.copied[number]:
            continue
        held = view.sections[number] == "certifications" or HELD_LABEL_RE.match(sentence.text)
        found = [*body.finditer(sentence.text)]
        if other is not None and (held or _REGISTRATION_WORD_RE.search(sentence.text)):
            found += other.finditer(sentence.text)
        # "an HCPC-approved course" names a thing the body approved, no registration with it
        if any(
            not inside_a_name(text=sentence.text, offset=m.start(), asked=requirement.sentence) for m in found
        ):
            return number
    return None
