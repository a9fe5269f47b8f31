"""Index a resume once, then find the evidence for each job keyword in it."""

import functools
import re
from dataclasses import dataclass

from ai.local_engine.compound_forms import closed_compound, hyphenated_word
from ai.local_engine.generic_heads import GENERIC_HEADS, HEAD_MODIFIERS, TRAIT_HEADS, names_more
from ai.local_engine.text import (
    STOPWORDS,
    Sentence,
    Token,
    split_sentences,
    stem,
    tokenize,
)
from ai.local_engine.vocab import FLAG_CAPITALISED, FLAG_POSTING_ONLY, FLAG_UPPER, Vocabulary, everyday_words

# Fuzzy matching is for typos in long words only: "Kubernets" finds "Kubernetes", but "openai" never
# matches "openapi" (short terms must match exactly).
FUZZY_MIN_LENGTH = 7
# Words of a phrase may be this many words apart in the resume ("cloud services" ~ "services in the cloud").
PHRASE_WINDOW = 3


@dataclass(frozen=True, slots=True)
class ResumeIndex:
    """A resume's sentences, their tokens, and where each word occurs."""

    text: str
    sentences: tuple[Sentence, ...]
    positions: dict[str, tuple[tuple[int, int], ...]]
    sentence_tokens: tuple[frozenset[str], ...]
    sentence_norms: tuple[tuple[str, ...], ...]
    sentence_capitals: tuple[tuple[bool, ...], ...]
    tokens_by_length: dict[int, tuple[str, ...]]  # sorted, so fuzzy matching is deterministic
    tokens: tuple[tuple[Token, ...], ...]
    sentence_stems: tuple[tuple[str, ...], ...]
    sentence_stem_sets: tuple[frozenset[str], ...]
    # A word -> the first token that is the word with a version written on ("html" -> "html5", "nec" ->
    # "nec4"), for every word the tokens give so.
    versioned: dict[str, str]


@functools.lru_cache(maxsize=4096)
def _capital(first: str) -> bool:
    """Return whether a token starting with ``first`` is written with a capital (or is no word)."""
    return first.isupper() or not first.isalpha()


def index_resume(*, text: str) -> ResumeIndex:
    """Return the index of ``text``."""
    sentences = split_sentences(text=text)
    positions: dict[str, list[tuple[int, int]]] = {}
    sentence_tokens = []
    sentence_norms = []
    sentence_capitals = []
    token_lists = []
    for number, sentence in enumerate(sentences):
        tokens = tokenize(text=sentence.text)
        token_lists.append(tuple(tokens))
        norms = tuple([token.norm for token in tokens])
        for offset, norm in enumerate(norms):
            places = positions.get(norm)
            if places is None:
                positions[norm] = [(number, offset)]
            else:
                places.append((number, offset))
        sentence_norms.append(norms)
        sentence_tokens.append(frozenset(norms))
        sentence_capitals.append(tuple([_capital(token.text[0]) for token in tokens]))
    by_length: dict[int, set[str]] = {}
    for token in positions:
        if len(token) >= FUZZY_MIN_LENGTH - 1:
            by_length.setdefault(len(token), set()).add(token)
    sentence_stems = tuple(tuple(map(stem, norms)) for norms in sentence_norms)
    versioned: dict[str, str] = {}
    for token in positions:
        if token and not token.isalpha():
            _add_versioned(token=token, versioned=versioned)
    return ResumeIndex(
        text=text,
        sentences=tuple(sentences),
        positions={token: tuple(places) for token, places in positions.items()},
        sentence_tokens=tuple(sentence_tokens),
        sentence_norms=tuple(sentence_norms),
        sentence_capitals=tuple(sentence_capitals),
        tokens_by_length={length: tuple(sorted(tokens)) for length, tokens in by_length.items()},
        tokens=tuple(token_lists),
        sentence_stems=sentence_stems,
        sentence_stem_sets=tuple(map(frozenset, sentence_stems)),
        versioned=versioned,
    )


def _add_versioned(*, token: str, versioned: dict[str, str]) -> None:
    """Add a token to the words it writes with a version on (a token of letters never does): a word of
    letters is the token up to its first other character, or up to a "v" just before it ("java" and "jav"
    of "javav8")."""
    first = next(index for index, ch in enumerate(token) if not ch.isalpha())
    for cut in (first, first - 1) if token[first - 1 : first] == "v" else (first,):
        if cut and _VERSION_RE.fullmatch(token, cut):
            versioned.setdefault(token[:cut], token)


