"""Find keyword candidates in a text and describe each one with features for the extractor's weights.

Candidates are vocabulary matches (longest first, never across punctuation) plus the runs of content
words between them ("noun phrase" stand-ins). The extractor keeps a candidate when the sum of its
feature weights reaches the trained threshold (see ``train_extractor``).
"""

import re
from dataclasses import dataclass
from itertools import repeat

from ai.local_engine.coded_names import lettered_code
from ai.local_engine.phrase_edges import (
    drop_asking_adjective,
    joined_prefix,
    prefixed_word,
    spaced_ampersand,
    trim_edges,
)
from ai.local_engine.text import COUNT_WORDS, STOPWORDS, Sentence, Token, sentence_tokens, split_sentences
from ai.local_engine.vocab import Vocabulary
from ai.local_engine.vocabulary_matches import SHOUTED_ACRONYM_MAX, shouted, token_breaks, vocabulary_matches

MAX_PHRASE_TOKENS = 4
MAX_HEADING_WORDS = 4
_DIGIT_RE = re.compile(r"\d")
# Job-ad filler that qualifies a keyword but is never part of one ("MBA preferred", "strong Python",
# "modern front-end build pipelines", "popular frameworks").
FILLER_WORDS = frozenset(
    """preferred preferably required ideally bonus desirable mandatory plus strong excellent good solid proven
    great deep advanced basic working hand experience knowledge understanding familiarity exposure ability
    skill year must nice modern popular regarded""".split()
)
# Words that join a phrase to what it names or uses, never part of either ("Knowledge of reading, including
# [guided reading]", "Ability to use [assessment data]", "Gong or similar [conversation intelligence tools]",
# "Python, particularly [ArcPy]"):
# a run of content words breaks there.
LINKING_WORDS = frozenset(
    """including incl include includes using utilizing utilising leveraging across use similar various
    particularly particular especially specifically notably mainly primarily chiefly""".split()
)  # ("in particular Section 41": as "particularly")
# Words that are never a requirement on their own: what every posting says about any job.
GENERIC_TERMS = frozenset(
    """tool library programming pattern performance modern design leading framework technology platform
    solution system application code feature product environment team member stakeholder user customer
    client business company process practice principle concept method requirement standard quality
    scalability speed efficiency reliability security maintainability best practice use development
    implementation creation maintenance support service project task work role field area domain industry
    opportunity candidate position experience knowledge skill ability understanding familiarity proficiency
    expertise background degree equivalent related similar relevant strong excellent good great solid
    proven successful new future current common dynamic talented passionate motivated interface web
    software data information technical detail high level plus etc pipeline
    production deployment architecture operation result goal need insight impact growth responsibility
    app website specification responsible medical unit department office lead flexible financial video call
    source report host virtual debt page term exam deadline timeline workflow compliance
    innovation excellence internship coursework placement pqe function summary essential""".split()
)


@dataclass(slots=True)
class Candidate:
    """A possible keyword: where it is, what it is, and why it may be one."""

    text: str
    key: str
    start: int
    end: int
    sentence: Sentence
    concept_id: int | None
    category: str
    features: list[str]
    score: float = 0.0


# "working knowledge of" qualifies what follows, but "working capital", "working time regulations" and
# "working drawings" are names of their own.
_WORKING_NAMES = frozenset({"capital", "time", "drawing", "paper"})


def _names_with_next(*, tokens: list[Token], index: int) -> bool:
    """Return whether a filler word is part of a name with the word after it ("working capital", "year
    end")."""
    following = tokens[index + 1].norm if index + 1 < len(tokens) else ""
    return (tokens[index].norm == "working" and following in _WORKING_NAMES) or (
        tokens[index].norm == "year" and following == "end"
    )


