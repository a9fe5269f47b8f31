"""A job board's list of skills written in title case, whose capitals are the list's style, not a name's."""

import re

from ai.local_engine.candidates import Candidate

# A list of skills written in title case ("Key Skills: Business Analysis, BRD, User Stories, UAT, Gap
# Analysis, Visio"): six or more short items under a skills heading or label; the capitals are the list's
# style, not a name's (an address or a list of days has as many commas, and names).
_TITLE_CASED_LIST_RE = re.compile(r"[^,\n]{1,40}(?:,[^,\n]{1,40}){5,}")
_SKILLS_LABEL_RE = re.compile(
    r"\W*(?:key\s+|core\s+|technical\s+)?(?:skills|competencies|technologies|tools)\b", re.I
)
_SKILLS_SECTIONS = frozenset(
    {"sec=key", "sec=skill", "sec=core", "sec=technical", "sec=technology", "sec=tool"}
)


def in_skills_list(*, candidate: Candidate, text: str | None = None) -> bool:
    """Return whether the candidate is an item of a list of skills (``_TITLE_CASED_LIST_RE``): labelled so,
    or right under a skills heading (the line before it in ``text``; without it, the section read)."""
    line = candidate.sentence.text
    if _TITLE_CASED_LIST_RE.fullmatch(line) is None:
        return False
    if _SKILLS_LABEL_RE.match(line) is not None:
        return True
    if text is None:
        return not _SKILLS_SECTIONS.isdisjoint(candidate.features)
    before = text[: candidate.sentence.start].rstrip().rsplit("\n", 1)[-1]
    return len(before.split()) <= 4 and _SKILLS_LABEL_RE.match(before) is not None
