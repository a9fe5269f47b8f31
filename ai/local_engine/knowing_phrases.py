"""What a posting asks to know or have experience with: the object after "experience with", "knowledge of",
"proficient in" ("Familiarity with [modern build tools]"), and whether a lone word is a whole item of it."""

import functools
import re

from ai.local_engine.candidates import Candidate
from ai.local_engine.cue_gates import case_blind, holds_any
from ai.local_engine.regex_guards import starts_guarded
from ai.local_engine.text import SENTENCE_CACHE_SIZE, Sentence

# "experience with", "knowledge of", "proficient in": what follows names something to know.
KNOWING_CUE = (
    r"\b(?:experience|experienced|knowledge|knowledgeable|familiarity|familiar|proficiency|proficient|"
    r"expertise|understanding|grounding|background|skilled|versed)\s+(?:with|of|in)\s+"
)
_KNOWING_CUE_RE = starts_guarded(re.compile(KNOWING_CUE, re.IGNORECASE))
# One of which every cue holds: most sentences hold none and are not searched (a search costs as much as
# fifty of these tests).
_KNOWING_WORDS = (
    *("experience", "knowledge", "familiar", "proficien", "expertise", "understanding", "grounding"),
    *("background", "skilled", "versed"),
)
# "experience in building scalable, secure apps": a duty, not a list; but a word in -ing that ends its phrase
# is a field ("knowledge of reading and math instruction", "experience in merchandising").
_GERUND_RE = re.compile(r"[a-z]+ing\b(?!\s*(?:[,.;:)]|$|(?:and|or)\s+(?![a-z]+ing\b)))")
_KNOWN_END_RE = re.compile(r"[.;:(]")


# Read once per sentence (``engine.clear_caches`` forgets them): the posting's every candidate asks again.
@functools.lru_cache(maxsize=SENTENCE_CACHE_SIZE)
def knowing_spans(*, sentence: Sentence) -> tuple[tuple[int, int], ...]:
    """Return the spans (document offsets) of what a sentence asks to know or have experience with, each from
    its cue to the next stop ("Familiarity with [modern front-end build pipelines and tools]."); none after a
    cue followed by a verb in -ing ("experience in building ...")."""
    text, spans = sentence.text, []
    for cue in _cues(text=text):
        if _GERUND_RE.match(text, cue.end()):
            continue
        stop = _KNOWN_END_RE.search(text, cue.end())
        spans.append((sentence.start + cue.end(), sentence.start + (stop.start() if stop else len(text))))
    return tuple(spans)


def knowing_object_starts(*, sentence: Sentence) -> list[int]:
    """Return where (document offsets) each object of a cue of knowing starts, a gerund's too ("knowledge of
    [merchandising]")."""
    return [sentence.start + cue.end() for cue in _cues(text=sentence.text)]


def may_cue_knowing(*, text: str) -> bool:
    """Return whether ``text`` can hold a cue of knowing (``KNOWING_CUE``): it holds one of its words."""
    return holds_any(words=_KNOWING_WORDS, lower=case_blind(text))


def _cues(*, text: str) -> list[re.Match[str]]:
    """Return the cues of knowing in ``text``."""
    if not may_cue_knowing(text=text):
        return []
    return list(_KNOWING_CUE_RE.finditer(text))


# What may follow a whole item of what a cue of knowing asks ("experience with acquisitions;").
_OBJECT_END_RE = re.compile(r"\s*(?:$|[.;,)]|\b(?:and|or)\b)")
# What stands between a cue of knowing and a later item of its list ("experience with SaaS or [telematics]").
_OBJECT_LIST_RE = re.compile(r"[^.;:(]*(?:,|\band\b|\bor\b|/)\s*")


def whole_object_of_knowing(*, candidate: Candidate) -> bool:
    """Return whether a lone word is a whole item of what a sentence asks to know or have experience with
    ("experience with acquisitions", "knowledge of merchandising", "experience with SaaS or telematics"): a
    field, however plain the word (SkillSpan train/dev: 33 of 46 such first items and 24 of 35 later ones
    lie in a gold span)."""
    sentence = candidate.sentence
    if " " in candidate.text or not _OBJECT_END_RE.match(sentence.text, candidate.end - sentence.start):
        return False
    return any(
        start == candidate.start
        or (
            start < candidate.start
            and _OBJECT_LIST_RE.fullmatch(
                sentence.text, start - sentence.start, candidate.start - sentence.start
            )
        )
        for start in knowing_object_starts(sentence=sentence)
    )


# Examples named after a field: "software such as SoftPro, RamQuest or ResWare", "web services (REST, SOAP)".
_EXAMPLES_AFTER_RE = re.compile(r"\s*(?:,\s*)?(?:such\s+as|like|e\.\s?g\.|including|\()", re.IGNORECASE)


def known_field_asked(*, candidate: Candidate) -> bool:
    """Return whether a field of knowledge the vocabulary names in several plain words ("software design",
    whose every word alone is too generic to ask) stands in what a sentence asks to know ("a sound knowledge
    of software design"): there the words name the field, not any software or any design."""
    if candidate.concept_id is None or candidate.category != "knowledge" or " " not in candidate.text.strip():
        return False
    if _EXAMPLES_AFTER_RE.match(candidate.sentence.text, candidate.end - candidate.sentence.start):
        return False  # "title production software such as SoftPro or ResWare": the named products are asked
    return any(start <= candidate.start < end for start, end in knowing_spans(sentence=candidate.sentence))