def _shape(*, token: Token, loud: bool = False) -> str:
    """Return a one-letter shape: d(igit), s(ymbol), A(LL CAPS), M(ixedCase), X (Capitalised), x (lower).
    In a sentence written in capitals (``loud``) a longer word in capitals is a plain word (x)."""
    text = token.text
    if not text.isalpha():
        return "d" if _DIGIT_RE.search(text) else "s"
    if len(text) > 1 and text.isupper():
        return "x" if loud and len(text) > SHOUTED_ACRONYM_MAX else "A"
    if not text[1:].islower() and len(text) > 1:
        return "M"
    return "X" if text[0].isupper() else "x"


def _features(
    *,
    tokens: list[Token],
    breaks: list[bool],
    first: int,
    last: int,
    category: str,
    context: list[str],
    loud: bool = False,
) -> list[str]:
    span = tokens[first : last + 1]
    previous = tokens[first - 1].norm if first > 0 and not breaks[first] else "<b>"
    previous2 = tokens[first - 2].norm if first > 1 and not breaks[first - 1] and previous != "<b>" else "<b>"
    following = tokens[last + 1].norm if last + 1 < len(tokens) and not breaks[last + 1] else "<b>"
    shapes = "".join(_shape(token=token, loud=loud) for token in span)[:3]
    features = [
        "bias",
        f"src={category}",
        f"n={min(len(span), MAX_PHRASE_TOKENS)}",
        f"shape={shapes}",
        f"src_shape={category}|{shapes}",
        f"first={span[0].norm}",
        f"last={span[-1].norm}",
        f"suf={span[-1].norm[-3:]}",
        f"prev={previous}",
        f"prev2={previous2}|{previous}",
        f"next={following}",
        f"pos={'start' if first == 0 else 'inner'}",
        *context,
    ]
    if (first > 0 and breaks[first]) or (last + 1 < len(tokens) and breaks[last + 1]):
        features.append("edge=punct")
    if previous in {"and", "or"} or following in {"and", "or"}:
        features.append("edge=conj")
    if len(span) == 1:
        features.append(f"word={span[0].norm}")
    return features


_CUE_WORDS = frozenset(
    {"experience", "knowledge", "familiar", "familiarity", "proficient", "proficiency", "skill", "degree"}
)


def _sentence_words(*, tokens: list[Token]) -> str:
    return "cue=yes" if any(token.norm in _CUE_WORDS for token in tokens) else "cue=no"


def _sentence_context(*, sentence: Sentence, tokens: list[Token], heading: str) -> list[str]:
    """Return the features every candidate of a sentence shares: cue words, section, length, list-ness."""
    length = "short" if len(tokens) <= 3 else "mid" if len(tokens) <= 12 else "long"
    return [
        _sentence_words(tokens=tokens),
        f"sec={heading}",
        f"len={length}",
        f"list={'yes' if sentence.text.count(',') >= 2 else 'no'}",
    ]


# Words that head the words before them as a kind of work or thing, not a skill alone ("vestibular testing",
# "power meter testing", "Criminal Record Check"), though a bare "testing" may be asked.
_HEAD_WORDS = frozenset({"testing", "record"})


def _modified_generic(
    *, tokens: list[Token], breaks: list[bool], index: int, match: tuple[int, int], pending: list[int]
) -> bool:
    """Return whether a one-word vocabulary match is a generic word that heads the words before it
    ("responsive design principles", "clean architecture"): part of their phrase, not a skill of its own."""
    return (
        match[0] == 1
        and bool(pending)
        and pending[-1] == index - 1
        and not breaks[index]
        and (tokens[index].norm in GENERIC_TERMS or tokens[index].norm in _HEAD_WORDS)
    )


