"""Tokenise and normalise text the same way for the vocabulary, job descriptions and resumes."""

import functools
import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import accumulate, repeat
from typing import NamedTuple

from ai.local_engine.spelling import AMERICAN

# A token keeps the characters that matter in tech names ("c++", "c#", "node.js", ".net") and
# splits on hyphens and slashes so "front-end" and "front end", "CI/CD" and "CI CD" agree. Letters are any
# Unicode letters ("Zürich", "Inglés", "東京" stay whole words). A token ends at its last word character,
# "+" or "#" ("node.js", not "node.js."): the lookbehind checks that once, where "...[\w+#]" stepped back.
_TOKEN_RE = re.compile(r"(?<!\w)\.[^\W\d]\w*|\w[\w+#.]*(?<=[\w+#])")
# The same tokens as the pieces at odd places of a split: strings only, no match object per token. On an ASCII
# text (most sentences) the ASCII form finds the same pieces sooner: it reads "\w" from a table, where the
# Unicode form asks the Unicode database of every character (the pattern has no "\s" and no case to fold,
# the only places where the two forms part on ASCII).
_TOKEN_SPLIT_RE = re.compile(f"({_TOKEN_RE.pattern})")
_ASCII_TOKEN_SPLIT_RE = re.compile(_TOKEN_SPLIT_RE.pattern, re.ASCII)
# A line break ends a sentence unless the next line continues it in lower case (a wrapped PDF line).
# No sentence ends at "e.g.", "i.e.", "vs." or "St." ("Databases (e.g. MySQL)", "St. Aldric Hospital"), nor
# after dotted initials ("B.S. Accounting", "a U.S. Bachelor's degree", "B.B.A. Marketing"), nor between an
# abbreviated month and its year ("Sep. 2023 - Mar. 2024" is one date range).
# Every break starts with blank space: the lookahead first rejects other places at half the cost.
# Abbreviations whose full stop ends no sentence before a lower-case word (and, with a resume's own below,
# before more text on its line).
_ABBREVIATIONS = "approx incl dept univ assoc intl mfg blvd govt mgmt misc resp".split()
_NOT_ENDING = "".join(rf"(?<!\b{word}\.)" for word in [*_ABBREVIATIONS, "etc", "corp", "est", "prod"])
_DEGREE_LETTERS = "Sc Tech Com Ed Eng Des Pharm Phil Arch".split()
_SENTENCE_SPLIT_RE = re.compile(
    r"(?=\s)(?:(?<=[.!?;])(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bvs\.)(?<!\bSt\.)(?<!\bDr\.)(?<!\bcf\.)"
    r"(?<!\b[A-Z]\.[A-Z]\.)"
    # a degree's dotted letters ("B.A.Sc. Computer Engineering", "B.Tech. Civil", "M.Ed. Leadership")
    + "".join(rf"(?<!\.{letters}\.)" for letters in _DEGREE_LETTERS)
    + r"(?!(?:(?<=\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.)|(?<=\bSept\.))\s+\d)"
    r"\s+(?=[A-ZÀ-ÖØ-ÞĀ-ſА-Я0-9\"'(¿¡$€£₹])"
    # a line starting in lower case goes on the line before, unless a name opens it ("iOS Developer", "eBay")
    # or it is a line of items between bars ("front desk | night audit")
    r"|\s*\n+(?![ \t]*(?![a-z]+[A-Z])[a-zß-öø-ÿа-я](?![^\n]*\s\|\s))\s*|\s+[•▪●◦■·\u2022]\s*|\s\|\s"
    # A text written in lower case ends its sentences too: "... remote US). must know TypeScript", "hiring!!
    # looking for": after a word of three letters or more, a bracket or "!", not an abbreviation ("etc.").
    r"|(?:(?<=[a-z]{3}[.!?])|(?<=\)[.!?])|(?<=!))"
    rf"{_NOT_ENDING}\s+(?=[a-z]))"
)
_BULLET_RE = re.compile(r"^[\s•▪●◦■·\-–—*>\u2022]+")
# A full stop that ends no sentence when more text follows on its line: after a common abbreviation, in any
# case ("Lead quarterly inv. counts", "work w/ Dist. Mgr", "Assoc. of Applied Business", "Sr. Engineer"), or
# after a name's single initial, in a run of capitalised words ("JASON R. KOWALCZYK", "Supervisors: Prof. A.
# Hartley"; "firmware in C. Reduced" and "...; AND B. At least 24 hours" still end one).
_RESUME_ABBREVIATIONS = (
    "depts dist inv exp mgr mgrs asst supv sched cust comm acct mktg qty avg insp reqs natl sr jr mr mrs "
    "prof ft mt"
)
_ABBREVIATED_END_RE = re.compile(
    rf"\b(?:{'|'.join([*_ABBREVIATIONS, *_RESUME_ABBREVIATIONS.split()])})\.$", re.IGNORECASE
)
_NAME_INITIAL_RE = re.compile(r"(?:^|[:,(][ \t]*)(?:(?!(?:AND|OR|And|Or)\b)[A-Z][\w'.-]*[ \t]+){1,3}[A-Z]\.$")

