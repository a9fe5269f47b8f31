"""A figure a posting asks ("Typing speed of 45+ WPM") met by a larger one the resume states ("typing 62
WPM"): the resume's own words need not repeat the posting's number."""

import re

from ai.local_engine.requirement_model import Requirement
from ai.local_engine.resume_view import Match, ResumeView, sentence_match

_SPEED_RE = re.compile(r"(\d{2,3})\s*\+?\s*(?:wpm|words per minute)\b", re.IGNORECASE)


def figure_met(*, requirement: Requirement, view: ResumeView) -> Match | None:
    """Return the match of a typing speed asked by a resume sentence stating one at least as fast, or None."""
    asked = _SPEED_RE.search(requirement.name)
    if asked is None:
        return None
    for number, sentence in enumerate(view.index.sentences):
        if view.copied[number]:
            continue
        shown = _SPEED_RE.search(sentence.text)
        if shown is not None and int(shown.group(1)) >= int(asked.group(1)):
            return sentence_match(requirement=requirement, view=view, number=number, via="figure")
    return None


def asks_a_figure(*, requirement: Requirement) -> bool:
    """Return whether the requirement asks a figure ("45+ WPM"): met by a figure or not at all, never by a
    sentence that only reads alike."""
    return _SPEED_RE.search(requirement.name) is not None
