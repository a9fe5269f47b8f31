"""Resume sentences that restate the posting in other tenses, with a word left out or put in: copied all the
same (``copied_text``). The posting's "Plan and run multi-channel campaigns that deliver qualified leads" is
still the posting as "Planned and ran multi-channel campaigns delivering qualified leads", a word triple test
misses it, and its words in their order show it."""

import functools
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence

from ai.local_engine.requirement_model import JobRequirements
from ai.local_engine.resume_facts import ResumeFacts, list_runs
from ai.local_engine.rewrite_wording import IRREGULAR_PAST
from ai.local_engine.sections import heading_kind
from ai.local_engine.text import STOPWORDS, Sentence, Token, sentence_tokens, stem, tokenize

# A sentence restates a posting's sentence when this share of its words, in their order, are that
# sentence's, and they make up this share of it.
RESTATED_SHARE = 0.8
RESTATED_COVER = 0.75
RESTATED_MIN_WORDS = 6  # shorter duties are written as the posting writes them ("Document visits in Epic")
# A dated role's lines restate the posting honestly one at a time ("Developed SSIS packages ... loading our
# SQL Server data warehouse nightly" under "2019 - present"); this many in one block are pasted.
RESTATED_IN_A_ROLE = 3
# A run-on block of the posting's words with its punctuation dropped (pasted, often in white text): this
# many words, nearly all of them the posting's in the posting's order.
PASTED_MIN_WORDS = 20
PASTED_SHARE = 0.85
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
_BASE_OF_PAST = {past: base for base, past in IRREGULAR_PAST.items()}


def _key(norm: str) -> str:
    """Return a word's form whatever its tense ("ran" ~ "run", "planned" ~ "plan", "owned" ~ "own")."""
    word = _BASE_OF_PAST.get(norm, norm)
    key = stem(word)
    if key == word and word.endswith("ed") and len(word) > 4:
        return word[:-2]
    return key


@functools.lru_cache(maxsize=65536)
def _word_key(norm: str) -> str | None:
    """Return a word's key, or None for a small word or one with a figure (read once per word, as ``stem``
    is)."""
    if norm in STOPWORDS or _has_digit(norm):
        return None
    return _key(norm)


def _keys(*, tokens: Sequence[Token], runs: Sequence[tuple[int, int]], base: int = 0) -> list[str]:
    """Return the keys of a sentence's own wording: no small word, no figure, nor the names it lists ("paid
    search, paid social, email, webinars" are named as the posting names them). A token's offset less
    ``base`` is its place in the sentence (the runs' offsets)."""
    keys = []
    for token in tokens:
        key = _word_key(token.norm)
        if key is not None and not (runs and any(start <= token.start - base < end for start, end in runs)):
            keys.append(key)
    return keys


def _has_digit(word: str) -> bool:
    """Return whether a word holds a digit (a word of letters alone, as most are, is read in one call: no
    character is both a letter and a digit)."""
    return not word.isalpha() and any(ch.isdigit() for ch in word)


@functools.lru_cache(maxsize=64)
def posting_keys(*, text: str, sentences: tuple[Sentence, ...]) -> tuple[tuple[str, ...], ...]:
    """Return the keys of each posting sentence, one of ``split_sentences(text)`` or a piece of one (read once
    per posting; their tokens are the posting's own, tokenised once: ``sentence_tokens``)."""
    return tuple(
        tuple(
            _keys(
                tokens=sentence_tokens(text=text, sentence=sentence),
                runs=list_runs(text=sentence.text),
                base=sentence.start,
            )
        )
        for sentence in sentences
    )


@functools.lru_cache(maxsize=8192)
def sentence_keys(*, text: str) -> tuple[str, ...]:
    """Return the keys of one resume sentence (its tokens and listed runs are the resume index's own: read
    once per sentence, not once per posting it is compared with)."""
    return tuple(_keys(tokens=tokenize(text=text), runs=list_runs(text=text)))


def _in_order(first: Sequence[str], second: Sequence[str]) -> int:
    """Return how many words two sequences share in the same order (their longest common subsequence)."""
    previous = [0] * (len(second) + 1)
    for word in first:
        current = [0]
        for position, other in enumerate(second):
            current.append(
                previous[position] + 1 if word == other else max(previous[position + 1], current[position])
            )
        previous = current
    return previous[-1]