STOPWORDS: frozenset[str] = frozenset(
    """a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each either etc few for from
    further had has have having he her here hers herself him himself his how i if in into is it its
    itself just least less like may me might more most must my myself no nor not of off on once only
    or other our ours ourselves out over own per plus same shall she should so some such than that
    the their theirs them themselves then there these they this those through to too under until up
    upon us very via was we well were what when where whether which while who whom whose why will
    with within without would yet you your yours yourself yourselves e.g i.e eg ie around every among
    along throughout""".split()
)

# How many sentences a per-sentence reading keeps (cleared with the texts: ``engine.clear_caches``).
SENTENCE_CACHE_SIZE = 4096

# The numbers two to twelve written as words: a count ("on three units"), never a skill.
COUNT_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve".split())


class Token(NamedTuple):
    """One token: its text as written, its normalised key and its character span."""

    text: str
    norm: str
    start: int
    end: int


@functools.lru_cache(maxsize=65536)
def _normalize(raw: str) -> str:
    return normalize_token(raw=raw)


def normalize_token(*, raw: str) -> str:
    """Return the matching key of one token: lower case, plural folded ("apis" -> "api"), spelled the American
    way ("centres" -> "center": ``spelling``)."""
    token = raw.lower().rstrip(".")
    if len(raw) == 3 and raw[:2].isupper() and raw[:2].isalpha() and raw[2] == "s":
        return token[:2]  # two capitals' plural: "POs" are purchase orders, not POS; "IDs" no IDS
    if len(token) >= 4 and token.isalpha():
        if token.endswith("ies") and len(token) > 4:
            return token[:-3] + "y"
        if (
            token.endswith("s")
            and not token.endswith(("ss", "us"))
            and not (len(token) > 4 and token.endswith("is"))
        ):
            token = token[:-1]
        return AMERICAN.get(token, token)
    return token


def normalized_words(*, words: Iterable[str]) -> frozenset[str]:
    """Return ``words`` as the tokenizer normalises them.

    A table of words compared with tokens' norms is written in plain spelling and passed through this at
    import: "reports" and "devops" are the norms "report" and "devop", and an entry kept as written would
    never match.
    """
    return frozenset(normalize_token(raw=word) for word in words)


# Doubled letters a word keeps before "-ing" or "-ed" ("billing", "staffing", "dressing", "buzzing"); other
# doubles are the suffix's ("planning", "shipped").
_KEPT_DOUBLES = frozenset("lfsz" + "aeiou")


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Return a rough stem of a normalised word, so verb forms agree ("mentored", "mentoring" -> "mentor";
    "communicate", "communication" -> "communic"). Used only where exact words found nothing."""
    if len(word) == 5 and word.isalpha() and word.endswith("e"):
        return word[:-1]  # "close" ~ "closing", "write" ~ "writing": the short verb's silent e goes too
    if len(word) <= 5 or not word.isalpha():
        return word
    if word.startswith("analy") and not word.startswith("analyst"):
        return "analy"  # analysis, analyses, analyze, analysed, analytics: one stem (an analyst is a person)
    if word.endswith("ment") and len(word) - 4 >= 5:
        # "development" ~ "developed", "management" ~ "managed" (not "document": too short a rest)
        word = word[:-4]
        return word[:-1] if word.endswith("e") else word
    # The doer's noun too: "coordinator" ~ "coordination", "hygienist" ~ "hygiene", "operator" ~ "operation",
    # "teacher" ~ "teaching".
    if word.endswith("ship") and len(word) - 4 >= 5:
        return stem(word[:-4])  # "citizenship" ~ "citizen", "membership" ~ "member": the holder's state
    for suffix in ("ation", "ator", "ing", "ist", "er", "ed", "ate", "es", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            # "animated" ~ "animation": a derived form's "-at" goes too ("format" keeps it)
            word = word[: -len(suffix)]
            if suffix in ("ing", "er", "ed") and word[-1] == word[-2] and word[-1] not in _KEPT_DOUBLES:
                return word[:-1]  # "planning" ~ "plan", "shipped" ~ "ship" (not "billing", "staffing")
            return word[:-2] if word.endswith("at") and len(word) >= 6 else word
    return word[:-2] if word.endswith("at") and len(word) > 6 else word


def tokenize(*, text: str) -> list[Token]:
    """Return the tokens of ``text`` with their normalised keys and offsets."""
    return list(_tokens(text))


def clear_token_cache() -> None:
    """Forget the tokenised and split texts (cold-start benchmarks)."""
    _tokens.cache_clear()
    _token_starts.cache_clear()
    _sentences.cache_clear()


@functools.lru_cache(maxsize=32768)
def _tokens(text: str) -> tuple[Token, ...]:
    # One analysis tokenises each sentence several times (index, sections, roles, evidence): read it once.
    # The hottest loop of a cold analysis, so it runs no Python code per token: each field is mapped over
    # the pieces in C, and tuple.__new__ skips the named tuple's Python-level __new__. A split gives the
    # tokens (odd places) between the gaps (even places), and the running sum of the pieces' lengths their
    # offsets, a token's start being where the gap before it ends: no match object is made (their
    # allocation, and the collections it set off, cost a tenth of the tokenising).
    pieces = (_ASCII_TOKEN_SPLIT_RE if text.isascii() else _TOKEN_SPLIT_RE).split(text)
    raws = pieces[1::2]
    offsets = list(accumulate(map(len, pieces)))
    fields = zip(raws, map(_normalize, raws), offsets[:-1:2], offsets[1::2], strict=True)
    return tuple(map(tuple.__new__, repeat(Token), fields))


def line_norms(*, text: str) -> frozenset[tuple[str, ...]]:
    """Return the normalised tokens of each line of ``text``, as tokenising every line would give them.

    No token spans a line break and a line break is never part of one, so each line's tokens are the
    whole text's tokens between its breaks: the text is tokenised once, not twice.
    """
    tokens = _tokens(text)
    lines: set[tuple[str, ...]] = set()
    index, end = 0, 0
    for line in text.splitlines(keepends=True):
        end += len(line)
        first = index
        while index < len(tokens) and tokens[index].start < end:
            index += 1
        lines.add(tuple(token.norm for token in tokens[first:index]))
    return frozenset(lines)


def first_norm(*, text: str) -> str:
    """Return the normalised first token of ``text`` ("" when it has none), without tokenising the rest."""
    match = _TOKEN_RE.search(text)
    return _normalize(match[0]) if match else ""


def normalize_phrase(*, text: str) -> str:
    """Return the matching key of a phrase: its normalised tokens joined by single spaces."""
    return " ".join(token.norm for token in tokenize(text=text))


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence or bullet of a document, with its offsets in the document."""

    text: str
    start: int
    end: int


