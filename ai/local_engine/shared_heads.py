"""Keep a duty whose objects share their last words whole: "Perform water and sewer calculations".

A posting's duty often lists the modifiers of one noun ("Troubleshoot electrical, hydraulic and mechanical
faults", "Build data and training pipelines", "Administer health, dental and life benefits"). Read word by
word, the first object is a dangling modifier ("Perform water", "Build data") and the noun goes only to the
last one; read whole, it is one duty named as the posting names it. So is a verb whose object is the next
verb's: "Configuring and supporting Cisco Catalyst switches". So, in any sentence, is a kind joined to a kept
modifier-and-noun ("hand and power tools", "UCC, lien and litigation searches"): "hand" alone names nothing.
"""

import re
from dataclasses import replace

from ai.local_engine.candidates import GENERIC_TERMS, Candidate
from ai.local_engine.certifications import CREDENTIAL_NOUNS
from ai.local_engine.duty_verbs import DUTY_VERBS
from ai.local_engine.rewrite_wording import PRESENT_ACTION_VERBS
from ai.local_engine.text import STOPWORDS, normalize_token

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


# One modifier before "and" ("hand and power tools"), then more before commas ("UCC, lien and ..."); "or"
# joins alternatives, the last of which stands for them ("fit-out or refurbishment projects").
_LAST_MODIFIER_RE = re.compile(r"\b([a-z][a-z-]+)(?:[ \t]*,)?[ \t]+(?:and|&)[ \t]+$")
_MORE_MODIFIER_RE = re.compile(r"\b([a-z][a-z-]+)[ \t]*,[ \t]*$")
# A word of manner or a state ("reliable and customer service focused"), not a kind of the thing named.
_NOT_A_KIND_RE = re.compile(r".*(?:ble|ful|ous|ive|less|ly|ed|ing)")
_PLURAL_RE = re.compile(r".*[^su]s")
_WORD_BEFORE_RE = re.compile(r"\b([A-Za-z][\w-]*)[ \t]+$")
_BULLETS = " \t•*·–-"


def _kind_word(word: str) -> bool:
    """Return whether ``word`` may name a kind of a noun before it: not a verb, a word of manner, a plural
    ("planograms and seasonal sets" are two things) nor a generic word ("experience or project work")."""
    return (
        word.islower()
        and word not in STOPWORDS
        and word not in GENERIC_TERMS
        and not _verb(word)
        and not _NOT_A_KIND_RE.fullmatch(word)
        and not _PLURAL_RE.fullmatch(word)
        and normalize_token(raw=word) not in CREDENTIAL_NOUNS  # "registration and ground transfers": two asks
    )


def _free_kind_word(*, word: str, start: int, taken: list[tuple[int, int]]) -> bool:
    return _kind_word(word) and not any(s < start + len(word) and start < e for s, e in taken)


def share_heads_back(*, candidates: list[Candidate], text: str) -> list[Candidate]:
    """Return ``candidates`` with each kept modifier-and-noun ("power tools", "litigation searches") taking in
    the one-word modifiers joined before it by "and" that share its noun ("hand and power tools"): the
    first conjunct alone ("hand") names nothing, so the posting's whole phrase is the requirement, matched as
    the last one."""
    taken = [(c.start, c.end) for c in candidates]
    shared = []
    for candidate in candidates:
        words = candidate.text.split()
        begin = candidate.sentence.start
        found = _LAST_MODIFIER_RE.search(text, begin, candidate.start)
        if (
            len(words) < 2
            or not _kind_word(words[0])  # "reliable transportation", "building automation": no kind named
            or not _PLURAL_RE.fullmatch(words[-1])  # "safety and food hygiene": two fields, not two kinds
            or candidate.category == "soft"
            or found is None
            or not _free_kind_word(word=found.group(1), start=found.start(1), taken=taken)
        ):
            shared.append(candidate)
            continue
        start = found.start(1)
        while (more := _MORE_MODIFIER_RE.search(text, begin, start)) and _free_kind_word(
            word=more.group(1), start=more.start(1), taken=taken
        ):
            start = more.start(1)
        before = _WORD_BEFORE_RE.search(text, begin, start)
        if before and not (before.group(1).lower() in STOPWORDS or _opens_a_duty(before.group(1))):
            shared.append(candidate)  # "scrap reduction and cycle time projects": the word ends a phrase
            continue
        if not text[begin:start].rsplit("\n", 1)[-1].strip(_BULLETS):
            # "Select, price and structure risks": the first words of a line or sentence are its verbs
            shared.append(candidate)
            continue
        shared.append(replace(candidate, text=text[start : candidate.end], start=start))
    return shared
