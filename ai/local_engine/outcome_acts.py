"""Outcomes a posting names as a field of work ("scrap reduction", "cycle time improvement") that a resume
shows by the act ("Cut scrap from 3.1% to 1.4%", "improved cycle times by 8%"): the act on the thing is the
work."""

import re

from ai.local_engine.requirement_model import Requirement
from ai.local_engine.resume_view import Match, ResumeView, sentence_match

# "Drive scrap reduction", "cost reduction", "cycle time improvement": the thing, then the outcome's noun.
_OUTCOME_RE = re.compile(
    r"^(?:[A-Za-z]+\s+)?((?:[a-z][\w-]*\s+){0,1}[a-z][\w-]*)\s+(reduction|improvements?)(?:\s+projects?)?$"
)
# The acts that bring each outcome about, a few words before the thing ("cut scrap", "reduced our scrap
# rate", "improved cycle times").
_ACTS = {
    "reduction": r"(?:cut|cuts|cutting|reduc\w+|lower\w*|decreas\w+|minimi[sz]\w+|slash\w*|halv\w+)",
    "improvement": r"(?:improv\w+|rais\w+|increas\w+|boost\w+|lift\w*|shorten\w*)",
}
_CLOSE = r"\s+(?:[\w%$./-]+\s+){0,3}?"
# A measure a posting asks to keep or improve ("Improve Core Web Vitals and bundle size", "maintain code
# coverage"): a resume that moved it ("Cut the main bundle by 38%", "Raised unit-test coverage to 85%")
# shows it.
_MEASURE_RE = re.compile(
    r"^(?:[A-Za-z]+\s+)??((?:[a-z][\w-]*\s+){0,1})(size|coverage|latency|uptime|churn|costs?)$"
)
_ANY_ACT = rf"(?:{_ACTS['reduction']}|{_ACTS['improvement']}|grew|doubled)"


def _measure_pattern(name: str) -> re.Pattern[str] | None:
    asked = _MEASURE_RE.match(name)
    if asked is None:
        return None
    thing, measure = asked.group(1).split(), asked.group(2)
    if measure == "size" and not thing:
        return None
    head = re.escape(thing[-1] if measure == "size" else measure.rstrip("s"))
    return re.compile(rf"\b{_ANY_ACT}{_CLOSE}{head}", re.IGNORECASE)


def shown_by_act(*, requirement: Requirement, view: ResumeView) -> Match | None:
    """Return the match of an outcome asked ("scrap reduction") by the resume's own act on its thing ("Cut
    scrap from 3.1% to 1.4%"), or None."""
    asked = _OUTCOME_RE.match(requirement.name)
    if asked is None:
        pattern = _measure_pattern(requirement.name)
        if pattern is None:
            return None
    else:
        thing, outcome = asked.group(1), asked.group(2).rstrip("s")
        head = re.escape(thing.split()[-1].rstrip("s"))
        pattern = re.compile(rf"\b{_ACTS[outcome]}{_CLOSE}{head}", re.IGNORECASE)
    for number, sentence in enumerate(view.index.sentences):
        if view.context(number=number) in {"copied", "list"}:
            continue
        if pattern.search(sentence.text):
            return sentence_match(requirement=requirement, view=view, number=number, via="act")
    return None
