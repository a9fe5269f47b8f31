"""The employer's own place asked by its kind, capitalised as a name ("Knowledge of County geography", "City
ordinances"): the County is wherever the job is, so a resume knowing its "local geography" shows it."""

import re

from ai.local_engine.requirement_model import Requirement
from ai.local_engine.text import normalize_phrase

# Kinds of place an employer calls itself by ("the County", "the Borough"), capitalised before what is asked
# of it: "County geography, streets or landmarks", "Borough planning policies".
_PLACE_KIND_RE = re.compile(
    r"(?:County|City|State|Borough|District|Region|Province|Parish|Town|Municipality|Shire)(?:'s)?"
    r"[ \t]+([a-z][\w-]*(?:[ \t]+[a-z][\w-]*){0,2})"
)
_FIRST_PART_RE = re.compile(r"[^,/()]+?(?=\s*(?:,|/|\(|\bor\b|\band\b|$))")


def name_local_forms(*, requirements: list[Requirement]) -> None:
    """Give a requirement of the employer's own place ("County geography") its local form as an alternative
    ("local geography")."""
    for requirement in requirements:
        first = _FIRST_PART_RE.match(requirement.name)
        asked = _PLACE_KIND_RE.fullmatch(first.group(0).strip()) if first else None
        if asked is None:
            continue
        local = f"local {asked.group(1)}"
        requirement.alternatives = (*requirement.alternatives, local)
        requirement.alternative_keys = (*requirement.alternative_keys, normalize_phrase(text=local))
