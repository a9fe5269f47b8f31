"""Work qualities a posting asks in its own words, read as the quality a recruiter screens for.

"juggling 30 loads at once" asks multitasking, "prioritise and manage a caseload" and "juggle several matters
with competing deadlines" prioritisation, "handle confidential information with discretion" confidentiality,
"manages behaviour calmly" behaviour management: each is named by its quality, the posting's words kept as
what was asked. Not the same words said of the employer or of something else: "a judgement-free team", "at
the manager's discretion", "a confidential chat", "Court judgments and tax liens".
"""

import re

from ai.local_engine.candidates import Candidate
from ai.local_engine.vocab import Vocabulary

# A quality asked by an act, its object or an adjective, not by a name ("juggling", "confidential
# information", "discreet", "manages behaviour"): the quality's name is what a recruiter screens for
# ("discretion", "classroom management" and "multitasking skills" are names and stay as asked).
_ASKED_BY_ACT_RE = re.compile(
    r"juggl(?:e|es|ed|ing)|confidential\s+\w+|strictly\s+confidential|discreet|manag(?:e|es|ed|ing)\s+behaviou?r",
    re.IGNORECASE,
)
_TIME_MANAGEMENT = "Time management"
# Ordering one's work is prioritisation: "prioritise", "competing priorities", "juggle deadlines".
_PRIORITISING_RE = re.compile(
    r"prioriti[sz](?:e|es|ed|ing)|(?:juggl(?:e|ing)\s+)?(?:competing|multiple)\s+\w+|juggl(?:e|ing)\s+\w+",
    re.IGNORECASE,
)
# "teaching skills will be prioritized": what the employer favours, not the hire's ordering of work.
_PASSIVE_BEFORE_RE = re.compile(r"\b(?:be|is|are|been|being|was|were)[ \t]+$", re.IGNORECASE)
_JUDGEMENT = "Judgement"
# Acting before being asked: "a proactive partner", "proactively flag risks" (a quality the Ownership concept
# holds with "self-starter" and "initiative", asked by its own word).
_OWNERSHIP = "Ownership"
_PROACTIVE_RE = re.compile(r"proactive(?:ly)?", re.IGNORECASE)
_CONFIDENTIALITY = "Confidentiality"

# "a judgement-free team", "without judgement", "non-judgemental": the workplace described, no quality asked.
_FREE_OF_JUDGEMENT_AFTER_RE = re.compile(r"[ \t]*-[ \t]*free\b", re.IGNORECASE)
_FREE_OF_JUDGEMENT_BEFORE_RE = re.compile(r"\b(?:without|no|free\s+(?:of|from)|non-?)[ \t]*$", re.IGNORECASE)
# "at the manager's discretion", "at our sole discretion": who decides, not the hire's discretion.
_WHOSE_DISCRETION_RE = re.compile(
    r"\bat\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:sole\s+|absolute\s+|full\s+)?$", re.IGNORECASE
)
# "All applications will be treated in strict confidence / confidentiality": how the employer treats them.
_TREATED_RE = re.compile(
    r"\b(?:treated|held|handled|dealt\s+with|kept)\s+(?:in|with)\s+(?:the\s+)?(?:strict(?:est)?\s+|utmost\s+|"
    r"complete\s+|full\s+|absolute\s+)?$",
    re.IGNORECASE,
)


def quality_name(*, head: Candidate, vocabulary: Vocabulary) -> str | None:
    """Return the name a work quality asked by ``head`` goes by, when the posting's words are not its name
    ("juggling" is Multitasking, "prioritise" Prioritisation), or None."""
    if head.concept_id is None:
        return None
    name = vocabulary.concepts[head.concept_id].name
    if name == _TIME_MANAGEMENT and _PRIORITISING_RE.fullmatch(head.text):
        # the posting's spelling: "prioritize" is Prioritization, "prioritise" Prioritisation
        return "Prioritization" if "z" in head.text.lower() else "Prioritisation"
    if name == _OWNERSHIP and _PROACTIVE_RE.fullmatch(head.text):
        return "Proactive approach"
    return name if _ASKED_BY_ACT_RE.fullmatch(head.text) else None


def not_the_quality(*, candidate: Candidate, text: str, vocabulary: Vocabulary) -> bool:
    """Return whether a work quality's word in the posting ``text`` is said of something else than the hire:
    a workplace free of judgement, court judgments, what the employer favours, whose discretion decides, how
    applications are treated."""
    if candidate.concept_id is None:
        return False
    name = vocabulary.concepts[candidate.concept_id].name
    start, end = candidate.start, candidate.end
    if name == _JUDGEMENT:
        return bool(
            candidate.text.lower().endswith("s")  # "judgments, tax liens": court decisions, legal records
            or _FREE_OF_JUDGEMENT_AFTER_RE.match(text, end)
            or _FREE_OF_JUDGEMENT_BEFORE_RE.search(text, max(0, start - 20), start)
        )
    if name == _TIME_MANAGEMENT:
        return _PASSIVE_BEFORE_RE.search(text, max(0, start - 12), start) is not None
    if name == _CONFIDENTIALITY:
        return bool(
            _WHOSE_DISCRETION_RE.search(text, max(0, start - 40), start)
            or _TREATED_RE.search(text, max(0, start - 40), start)
        )
    return False


def keeps_a_confidence(*, candidate: Candidate, vocabulary: Vocabulary) -> bool:
    """Return whether ``candidate`` asks the hire to keep things confidential ("Keep all payroll information
    strictly confidential"): kept so by the hire's discretion, not a thing kept in a state."""
    return (
        candidate.concept_id is not None
        and vocabulary.concepts[candidate.concept_id].name == _CONFIDENTIALITY
    )
