"""A duty of putting people to work ("Support and supervise student radiographers", "coach junior
consultants") is shown by a resume's line that does so to such people ("Supervised first-year students on
placement"). A line merely near in meaning ("Society of Radiographers member") names the same people, not
the act: a match by meaning alone to such a line is none."""

import re
from dataclasses import replace

from ai.local_engine.duty_lines import directs_people
from ai.local_engine.resume_view import Match, ResumeView, sentence_match

# A verb of putting people to work, in its forms ("supervised", "mentoring", "led", "oversaw", "hired").
_DIRECTING_FORMS = (
    *("manag(?:e|ed|es|ing|er|ement)", "supervis(?:e|ed|es|ing|ion|or|ory)", "coach(?:ed|es|ing)?"),
    *("mentor(?:ed|s|ing)?", "train(?:ed|s|ing)", "lead(?:s|ing)?", "led", "recruit(?:ed|s|ing)?"),
    *("hir(?:e|ed|es|ing)", "onboard(?:ed|s|ing)?", "overs(?:ee|aw|ees|eeing|een)", "direct(?:ed|s|ing)?"),
    *("motivat(?:e|ed|es|ing)", "precept(?:or|orship|ed|ing)", r"(?:practice|clinical)\s+educator"),
)
_DIRECTING_RE = re.compile(rf"\b(?:{'|'.join(_DIRECTING_FORMS)})\b", re.IGNORECASE)
# ... not one done to the resume's owner: "under supervision", "supervised by the lead radiographer".
_DIRECTED_RE = re.compile(r"\bunder\s+(?:the\s+)?(?:supervision|direction)\b|\b\w+ed\s+by\b", re.IGNORECASE)


def act_shown(*, match: Match, view: ResumeView) -> Match:
    """Return the match of a duty of directing people by meaning alone moved to a line of the resume's own
    that directs such people, or unmet when its line and every other direct no one."""
    if (
        match.via != "semantic"
        or not match.met
        or not directs_people(text=match.requirement.name)
        or _DIRECTING_RE.search(match.evidence)
    ):
        return match
    # the people's words, singular ("student", "radiographer" of "student radiographers")
    stems = [w.lower().removesuffix("s") for w in match.requirement.name.split()[1:] if len(w) > 3]
    for number, sentence in enumerate(view.index.sentences):
        lower = _DIRECTED_RE.sub(" ", sentence.text.lower())
        if not view.copied[number] and _DIRECTING_RE.search(lower) and any(s in lower for s in stems):
            return sentence_match(requirement=match.requirement, view=view, number=number, via="semantic")
    return replace(match, credit=0.0, evidence="", matched="", via="", context="")
