"""A tool asked at an advanced level: "Advanced Excel (pivot tables, VLOOKUP/XLOOKUP)", "advanced SQL".

A recruiter screens for the level: "Microsoft Excel, Word" in a skills list, or "tracked budgets in Excel",
shows the tool, not that it is used at the level asked. The resume shows the level by saying it beside the
name ("Advanced Excel", "Excel (expert)", "Excel power user"), by naming a feature the posting gives as an
example ("built pivot tables"), or by naming the features it uses right after the name ("Excel (macros, VBA)",
"Excel: Power Query, SUMIFS", "Excel Power Query"). Otherwise the tool is held short of the level: part
credit, and listed as "advanced Excel". ("Expert SQL" is not read so: praise more than a level screened.)
"""

import re
from dataclasses import replace

from ai.local_engine.resume_view import Match, ResumeView

_KINDS = frozenset({"tool", "hard_skill"})
# The level a posting asks right before the name: "Advanced Excel", "advanced knowledge of SQL".
_ASKED_RE = r"\b(advanced)\s+(?:(?:knowledge|skills?|proficiency)\s+(?:of|in|with)\s+)?"
# ... and the examples in a bracket after it: "(pivot tables, VLOOKUP/XLOOKUP)", "skills (pivot tables)".
_EXAMPLES_RE = re.compile(r"(?:\s+(?:skills?|knowledge|proficiency))?\s*\(([^()]{3,120})\)")
# Features named right after the name on a resume's line: a bracket, a colon's list or a capitalised name.
_FEATURES_RE = re.compile(r"\s*(?:\([^()]{3,120}\)|:\s*\w.{2,}|\s[A-Z]\w+)")
_EXAMPLE_BREAK_RE = re.compile(r"\s*(?:,|/|;|\bor\b|\band\b|\be\.g\.|\bsuch as\b|\bincluding\b)\s*", re.I)
# Words a resume says the level with, beside the name.
_LEVEL_HELD_RE = re.compile(r"\b(?:advanced|expert|power[ -]user|proficient|highly skilled)\b", re.I)
_LEVEL_NEAR = 30  # characters between the name and the word that says its level
# Features named right after the name show them ("Excel (macros, VBA)"); a level below does not.
_BASIC_RE = re.compile(r"\b(?:basic|beginner|elementary|intermediate|working knowledge)\b", re.I)
_LEVEL_CREDIT = 0.4
LEVEL_NOT_SHOWN = "the level asked not shown"


def _examples(*, sentence: str, end: int) -> list[str]:
    """Return the examples the posting gives in a bracket right after the name ending at ``end``."""
    bracket = _EXAMPLES_RE.match(sentence, end)
    if bracket is None:
        return []
    return [e for e in _EXAMPLE_BREAK_RE.split(bracket.group(1)) if len(e) > 2]


def _level_shown(*, text: str, name: str, examples: list[str]) -> bool:
    """Return whether the resume's line shows the tool at a level: a level word or features named beside the
    name, or an example the posting gave."""
    if any(re.search(rf"(?<!\w){re.escape(e)}", text, re.I) for e in examples):
        return True
    for found in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.I):
        near = text[max(0, found.start() - _LEVEL_NEAR) : found.end() + _LEVEL_NEAR]
        if _LEVEL_HELD_RE.search(near):
            return True
        features = _FEATURES_RE.match(text, found.end())
        if features is not None and not _BASIC_RE.search(features.group(0)):
            return True
    return False


def level_short(*, match: Match, view: ResumeView) -> Match:
    """Return the match at part credit, named with the level asked, when the posting asks the tool at an
    advanced level and no line of the resume's own shows that level."""
    requirement = match.requirement
    if (
        not match.met
        or match.short_of
        or requirement.kind not in _KINDS
        or "advanced" not in requirement.sentence.lower()  # the cheap test first
    ):
        return match
    name = requirement.asked_as or requirement.name
    asked = re.search(rf"{_ASKED_RE}{re.escape(name)}(?!\w)", requirement.sentence, re.I)
    if asked is None:
        return match
    examples = _examples(sentence=requirement.sentence, end=asked.end())
    names = {name, requirement.name, match.matched} - {""}
    if any(
        _level_shown(text=sentence.text, name=shown, examples=examples)
        for number, sentence in enumerate(view.index.sentences)
        if not view.copied[number]
        for shown in names
    ):
        return match
    levelled = replace(requirement, name=f"{asked.group(1).lower()} {requirement.name}")
    return replace(
        match, requirement=levelled, credit=min(match.credit, _LEVEL_CREDIT), short_of=LEVEL_NOT_SHOWN
    )