def find_phrase(
    *, resume: ResumeIndex, key: str, capitalised: bool = False, upper: bool = False
) -> int | None:
    """Return the number of the first resume sentence holding the words of ``key`` in a row, or None.

    With ``capitalised``, only an occurrence written with capitals counts ("Go", not "go"); with ``upper``,
    only one written in capitals ("CALM", not "Calm").
    """
    words = key.split()
    if not words:
        return None
    for number, offset in resume.positions.get(words[0], ()):
        norms = resume.sentence_norms[number]
        if tuple(norms[offset : offset + len(words)]) != tuple(words):
            continue
        if capitalised and not all(resume.sentence_capitals[number][offset : offset + len(words)]):
            continue
        if upper and not all(
            _in_capitals(text=t.text) for t in resume.tokens[number][offset : offset + len(words)]
        ):
            continue
        return number
    return None


def _in_capitals(*, text: str) -> bool:
    """Return whether a word is written in capitals, a plural's "s" aside ("CALM", "VLANs"; not "Calm")."""
    return text.isupper() or (len(text) > 3 and text.endswith("s") and text[:-1].isupper())


def _within_one_edit(*, a: str, b: str) -> bool:
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    index = 0
    while index < len(a) and a[index] == b[index]:
        index += 1
    if len(a) == len(b):
        return a[index + 1 :] == b[index + 1 :]
    return a[index:] == b[index + 1 :]


def _fuzzy_token(*, token: str, resume: ResumeIndex, vocabulary: Vocabulary) -> str | None:
    """Return the resume word one typo away from ``token``, if ``token`` is long enough to allow it."""
    if len(token) < FUZZY_MIN_LENGTH or not token.isalpha():
        return None
    for length in (len(token) - 1, len(token), len(token) + 1):
        for other in resume.tokens_by_length.get(length, ()):
            # A word that is itself a different known term, or an everyday word, is not a typo of this one.
            if (
                other[0] == token[0]
                and other not in vocabulary.surfaces
                and other not in everyday_words()  # "bracing" is a word, no typo of "brazing"
                and _within_one_edit(a=token, b=other)
            ):
                return other
    return None


def _close_together(*, norms: tuple[str, ...], wanted: frozenset[str]) -> bool:
    """Return whether some window of ``PHRASE_WINDOW`` extra words holds every wanted word."""
    width = len(wanted) + PHRASE_WINDOW
    return any(wanted <= set(norms[first : first + width]) for first in range(max(1, len(norms) - width + 1)))


