"""Tokenise and normalise text the same way for the vocabulary, job descriptions and resumes."""

import functools
import re
from dataclasses import dataclass
from typing import NamedTuple

# A token keeps the characters that matter in tech names ("c++", "c#", "node.js", ".net") and
# splits on hyphens and slashes so "front-end" and "front end", "CI/CD" and "CI CD" agree. Letters are any
# Unicode letters ("Zürich", "Inglés", "東京" stay whole words).
_TOKEN_RE = re.compile(r"(?<!\w)\.[^\W\d]\w*|\w[\w+#.]*[\w+#]|\w")
# A line break ends a sentence unless the next line continues it in lower case (a wrapped PDF line).
# No sentence ends at "e.g.", "i.e.", "vs." or "St." ("Databases (e.g. MySQL)", "St. Aldric Hospital").
_SENTENCE_SPLIT_RE = re.compile(
    r"(?<=[.!?;])(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bvs\.)(?<!\bSt\.)(?<!\bDr\.)(?<!\bcf\.)"
    r"\s+(?=[A-ZÀ-ÖØ-ÞĀ-ſА-Я0-9\"'(¿¡])"
    r"|\s*\n+(?![ \t]*[a-zß-öø-ÿа-я])\s*|\s+[•▪●◦■·\u2022]\s*|\s\|\s"
)
_BULLET_RE = re.compile(r"^[\s•▪●◦■·\-–—*>\u2022]+")

STOPWORDS: frozenset[str] = frozenset(
    """a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each either etc few for from
    further had has have having he her here hers herself him himself his how i if in into is it its
    itself just least less like may me might more most must my myself no nor not of off on once only
    or other our ours ourselves out over own per plus same shall she should so some such than that
    the their theirs them themselves then there these they this those through to too under until up
    upon us very via was we well were what when where whether which while who whom whose why will
    with within without would yet you your yours yourself yourselves e.g i.e eg ie""".split()
)


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
    """Return the matching key of one token: lower case, plural folded ("apis" -> "api")."""
    token = raw.lower().rstrip(".")
    if len(token) >= 4 and token.isalpha():
        if token.endswith("ies") and len(token) > 4:
            return token[:-3] + "y"
        if (
            token.endswith("s")
            and not token.endswith(("ss", "us"))
            and not (len(token) > 4 and token.endswith("is"))
        ):
            return token[:-1]
    return token


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Return a rough stem of a normalised word, so verb forms agree ("mentored", "mentoring" -> "mentor";
    "communicate", "communication" -> "communic"). Used only where exact words found nothing."""
    if len(word) <= 5 or not word.isalpha():
        return word
    for suffix in ("ation", "ing", "ed", "ate", "es", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word[:-2] if word.endswith("at") and len(word) > 6 else word


def tokenize(*, text: str) -> list[Token]:
    """Return the tokens of ``text`` with their normalised keys and offsets."""
    return list(_tokens(text))


def clear_token_cache() -> None:
    """Forget the tokenised texts (cold-start benchmarks)."""
    _tokens.cache_clear()


@functools.lru_cache(maxsize=32768)
def _tokens(text: str) -> tuple[Token, ...]:
    # One analysis tokenises each sentence several times (index, sections, roles, evidence): read it once.
    return tuple(
        Token(m.group(), _normalize(m.group()), m.start(), m.end()) for m in _TOKEN_RE.finditer(text)
    )


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
    sentences: list[Sentence] = []
    position = 0
    for match in [*_SENTENCE_SPLIT_RE.finditer(text), None]:
        end = match.start() if match else len(text)
        chunk = text[position:end]
        bullet = _BULLET_RE.match(chunk)
        offset = bullet.end() if bullet else 0
        stripped = chunk[offset:].rstrip()
        if stripped:
            sentences.append(
                Sentence(text=stripped, start=position + offset, end=position + offset + len(stripped))
            )
        if match:
            position = match.end()
    return sentences