class _PostingSentences:
    """A posting's sentences' keys, ordered by their number of keys, each with its set of keys (made once per
    analysis, not once per resume sentence compared with them)."""

    def __init__(self, posting: Sequence[Sequence[str]]) -> None:
        ordered = sorted(posting, key=len)
        self.lengths = [len(keys) for keys in ordered]
        self.sentences = [(keys, frozenset(keys)) for keys in ordered]


def _restates(*, keys: Sequence[str], posting: _PostingSentences) -> bool:
    """Return whether a sentence's words are, in their order, most of one posting sentence's."""
    if len(keys) < RESTATED_MIN_WORDS:
        return False
    # Only the posting's sentences long enough to hold the shares (the shorter ones are skipped at once) ...
    for other, other_set in posting.sentences[bisect_left(posting.lengths, len(keys) * RESTATED_SHARE) :]:
        if len(other) * RESTATED_COVER > len(keys):
            break  # ... and not too long: the rest are longer still
        if len(other_set.intersection(keys)) < RESTATED_SHARE * len(keys):
            continue
        shared = _in_order(keys, other)
        if shared >= RESTATED_SHARE * len(keys) and shared >= RESTATED_COVER * len(other):
            return True
    return False


def _pasted(*, keys: Sequence[str], posting_words: Sequence[str], posting_set: frozenset[str]) -> bool:
    """Return whether a long run-on sentence is the posting's words in the posting's order ("Registered Nurse
    Medical ICU monitor and manage patients on mechanical ventilation vasoactive drips ... BLS ACLS")."""
    if len(keys) < PASTED_MIN_WORDS or sum(key in posting_set for key in keys) < PASTED_SHARE * len(keys):
        return False
    return _in_order(keys, posting_words) >= PASTED_SHARE * len(keys)


def _blocks(*, facts: ResumeFacts) -> list[int]:
    """Return, per sentence, the number of the block it stands in: its lines from one heading to the next."""
    blocks, block = [], 0
    for number, sentence in enumerate(facts.index.sentences):
        if number and (
            facts.sections[number] != facts.sections[number - 1] or heading_kind(text=sentence.text)
        ):
            block += 1
        blocks.append(block)
    return blocks


def _names_a_year(norms: Sequence[str]) -> bool:
    """Return whether a sentence's words name a year (a plain loop over every word of the resume, a year's
    four characters tested before the pattern)."""
    for norm in norms:
        if len(norm) == 4 and _YEAR_RE.fullmatch(norm):
            return True
    return False


def _own_figure(*, norms: Sequence[str], job_words: frozenset[str]) -> bool:
    """Return whether a sentence holds a figure the posting does not ("Process 120+ deposits a day"): a fact
    of the writer's own (a plain loop over the sentence's words)."""
    for norm in norms:
        if norm[:1].isdigit() and norm not in job_words:
            return True
    return False


def restated_lines(*, facts: ResumeFacts, job: JobRequirements) -> list[bool]:
    """Return, per resume sentence, whether it restates the posting.

    A sentence restating one posting sentence is copied where no dated role stands behind it (a summary's
    "Strong attention to detail and proven ability to meet deadlines"; a "Marketing Manager" block with no
    employer and no dates whose bullets are the posting's duties in the past tense), or when a block has
    ``RESTATED_IN_A_ROLE`` such lines; a long run-on line of the posting's words is copied anywhere. A line
    with a figure of its own is the writer's.
    """
    posting = posting_keys(text=job.posting.text, sentences=job.posting.sentences)
    posting_sentences = _PostingSentences(posting)
    posting_words = [key for keys in posting for key in keys]
    posting_set = frozenset(posting_words)
    job_words = frozenset(job.norms)
    blocks = _blocks(facts=facts)
    # a block names a year, as a role's dates do ("Sales Associate — Sport Chek, 2022 – present")
    dated = {
        blocks[number] for number, norms in enumerate(facts.index.sentence_norms) if _names_a_year(norms)
    }
    pasted, restated = [], []
    for sentence, norms in zip(facts.index.sentences, facts.index.sentence_norms, strict=True):
        keys = sentence_keys(text=sentence.text)
        own = _own_figure(norms=norms, job_words=job_words)
        pasted.append(not own and _pasted(keys=keys, posting_words=posting_words, posting_set=posting_set))
        restated.append(not own and _restates(keys=keys, posting=posting_sentences))
    counts = Counter(block for block, flag in zip(blocks, restated, strict=True) if flag)
    return [
        flag or (again and (block not in dated or counts[block] >= RESTATED_IN_A_ROLE))
        for flag, again, block in zip(pasted, restated, blocks, strict=True)
    ]