def _sentence_candidates(
    *, text: str, sentence: Sentence, tokens: list[Token], vocabulary: Vocabulary, heading: str
) -> list[Candidate]:
    if not tokens:
        return []
    breaks = token_breaks(sentence=sentence, tokens=tokens)
    matches = vocabulary_matches(tokens=tokens, breaks=breaks, vocabulary=vocabulary)
    loud = shouted(tokens=tokens)
    context = _sentence_context(sentence=sentence, tokens=tokens, heading=heading)
    candidates: list[Candidate] = []

    def add(first: int, last: int, concept_id: int | None) -> None:
        category = vocabulary.concepts[concept_id].category if concept_id is not None else "phrase"
        span = tokens[first : last + 1]
        candidates.append(
            Candidate(
                text=text[span[0].start : span[-1].end],
                key=" ".join(token.norm for token in span),
                start=span[0].start,
                end=span[-1].end,
                sentence=sentence,
                concept_id=concept_id,
                category=category,
                features=_features(
                    tokens=tokens,
                    breaks=breaks,
                    # a run of words opened by "on-" is weighed as its words without it
                    first=first + (concept_id is None and tokens[first].norm in STOPWORDS),
                    last=last,
                    category=category,
                    context=context,
                    loud=loud,
                ),
            )
        )

    pending: list[int] = []

    def flush() -> None:
        trim_edges(pending=pending, tokens=tokens)
        drop_asking_adjective(pending=pending, tokens=tokens, longest=MAX_PHRASE_TOKENS)
        for offset in range(0, len(pending), MAX_PHRASE_TOKENS):
            chunk = pending[offset : offset + MAX_PHRASE_TOKENS]
            add(chunk[0], chunk[-1], None)
        pending.clear()

    index = 0
    while index < len(tokens):
        if index in matches and not (
            _modified_generic(
                tokens=tokens, breaks=breaks, index=index, match=matches[index], pending=pending
            )
            or prefixed_word(text=text, tokens=tokens, index=index, pending=pending)
        ):
            flush()
            length, concept_id = matches[index]
            add(index, index + length - 1, concept_id)
            index += length
            continue
        token = tokens[index]
        if (
            pending
            and tokens[pending[-1]].text.islower()
            and index not in matches
            and not breaks[index]
            and not (index + 1 < len(tokens) and tokens[index + 1].text[:1].isupper())
            and lettered_code(text=token.text)
        ):
            # "year end T4 and RL-1 slips": a name written as a code is no word of the phrase before it ("full
            # life-cycle D365 Finance implementations" is one name)
            flush()
        content = (
            token.norm not in STOPWORDS
            and (token.norm not in FILLER_WORDS or _names_with_next(tokens=tokens, index=index))
            and token.norm not in LINKING_WORDS
            and not token.norm.isdigit()
            and token.norm not in COUNT_WORDS  # "on three units": how many, not what
        )
        if (
            not content
            or breaks[index]
            or (len(pending) > 1 and spaced_ampersand(text=text, tokens=tokens, index=index))
        ):
            flush()
        if content or (token.norm in STOPWORDS and joined_prefix(text=text, tokens=tokens, index=index)):
            pending.append(index)
        index += 1
    flush()
    return candidates


def find_candidates(
    *, text: str, vocabulary: Vocabulary, sentences: list[Sentence] | None = None
) -> list[Candidate]:
    """Return every keyword candidate of ``text`` (split into ``sentences`` if given), in reading order.

    ``sentences`` are some of ``split_sentences(text)`` (see ``sentence_tokens``).
    """
    candidates: list[Candidate] = []
    heading = "<none>"
    for sentence in split_sentences(text=text) if sentences is None else sentences:
        tokens = sentence_tokens(text=text, sentence=sentence)
        candidates += _sentence_candidates(
            text=text, sentence=sentence, tokens=tokens, vocabulary=vocabulary, heading=heading
        )
        words = sentence.text.split()
        if len(words) <= MAX_HEADING_WORDS:
            # A short line opens a section ("Requirements", "Nice to have", "About us").
            first = next((t.norm for t in tokens if t.norm not in STOPWORDS), "<none>")
            heading = first
    return candidates


def score_candidates(*, candidates: list[Candidate], vocabulary: Vocabulary) -> None:
    """Set each candidate's score: the sum of its features' trained weights."""
    weight = vocabulary.weights.get
    for candidate in candidates:
        candidate.score = sum(map(weight, candidate.features, repeat(0.0)))
