"""Static sentence embeddings: one stored vector per word piece, averaged (no model run per text).

The table (``data/minilm-static.npz``) is distilled from all-MiniLM-L6-v2 by ``build_static_embeddings.py``:
each WordPiece entry's output vector, reduced to 256 principal components, int8 with a scale per row. A
text's vector is the mean of its pieces' vectors, pieces of the most common words down-weighted, L2
normalised. Encoding a sentence costs microseconds and the table ~8 MB of memory, against milliseconds and
~150 MB for running the model; the cosines are coarser (README, "Semantic matching").
"""

import functools
import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

TABLE_PATH = Path(__file__).resolve().parent / "data" / "minilm-static.npz"
MODEL_NAME = "all-MiniLM-L6-v2 static (distilled word pieces)"
# Word-piece ids below this are padding, special tokens and unused slots; then come single characters.
_FIRST_CHARACTER_ID = 999
_FIRST_WORD_ID = 1996
_CHARACTER_WEIGHT = 0.1
# The first ids after that are the commonest English words ("the", "of", "and"): weighted down by rank.
_COMMON_RANK = 500
# BERT's basic split: runs of letters/digits, and every other visible character on its own.
_WORD_RE = re.compile(r"\w+|[^\w\s]")
_MAX_WORD_CHARS = 100


class StaticEncoder:
    """Embed texts into unit vectors from the static table; thread-safe and deterministic."""

    name = MODEL_NAME
    max_sentences = 200  # cheap enough for every sentence of a long resume

    def __init__(self, *, table: Any, scales: Any, tokenizer: Any, numpy: Any, threshold: float) -> None:
        self.threshold = threshold
        self._table = table
        self._scales = scales
        self._tokenizer = tokenizer
        self._np = numpy
        ids = numpy.arange(table.shape[0], dtype=numpy.float32)
        words = numpy.minimum(1.0, (ids - _FIRST_WORD_ID + 1) / _COMMON_RANK)
        characters = numpy.where(ids >= _FIRST_CHARACTER_ID, _CHARACTER_WEIGHT, 0.0)
        self._weights = numpy.where(ids >= _FIRST_WORD_ID, words, characters).astype(numpy.float32)

    @property
    def dimensions(self) -> int:
        return int(self._table.shape[1])

    def encode(self, texts: Sequence[str]) -> Any:
        """Return an (n, d) float32 array of L2-normalised vectors, one row per text (zeros for no words)."""
        np = self._np
        result = np.zeros((len(texts), self.dimensions), dtype=np.float32)
        if not texts:
            return result
        for row, text in enumerate(texts):
            ids = np.asarray(self._tokenizer.ids(text), dtype=np.int64)
            if ids.size == 0:
                continue
            weights = self._weights[ids] * self._scales[ids]
            vector = weights @ self._table[ids].astype(np.float32)
            norm = float(np.linalg.norm(vector))
            if norm > 0:
                result[row] = vector / norm
        return result

    def clear(self) -> None:
        """Nothing is cached per text (kept for the encoder interface)."""


def load_static(*, threshold: float) -> StaticEncoder:
    """Load the table and the word-piece vocabulary (raises when numpy is not installed)."""
    import numpy

    with numpy.load(TABLE_PATH) as data:
        table, scales = data["vectors"], data["scales"]
    from ai.local_engine.vocab import word_pieces

    return StaticEncoder(
        table=table,
        scales=scales,
        tokenizer=WordPieces(pieces=word_pieces()),
        numpy=numpy,
        threshold=threshold,
    )


class WordPieces:
    """The model's uncased WordPiece split (lower case, accents stripped, punctuation apart, greedy longest
    pieces), each word's ids cached: a resume's words repeat across its sentences and postings."""

    def __init__(self, *, pieces: dict[str, int]) -> None:
        self._pieces = pieces
        self._unknown = pieces["[UNK]"]
        self._longest = max(len(piece) for piece in pieces)
        self.ids_of_word = functools.lru_cache(maxsize=65536)(self._ids_of_word)

    def ids(self, text: str) -> list[int]:
        """Return the word-piece ids of ``text``."""
        folded = text.lower()
        if not folded.isascii():  # ASCII has no accents to strip (most texts: no per-character pass)
            folded = unicodedata.normalize("NFD", folded)
            folded = "".join(ch for ch in folded if unicodedata.category(ch) != "Mn")
        ids: list[int] = []
        for word in _WORD_RE.findall(folded):
            ids.extend(self.ids_of_word(word))
        return ids

    def _ids_of_word(self, word: str) -> tuple[int, ...]:
        if len(word) > _MAX_WORD_CHARS:
            return (self._unknown,)
        ids, start = [], 0
        while start < len(word):
            for end in range(min(len(word), start + self._longest), start, -1):
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in self._pieces:
                    ids.append(self._pieces[piece])
                    start = end
                    break
            else:
                return (self._unknown,)
        return tuple(ids)
