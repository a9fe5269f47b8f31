"""Whether a phrase of a posting is read as one item of what its sentence lists ("cost reports and change
orders", "Account plans, quarterly business reviews ...") rather than a phrase in running text."""

import re
from collections.abc import Sequence

from ai.local_engine.gap_shown import ASKED_AS_NOUN_RE
from ai.local_engine.posting_cues import ASKS, LABELLED
from ai.local_engine.requirement_model import JobRequirements, Requirement
from ai.local_engine.text import Sentence

# What joins the items of a coordination: "receiving, cycle counts and the annual physical"; "including" opens
# a list of items ("the stock database, including batch recalls and expiry checks").
_JOINED_BEFORE_RE = re.compile(r"(?:,|;|:|/|&|\band|\bor|\bincluding)\s*(?:the\s+|an?\s+)?$", re.IGNORECASE)
_JOINED_AFTER_RE = re.compile(r"\s*(?:,|;|/|&|\(|and\b|or\b)", re.IGNORECASE)
# A level after a credential's name closes it too: "Fortinet NSE 4", "ITIL 4".
_EDGE_AFTER_RE = re.compile(r"\s*(?:\d{1,2}\b\s*)?(?:[.!]\s*)?$")
_OR_BEFORE_RE = re.compile(r"\bor\s+$", re.IGNORECASE)
# What opens a segment of a line of requirements: its start, a semicolon or a colon ("Desirable: ...").
_SEGMENT_OPEN_RE = re.compile(r"(?:^|[;:])\s*$")
# ... and what may open it before the thing asked: "HCPC registration; evidence of continuing professional
# development".
_SEGMENT_LEAD_RE = re.compile(
    r"(?:^|[;:])\s*(?:(?:evidence|experience|knowledge|understanding)\s+(?:of|in)\s+)?$", re.IGNORECASE
)


# Headings over the lines that each name a thing the candidate must or should have: "Requirements", "Minimum
# qualifications", "Nice to have", "Preferred", "What you'll bring", "Desirable" (not "What you'll do").
_ASKING_HEADING_RE = re.compile(
    r"\b(?:requirements?|qualifications?|nice[- ]to[- ]haves?|preferred|desirable|bonus|"
    r"(?:you|you'll|you will) (?:have|bring|need)|what you (?:have|bring|need)|who you are)\b",
    re.IGNORECASE,
)


def item_lines(*, job: JobRequirements) -> frozenset[int]:
    """Return the starts of the lines under a heading of what the candidate must or should have."""
    starts: set[int] = set()
    under = False
    for sentence, kind in zip(job.posting.sentences, job.posting.kinds, strict=True):
        if kind in ("heading", LABELLED):
            under = _ASKING_HEADING_RE.search(sentence.text) is not None
        elif kind != ASKS:
            under = False
        elif under:
            starts.add(sentence.start)
    return frozenset(starts)


def listed_item(*, requirement: Requirement, sentences: Sequence[Sentence], lines: frozenset[int]) -> bool:
    """Return whether the requirement is read as one item of what its sentence lists ("cost reports and
    change orders", "Account plans, quarterly business reviews ..."): joined to another item on one side
    and to another item or the sentence's edge on the other. A phrase the extractor was unsure of must be
    joined on both sides: the last one after "and" is as often the tail of a clause ("both technical and
    consumer needs", "a DBS check and online searches")."""
    start = requirement.position
    end = start + len(requirement.asked_as or requirement.name)
    sentence = next((s for s in sentences if s.start <= start < s.end), None)
    if sentence is None:
        return False
    text = sentence.text
    before, after = (
        text[max(0, start - sentence.start - 12) : start - sentence.start],
        text[end - sentence.start :],
    )
    # "Board portal experience (Diligent)": the noun closes the item; not after "or", where the phrase is one
    # alternative of a field asked ("security, military or law enforcement experience").
    noun = None if _OR_BEFORE_RE.search(before) else ASKED_AS_NOUN_RE.match(after)
    after = after[noun.end() :] if noun else after
    joined_before = _JOINED_BEFORE_RE.search(before) is not None
    joined_after = _JOINED_AFTER_RE.match(after) is not None
    if not requirement.confident:
        # A phrase asked as experience or training that is the whole of a line or of a segment of it ("Board
        # portal experience (Diligent ...)", "...; educator training") is an item, not a clause's tail.
        ends = _EDGE_AFTER_RE.fullmatch(after) is not None
        # ... and so is a whole line of ``lines``, under a heading of what the candidate should have ("Nice to
        # have: Notary public commission"); not one going on past it ("Immediate availability or ...").
        whole_line = start == sentence.start and sentence.start in lines and ends
        return (
            (joined_before and joined_after)
            or whole_line
            or (noun is not None and _SEGMENT_OPEN_RE.search(before) is not None and (joined_after or ends))
        )
    ends = _EDGE_AFTER_RE.fullmatch(after) is not None
    # A whole segment of a line is an item too ("Fortinet NSE 4" on a line of its own, "...; evidence of
    # continuing professional development"), as it is of a list.
    whole_segment = ends and _SEGMENT_LEAD_RE.search(text[: start - sentence.start]) is not None
    return whole_segment or (
        (joined_before or not before.strip()) and (joined_after or ends) and (joined_before or joined_after)
    )
