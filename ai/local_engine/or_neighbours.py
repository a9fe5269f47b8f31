"""Two requirements a posting offers as either one though they are read as different kinds: "Pilot
certificate or ATC background" (a credential, or a background) is one requirement, met by either; reading them
apart reported the second missing beside a met first."""

import re

from ai.local_engine.requirement_forms import absorb
from ai.local_engine.requirement_model import Requirement

# Nothing but "or" between the first's words and the second's: "A or B", "A, or an B", "A and/or B".
_OR_ONLY_RE = re.compile(r"[ \t]*,?[ \t]*(?:and/)?or[ \t]+(?:an?[ \t]+|the[ \t]+)?", re.IGNORECASE)
# Degrees and languages have their own alternatives ("a degree or equivalent experience" is the education
# sub-score's; "English or French" the language asked).
_OWN_ALTERNATIVES = frozenset({"degree", "language"})


def merge_or_neighbours(*, requirements: list[Requirement], text: str) -> list[Requirement]:
    """Return the requirements (in reading order) with one that follows another after a bare "or" folded into
    it as an alternative."""
    kept: list[Requirement] = []
    for requirement in requirements:
        before = kept[-1] if kept else None
        if (
            before is not None
            and before.sentence == requirement.sentence
            and before.kind != requirement.kind
            and not {before.kind, requirement.kind} & _OWN_ALTERNATIVES
            and _joined_by_or(first=before, second=requirement, text=text)
        ):
            # a credential keeps its kind: "ACRP-CP or SOCRA CCRP certification" is the certification
            owner, other = (
                (requirement, before) if requirement.kind == "certification" else (before, requirement)
            )
            absorb(into=owner, other=other, as_alternative=True)
            kept[-1] = owner
            continue
        kept.append(requirement)
    return kept


def _joined_by_or(*, first: Requirement, second: Requirement, text: str) -> bool:
    written = first.asked_as or first.name
    end = first.position + len(written)
    return (
        text.startswith(written, first.position)
        and _OR_ONLY_RE.fullmatch(text, end, second.position) is not None
    )
