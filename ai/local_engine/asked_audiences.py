"""Whom a posting asks communication with, and whether the resume ever names them.

"Communicates well with parents and carers", "board-level communication", "presenting to the board and
investors": the ask is communication with those people, not in general. A recruiter reads a resume that never
mentions parents (or carers, families) as not showing communication with them, however well it shows
communication with its own team. Only groups named plainly are read (parents, patients, the board, investors
...), and only where every person the posting lists is one: "stakeholders", "teams", "clients" or "the
multidisciplinary team" could be anyone and ask nothing more than the skill. Collaboration ("work with data
scientists") is left as the skill: a resume rarely names whom its author worked beside.
"""

import re

from ai.local_engine.requirement_model import Requirement
from ai.local_engine.resume_view import Match, ResumeView, own_sentence_holds, unmet

# An asked group -> the words a resume names it (or those who stand for it) by, as word stems.
_GROUPS: dict[str, tuple[str, ...]] = {
    "parents": ("parent", "carer", "caregiver", "guardian", "famil"),
    "carers": ("carer", "caregiver", "parent", "famil", "relative"),
    "families": ("famil", "parent", "carer", "caregiver", "relative", "next of kin"),
    "caregivers": ("caregiver", "carer", "parent", "famil"),
    "patients": ("patient",),
    "students": ("student", "pupil", "learner"),
    "pupils": ("pupil", "student", "learner"),
    "residents": ("resident",),
    "guests": ("guest",),
    "donors": ("donor", "funder"),
    "volunteers": ("volunteer",),
    "tenants": ("tenant", "resident"),
    "investors": ("investor", "shareholder"),
    "press": ("press", "media", "journalist"),
    "media": ("media", "press", "journalist"),
    "board": ("board", "trustee", "governor"),
    "senior leadership": (
        *("senior leader", "leadership team", "executive", "c-suite", "vp", "vice president", "director"),
        *("senior management", "ceo", "cfo", "coo", "cto", "board"),
    ),
    "executives": ("executive", "c-suite", "vp", "vice president", "director", "ceo", "cfo", "senior leader"),
    "product managers": ("product manager", "product management", "product owner", "product team"),
    "data scientists": ("data scientist", "data science"),
    "designers": ("designer", "design team", "ux"),
    "regulators": ("regulator",),
    "physicians": ("physician", "doctor", "clinician", "consultant"),
    "doctors": ("doctor", "physician", "clinician", "consultant", "gp"),
}
# The skill asked with its people after it: "communicate with parents and carers", "present to the board".
_CUES = {
    "communicat": r"communicat\w*|liais\w*",
    "present": r"present(?:s|ing)?",
}
_TO_PEOPLE = r"\s+(?:\w+\s+){0,3}?(?:with|to)\s+([^.;:()]{1,80})"
# Where the people named end and the purpose begins: "... parents to explain progress".
_PURPOSE_RE = re.compile(r"\s(?:to|on|in|for|about|across|so|who|that|when|including)\s", re.I)
# A list of groups right before the skill: "board-level communication", "investor and press communication".
_BEFORE_RE = re.compile(r"((?:[\w-]+(?:,\s*|\s+(?:and|or|&)\s+))*[\w-]+)\s+(?:communicat|presentation)", re.I)
_ITEM_BREAK_RE = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+(?:with\s+|to\s+)?", re.I)


def asked_audience(*, requirement: Requirement) -> frozenset[str]:
    """Return the groups the posting asks communication with ("parents", "board"), or none.

    Every person of the list must be a group read here: "families and the multidisciplinary team", "clients
    and regulators" name others too, whom any resume may stand for, and ask nothing beyond the skill."""
    lower = requirement.name.lower()
    if requirement.kind != "soft_skill" or not ("communicat" in lower or "present" in lower):
        return frozenset()
    cue = _CUES["communicat" if "communicat" in lower else "present"]
    found: set[str] = set()
    for hit in re.finditer(rf"\b(?:{cue}){_TO_PEOPLE}", requirement.sentence, re.I):
        found |= _all_groups(_PURPOSE_RE.split(hit.group(1), maxsplit=1)[0])
    for hit in _BEFORE_RE.finditer(requirement.sentence):
        found |= _all_groups(hit.group(1).replace("-level", ""))
    return frozenset(found)


def _all_groups(text: str) -> set[str]:
    """Return the groups a list names when each of its items names one ("the board, investors and press")."""
    groups = [_groups_in(item) for item in _ITEM_BREAK_RE.split(text.strip()) if item.strip()]
    return set().union(*groups) if groups and all(groups) else set()


def _groups_in(text: str) -> set[str]:
    """Return the groups a stretch of the posting names, singular or plural ("investor", "board-level")."""
    return {group for group, names in _GROUPS.items() if re.search(rf"\b{re.escape(names[0])}", text, re.I)}


def audience_named(*, audience: frozenset[str], view: ResumeView) -> bool:
    """Return whether any of the resume's own sentences names one of the groups (or those standing for it)."""
    stems = {stem for group in audience for stem in _GROUPS[group]}
    # short names whole ("VP", not "VPN"; "COO", not "cook"), longer ones as the start of a word
    forms = [re.escape(s) + (r"s?\b" if len(s) <= 4 else "") for s in sorted(stems)]
    pattern = re.compile(r"\b(?:" + "|".join(forms) + r")", re.I)
    return own_sentence_holds(view=view, pattern=pattern)


def with_audience(*, match: Match, view: ResumeView) -> Match:
    """Return the match, or no credit when the posting asks the skill with people the resume never names."""
    audience = asked_audience(requirement=match.requirement)
    if not match.met or not audience or audience_named(audience=audience, view=view):
        return match
    return unmet(requirement=match.requirement)