def split_sentences(*, text: str) -> list[Sentence]:
    """Split ``text`` into sentences, lines and bullets, keeping each one's exact offsets."""
    return list(_sentences(text))


@functools.lru_cache(maxsize=256)
def _sentences(text: str) -> tuple[Sentence, ...]:
    # A resume is split twice per cold analysis: by its index and by its section labels.
    sentences: list[Sentence] = []
    position = 0
    for match in [*_SENTENCE_SPLIT_RE.finditer(text), None]:
        end = match.start() if match else len(text)
        chunk = text[position:end]
        if match and chunk.endswith(";") and chunk.count("(") > chunk.count(")") and "\n" not in chunk:
            continue  # "(Terraform preferred; CloudFormation or Pulumi also fine)": one bracket, one sentence
        if match and _runs_on(chunk=chunk, gap=match.group()):
            continue
        bullet = _BULLET_RE.match(chunk)
        offset = bullet.end() if bullet else 0
        stripped = chunk[offset:].rstrip()
        if stripped:
            sentences.append(
                Sentence(text=stripped, start=position + offset, end=position + offset + len(stripped))
            )
        if match:
            position = match.end()
    return tuple(sentences)


def _runs_on(*, chunk: str, gap: str) -> bool:
    """Return whether a full stop goes on to more text on its line: after an abbreviation or a name's initial
    (``_ABBREVIATED_END_RE``, ``_NAME_INITIAL_RE``), or inside a bracket still open on the line ("Food
    Protection Mgr (exp. 2027)")."""
    if not chunk.endswith(".") or not gap.isspace() or "\n" in gap:
        return False
    line = chunk[chunk.rfind("\n") + 1 :]
    return (
        _ABBREVIATED_END_RE.search(line) is not None
        or _NAME_INITIAL_RE.search(line.lstrip(" \t•▪●◦■·-–—*>")) is not None
        or line.count("(") > line.count(")")
    )


def sentence_tokens(*, text: str, sentence: Sentence) -> list[Token]:
    """Return the tokens of ``sentence``, one of ``split_sentences(text)``, with their offsets in ``text``.

    No token crosses a sentence's edges (they fall on blank space, bullets and bars), so a sentence's tokens
    are the text's own between its edges: the text is tokenised once, not again sentence by sentence.
    """
    tokens, starts = _tokens(text), _token_starts(text)
    return list(tokens[bisect_left(starts, sentence.start) : bisect_left(starts, sentence.end)])


@functools.lru_cache(maxsize=256)
def _token_starts(text: str) -> tuple[int, ...]:
    return tuple(token.start for token in _tokens(text))
