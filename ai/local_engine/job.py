"""Read a job description: its keywords with category and importance, years, degree and title."""

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

from ai.local_engine.aliases import CERTIFICATION_CUES, DEGREE_LEVELS, ROLE_NOUNS
from ai.local_engine.candidates import Candidate, find_candidates, score_candidates
from ai.local_engine.text import Sentence, split_sentences, tokenize
from ai.local_engine.vocab import Vocabulary

# Candidate categories the extractor's threshold applies to (soft skills are kept whenever matched).
HARD_CATEGORIES = frozenset({"tool", "knowledge", "language", "skill", "phrase"})
# A hard candidate scoring below the extractor's threshold by at most this much is a tentative keyword: it is
# never shown as matched and never scored, but a resume that lacks it is told so (after the confident ones).
# Picked on SkillSpan dev (margins 0-4 tried): the smallest whose missing-keyword recall on the ablation
# pairs reaches 85% (86.3%, precision 96.5%; 71.7% / 99.6% without tentative keywords).
TENTATIVE_MARGIN = 2.0
REQUIRED = "required"
PREFERRED = "preferred"

_PREFERRED_CUES = re.compile(
    r"\b(nice[- ]to[- ]have|preferred|preferably|a plus|is a plus|bonus|desirable|desired|ideally|advantage|"
    r"advantageous|good to have|optional|would be great|appreciated)\b",
    re.IGNORECASE,
)
_REQUIRED_CUES = re.compile(
    r"\b(requirements?|required|must[- ]haves?|must|essential|mandatory|minimum|qualifications|you have|"
    r"what you bring|we expect|need to have)\b",
    re.IGNORECASE,
)
_HEADING_MAX_TOKENS = 8
_YEARS_RE = re.compile(
    r"(\d{1,2})\s*\+?\s*(?:(?:-|–|to)\s*\d{1,2}\s*\+?\s*)?(?:years?|yrs?)\b(?:\s+of)?", re.IGNORECASE
)
_DEGREE_WORDS = ("degree", "diploma")
# "a high degree of autonomy" is not a qualification.
_NOT_A_DEGREE = frozenset(
    {"high", "higher", "limited", "certain", "some", "great", "large", "significant", "strong"}
)
_DEGREE_HINT_RE = re.compile(
    r"\b(?:associate|bachelor|master|undergraduate|graduate|doctor|ph\.?d|mba|[bm]\.?(?:sc?|a|eng?|tech)\b)",
    re.IGNORECASE,
)
_CERTIFICATION_RE = re.compile(
    r"(?:[A-Z][\w+#.]*[ -]){0,4}(?:[Cc]ertified|[Cc]ertification|[Cc]ertificate)(?:[ -][A-Z][\w+#.]*){0,5}"
)
SENIORITY_WORDS = frozenset(
    {"senior", "junior", "lead", "principal", "staff", "sr", "jr", "head", "chief", "mid"}
)


@dataclass(slots=True)
class JobKeyword:
    """A keyword the job asks for."""

    term: str
    key: str
    concept_id: int | None
    category: str
    source: str
    importance: str
    sentence: str
    weight: float
    occurrences: int
    position: int


@dataclass(frozen=True, slots=True)
class JobRequirements:
    """Everything the engine needs from the job description."""

    keywords: tuple[JobKeyword, ...]
    tentative: tuple[JobKeyword, ...]
    min_years: int | None
    degree_level: int | None
    title: str | None
    sentences: tuple[Sentence, ...]


def _is_heading(*, sentence: Sentence) -> bool:
    return sentence.text.endswith(":") or len(sentence.text.split()) <= 4


def _importance_by_sentence(*, sentences: list[Sentence]) -> dict[int, str]:
    """Return sentence start -> importance, from section headings and cues inside the sentence."""
    section = REQUIRED
    result: dict[int, str] = {}
    for sentence in sentences:
        short = len(sentence.text.split()) <= _HEADING_MAX_TOKENS
        if short and _is_heading(sentence=sentence):
            if _PREFERRED_CUES.search(sentence.text):
                section = PREFERRED
            elif _REQUIRED_CUES.search(sentence.text):
                section = REQUIRED
        if _PREFERRED_CUES.search(sentence.text):
            result[sentence.start] = PREFERRED
        else:
            result[sentence.start] = section
    return result


def _category(*, candidate: Candidate) -> str:
    if candidate.category == "soft":
        return "soft_skill"
    lowered = candidate.text.lower()
    if any(cue in lowered for cue in CERTIFICATION_CUES):
        return "certification"
    words = lowered.split()
    if _degree_levels(text=candidate.text) or (
        words[-1] in _DEGREE_WORDS and (len(words) == 1 or words[-2] not in _NOT_A_DEGREE)
    ):
        return "education"
    if candidate.category == "language":
        return "language"
    return "hard_skill"


def _degree_levels(*, text: str) -> list[int]:
    if not _DEGREE_HINT_RE.search(text):
        return []
    levels = []
    for token in tokenize(text=text):
        level = DEGREE_LEVELS.get(token.text.lower().rstrip("."))
        # Short degree abbreviations ("MS", "BA") are everyday words or brands in lower case.
        if level is not None and (len(token.text.rstrip(".")) > 3 or token.text[:1].isupper()):
            levels.append(level)
    return levels


def degree_level_in(*, sentences: Iterable[Sentence]) -> int | None:
    """Return the highest degree level the sentences mention (1 associate .. 4 doctorate), or None."""
    return max((level for s in sentences for level in _degree_levels(text=s.text)), default=None)


