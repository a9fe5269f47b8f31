"""Keep a duty whose objects share their last words whole: "Perform water and sewer calculations".

A posting's duty often lists the modifiers of one noun ("Troubleshoot electrical, hydraulic and mechanical
faults", "Build data and training pipelines", "Administer health, dental and life benefits"). Read word by
word, the first object is a dangling modifier ("Perform water", "Build data") and the noun goes only to the
last one; read whole, it is one duty named as the posting names it. So is a verb whose object is the next
verb's: "Configuring and supporting Cisco Catalyst switches".
"""

import re
from dataclasses import replace

from ai.local_engine.candidates import Candidate
from ai.local_engine.duty_verbs import DUTY_VERBS
from ai.local_engine.rewrite_wording import PRESENT_ACTION_VERBS

# What may stand between the first modifier and the last object: more one-word modifiers, then "and"/"or".
_MODIFIERS_BETWEEN_RE = re.compile(r"(?:[ \t]*,[ \t]*[A-Za-z][\w-]*)*[ \t]*,?[ \t]+(?:and|or|&)[ \t]+")
_MAX_GAP = 60  # characters from the first modifier to the last object


def _verb(word: str) -> bool:
    low = word.lower()
    return low in DUTY_VERBS or low in PRESENT_ACTION_VERBS


def _opens_a_duty(word: str) -> bool:
    """Return whether a duty may open with ``word``: a duty verb, or a verb in -ing ("Configuring")."""
    return _verb(word) or (word.lower().endswith("ing") and len(word) > 5)


def _dangling_modifier(candidate: Candidate) -> bool:
    """Return whether ``candidate`` is a verb's one-word object naming no thing of its own ("Build data"):
    a common word (names and acronyms, "OSHA and infection control protocols", are things of their own)."""
    words = candidate.text.split()
    if not (words and _verb(words[0]) and "pos=start" in candidate.features):
        return False  # a duty line's verb ("Perform ..."), not "care home" nor "reading and math instruction"
    words = words[1:]
    if candidate.concept_id is not None or candidate.category != "phrase" or len(words) != 1:
        return False
    word = words[0]
    if not word.islower():
        return False
    return not (word.lower().endswith("s") and not word.lower().endswith("ss"))  # "Manage users and ..."


def _last_object(candidate: Candidate) -> bool:
    words = candidate.text.split()
    return candidate.concept_id is None and len(words) >= 2 and not _verb(words[0])


def _bare_verb(candidate: Candidate) -> bool:
    """Return whether ``candidate`` is a duty line's verb alone ("Configuring" of "Configuring and supporting
    Cisco switches"): its object is the next verb's."""
    word = candidate.text
    return (
        candidate.concept_id is None
        and candidate.category == "phrase"
        and " " not in word
        and "pos=start" in candidate.features
        and _opens_a_duty(word)
    )


def _verb_and_object(candidate: Candidate) -> bool:
    words = candidate.text.split()
    return candidate.concept_id is None and len(words) >= 2 and _opens_a_duty(words[0])


def join_shared_heads(*, candidates: list[Candidate], text: str) -> list[Candidate]:
    """Return ``candidates`` (in reading order) with each run of a duty's modifiers and the object they share
    joined into one candidate, scored as the better of its first and last parts (both kept, or both held
    tentative, by ``requirement_keep``). A modifier between them that the vocabulary knows ("hydraulic" of
    "electrical, hydraulic and mechanical faults") is also read alone."""
    joined: list[Candidate] = []
    index = 0
    while index < len(candidates):
        first = candidates[index]
        index += 1
        if _dangling_modifier(first):
            shares = _last_object  # "Perform water and sewer calculations"
        elif _bare_verb(first):
            shares = _verb_and_object  # "Configuring and supporting Cisco switches"
        else:
            joined.append(first)
            continue
        inner: list[Candidate] = []
        for later in range(index, len(candidates)):
            last = candidates[later]
            if last.sentence.start != first.sentence.start or last.start - first.end > _MAX_GAP:
                break
            if _MODIFIERS_BETWEEN_RE.fullmatch(text, first.end, last.start) and shares(last):
                whole = text[first.start : last.end]
                first = replace(
                    first,
                    text=whole,
                    key=last.key,  # matched as the last object ("foul drainage calculations"), named whole
                    end=last.end,
                    score=max(first.score, last.score),
                )
                inner = [c for c in candidates[index:later] if c.concept_id is not None]
                index = later + 1
                break
        joined += [first, *inner]
    return joined