def _gram_sentence(*, key: str, flag: int, resume: ResumeIndex) -> int | None:
    return find_phrase(resume=resume, key=key, capitalised=flag == FLAG_CAPITALISED, upper=flag == FLAG_UPPER)


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a resume covers a keyword: the sentence, and the words of it that match."""

    sentence: str
    matched: str


def _matched_text(*, sentence: Sentence, key: str) -> str:
    """Return the words of ``sentence`` whose keys spell ``key``, as written in the resume."""
    tokens = tokenize(text=sentence.text)
    wanted = key.split()
    for first in range(len(tokens) - len(wanted) + 1):
        if [token.norm for token in tokens[first : first + len(wanted)]] == wanted:
            return sentence.text[tokens[first].start : tokens[first + len(wanted) - 1].end]
    return ""


_VERSION_RE = re.compile(r"v?\d+(?:\.\d+)*")
# Verbs that say only that a duty is done, whatever it is ("perform EKGs", "conduct audits").
_LIGHT_VERBS = frozenset(
    f"{stem}{ending}" for stem in ("perform", "conduct") for ending in ("", "s", "ed", "ing")
) | frozenset({"undertake", "undertakes", "undertook", "undertaking", "execute", "executes", "executed"})


def _product_name(*, key: str, vocabulary: Vocabulary) -> bool:
    """Return whether ``key`` is a tool's whole name ("ms project"): its last word is no generic head to
    drop ("MS" of a Meraki switch line is no MS Project)."""
    entry = vocabulary.surfaces.get(key)
    return entry is not None and vocabulary.concepts[entry[0]].category == "tool"


def find_evidence(
    *, key: str, concept_id: int | None, resume: ResumeIndex, vocabulary: Vocabulary
) -> Evidence | None:
    """Return where the resume covers ``keyword`` (same term, a synonym or a typo of it), or None."""
    flag = vocabulary.surfaces.get(key, (None, 0))[1]
    if concept_id is None and flag == FLAG_CAPITALISED:
        flag = 0  # "dental" of "dental and lab skills": the posting's plain word, not the product "Dental"
    number = None if flag == FLAG_POSTING_ONLY else _gram_sentence(key=key, flag=flag, resume=resume)
    matched_key = key
    if number is None and concept_id is not None:
        for surface in vocabulary.concept_surfaces.get(concept_id, ()):
            number = _gram_sentence(key=surface, flag=vocabulary.surfaces[surface][1], resume=resume)
            if number is not None:
                matched_key = surface
                break
    if number is None and flag == FLAG_POSTING_ONLY:
        return None  # only the skill's other names are evidence ("communicated with clients")
    content = [token for token in key.split() if token not in STOPWORDS]
    if len(content) > 1 and content[0] in _LIGHT_VERBS:
        content = content[1:]  # "Perform EKGs" is shown by "Ran EKGs": the object is the work
    if number is None and len(content) > 1:
        # A multi-word phrase is covered when all its words appear close together in one sentence.
        wanted = frozenset(content)
        number = next(
            (
                i
                for i, tokens in enumerate(resume.sentence_tokens)
                if wanted <= tokens and _close_together(norms=resume.sentence_norms[i], wanted=wanted)
            ),
            None,
        )
    if number is None and len(content) == 1:
        typo = _fuzzy_token(token=content[0], resume=resume, vocabulary=vocabulary)
        if typo is None and len(content[0]) >= 3 and content[0].isalpha():
            # "NEC4" for "NEC", "HTML5" for "HTML": the name with its version written on
            typo = resume.versioned.get(content[0])
        if typo is not None:
            number = resume.positions[typo][0][0]
            matched_key = typo
    if number is None and content and flag not in (FLAG_CAPITALISED, FLAG_UPPER):
        # Other forms of the same words, close together ("mentor other engineers" ~ "mentored 3 engineers").
        stems = frozenset(stem(word) for word in content)
        number = next(
            (
                i
                for i, sentence_stems in enumerate(resume.sentence_stems)
                if stems <= resume.sentence_stem_sets[i]
                and _close_together(norms=sentence_stems, wanted=stems)
            ),
            None,
        )
    if number is None and (closed := closed_compound(words=content, positions=resume.positions)):
        number, matched_key = closed  # "floor plans" written "floorplans"
    if number is None and flag not in (FLAG_CAPITALISED, FLAG_UPPER) and " " not in key:
        # "troubleshooting" written "trouble-shooting" (its own name; its other names are read as written)
        hyphened = hyphenated_word(
            word=key, text=resume.text, sentences=resume.sentences, tokens=resume.tokens
        )
        if hyphened is not None:
            return Evidence(sentence=resume.sentences[hyphened[0]].text, matched=hyphened[1])
    if number is None:
        if len(content) == 2 and _product_name(key=key, vocabulary=vocabulary):
            return None  # (a longer name keeps its head off: "case management system" by "case management")
        head = content[:-1] if content[-1] in GENERIC_HEADS and names_more(words=content[:-1]) else None
        if len(content) == 2 and content[-1] in TRAIT_HEADS:
            head = content[:1]  # "a caring nature" is shown by "caring", "a patient manner" by "patient"
        while head and len(head) > 1 and head[-1] in HEAD_MODIFIERS:
            head = head[:-1]  # "loss prevention best practices" is shown by "loss prevention"
        # "lockout/tagout procedures" is shown by "Lockout/tagout": the head adds nothing to screen for.
        return (
            find_evidence(key=" ".join(head), concept_id=None, resume=resume, vocabulary=vocabulary)
            if head
            else None
        )
    sentence = resume.sentences[number]
    return Evidence(sentence=sentence.text, matched=_matched_text(sentence=sentence, key=matched_key))