def _min_years(*, sentences: list[Sentence]) -> int | None:
    found = []
    for sentence in sentences:
        for match in _YEARS_RE.finditer(sentence.text):
            years = int(match.group(1))
            if 1 <= years <= 20:
                found.append(years)
    return max(found) if found else None


def _title(*, sentences: list[Sentence], vocabulary: Vocabulary) -> str | None:
    for sentence in sentences[:6]:
        tokens = tokenize(text=sentence.text)
        if len(tokens) > 12:
            continue
        for index, token in enumerate(tokens):
            if token.norm in ROLE_NOUNS:
                first = index
                while first > 0 and index - first < 4 and tokens[first - 1].text[:1].isupper():
                    first -= 1
                while first < index and tokens[first].norm in SENIORITY_WORDS:
                    first += 1
                key = " ".join(t.norm for t in tokens[first : index + 1])
                if key in vocabulary.titles or index - first >= 1:
                    return sentence.text[tokens[first].start : token.end]
    return None


def read_job(*, text: str, vocabulary: Vocabulary) -> JobRequirements:
    """Return the requirements found in the job description ``text``."""
    sentences = split_sentences(text=text)
    importance = _importance_by_sentence(sentences=sentences)
    candidates = find_candidates(text=text, vocabulary=vocabulary, sentences=sentences)
    score_candidates(candidates=candidates, vocabulary=vocabulary)
    keywords: dict[tuple, JobKeyword] = {}
    tentative: dict[tuple, JobKeyword] = {}
    for position, candidate in enumerate(candidates):
        if not any(character.isalpha() for character in candidate.key):
            continue  # "5+" from "5+ years" is an experience figure, read by _min_years, not a keyword
        confident = candidate.category not in HARD_CATEGORIES or candidate.score >= vocabulary.threshold
        if not confident and candidate.score < vocabulary.threshold - TENTATIVE_MARGIN:
            continue
        identity = ("c", candidate.concept_id) if candidate.concept_id is not None else ("k", candidate.key)
        level = importance.get(candidate.sentence.start, REQUIRED)
        existing = (keywords if confident else tentative).get(identity)
        if existing is not None:
            existing.occurrences += 1
            if level == REQUIRED and existing.importance == PREFERRED:
                existing.importance = REQUIRED
                existing.sentence = candidate.sentence.text
            existing.weight = max(existing.weight, candidate.score)
            continue
        (keywords if confident else tentative)[identity] = JobKeyword(
            term=candidate.text,
            key=candidate.key,
            concept_id=candidate.concept_id,
            category=_category(candidate=candidate),
            source=candidate.category,
            importance=level,
            sentence=candidate.sentence.text,
            weight=candidate.score,
            occurrences=1,
            position=position,
        )
    for sentence in sentences:
        # The regex backtracks on every capitalised word; most sentences name no certificate at all.
        if "ertifi" not in sentence.text:
            continue
        for match in _CERTIFICATION_RE.finditer(sentence.text):
            term = match.group().strip(" -")
            key = " ".join(t.norm for t in tokenize(text=term))
            if len(key.split()) >= 2 and ("k", key) not in keywords:
                # Keep the fullest name: "AWS Certified X" replaces "Certified X".
                for identity in [
                    i for i, k in keywords.items() if k.category == "certification" and k.key in key
                ]:
                    del keywords[identity]
                keywords[("k", key)] = JobKeyword(
                    term=term,
                    key=key,
                    concept_id=None,
                    category="certification",
                    source="phrase",
                    importance=importance.get(sentence.start, REQUIRED),
                    sentence=sentence.text,
                    weight=0.0,
                    occurrences=1,
                    position=len(candidates) + sentence.start + match.start(),
                )
    # The lowest degree a job names is the one it accepts ("BS or MS in ...").
    degree_levels = [min(levels) for s in sentences if (levels := _degree_levels(text=s.text))]
    return JobRequirements(
        keywords=tuple(sorted(keywords.values(), key=lambda k: k.position)),
        tentative=_tentative(tentative=tentative, keywords=keywords),
        min_years=_min_years(sentences=sentences),
        degree_level=min(degree_levels, default=None),
        title=_title(sentences=sentences, vocabulary=vocabulary),
        sentences=tuple(sentences),
    )


def _tentative(
    *, tentative: dict[tuple, JobKeyword], keywords: dict[tuple, JobKeyword]
) -> tuple[JobKeyword, ...]:
    """Return the tentative keywords that add something.

    Dropped: those with no letter ("5+"), section cues ("Requirements") and parts of a confident keyword.
    """
    confident_keys = [frozenset(k.key.split()) for k in keywords.values()]
    kept = [
        keyword
        for identity, keyword in tentative.items()
        if identity not in keywords
        and any(character.isalpha() for character in keyword.key)
        and not _REQUIRED_CUES.search(keyword.term)
        and not _PREFERRED_CUES.search(keyword.term)
        and not any(frozenset(keyword.key.split()) <= key for key in confident_keys)
    ]
    return tuple(sorted(kept, key=lambda k: k.position))


def keyword_priority(*, keyword: JobKeyword) -> float:
    """Return how much a keyword matters: required beats preferred; confident, repeated terms rank higher."""
    base = 2.0 if keyword.importance == REQUIRED else 1.0
    return base + 0.25 * math.tanh(keyword.weight / 3) + 0.2 * math.log(keyword.occurrences)
