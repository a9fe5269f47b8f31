"""The compiled vocabulary and extractor weights, loaded once on first use."""

import functools
import gzip
import json
import logging
import threading
from dataclasses import dataclass
from pathlib import Path

from ai.local_engine.embeddings import get_encoder

logger = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parent / "data"
VOCAB_PATH = DATA_DIR / "vocab.json.gz"
EXTRACTOR_PATH = DATA_DIR / "extractor.json.gz"
TOKENIZER_PATH = DATA_DIR / "minilm-tokenizer.json.gz"

FLAG_CAPITALISED = 1
# A posting's name for a soft skill that is too vague to be evidence in a resume: "strong communication"
# asks for the skill, "communication between services" in a resume does not show it.
FLAG_POSTING_ONLY = 2
# A product's acronym spelled as an English word ("CALM", "CLAIMS", "PAWS"): the product only written in
# capitals, the word otherwise ("calm under pressure", "Claims Adjuster", "Paws & Claws").
FLAG_UPPER = 3


@functools.cache
def word_pieces() -> dict[str, int]:
    """Return the embedding model's WordPiece vocabulary (piece -> id), read once per process."""
    with gzip.open(TOKENIZER_PATH, "rt", encoding="utf-8") as handle:
        return json.load(handle)["model"]["vocab"]


@functools.cache
def everyday_words() -> frozenset[str]:
    """Return the whole words (3+ letters) of the embedding model's English word-piece vocabulary: ~20k
    everyday words ("partner", "pricing", "track"), among them a few product names ("python", "spark")."""
    return frozenset(piece for piece in word_pieces() if piece.isalpha() and len(piece) > 2)


@dataclass(frozen=True, slots=True)
class Concept:
    """A skill, tool or topic; every surface form of it matches the same concept."""

    name: str
    category: str


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Surface forms -> concepts, concept -> its surfaces, job titles, and the extractor's weights.

    ``lengths_from`` maps a word to the lengths (in words) of the surfaces starting with it, longest first,
    so matching tries only the lengths that can succeed.
    """

    concepts: tuple[Concept, ...]
    surfaces: dict[str, tuple[int, int]]
    concept_surfaces: dict[int, tuple[str, ...]]
    titles: frozenset[str]
    role_nouns: frozenset[str]  # the words that make a line a job title (``role_nouns``)
    weights: dict[str, float]
    threshold: float
    max_surface_tokens: int
    lengths_from: dict[str, tuple[int, ...]]
    groups: dict[str, tuple[int, ...]]  # ESCO broader skill / O*NET commodity group -> its concepts


_lock = threading.Lock()
_cache: dict[str, Vocabulary] = {}


def _read_json_gz(*, path: Path) -> dict:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return json.load(handle)


def _load() -> Vocabulary:
    raw = _read_json_gz(path=VOCAB_PATH)
    extractor = (
        _read_json_gz(path=EXTRACTOR_PATH) if EXTRACTOR_PATH.exists() else {"weights": {}, "threshold": 0.0}
    )
    surfaces = {key: (concept_id, flag) for key, (concept_id, flag) in raw["surfaces"].items()}
    grouped: dict[int, list[str]] = {}
    lengths_from: dict[str, tuple[int, ...]] = {}
    shared: dict[tuple[int, ...], tuple[int, ...]] = {}  # the ~7,400 words share ~60 distinct tuples
    for key, (concept_id, flag) in surfaces.items():
        if flag != FLAG_POSTING_ONLY:
            grouped.setdefault(concept_id, []).append(key)
        words = key.split()
        known = lengths_from.get(words[0], ())
        if len(words) not in known:
            longest_first = tuple(sorted((*known, len(words)), reverse=True))
            lengths_from[words[0]] = shared.setdefault(longest_first, longest_first)
    return Vocabulary(
        concepts=tuple(Concept(name=name, category=category) for name, category in raw["concepts"]),
        surfaces=surfaces,
        concept_surfaces={concept_id: tuple(keys) for concept_id, keys in grouped.items()},
        titles=frozenset(raw["titles"]),
        role_nouns=frozenset(raw["role_nouns"]),
        weights=extractor["weights"],
        threshold=extractor["threshold"],
        max_surface_tokens=max(found[0] for found in lengths_from.values()),
        lengths_from=lengths_from,
        groups={key: tuple(members) for key, members in raw.get("groups", {}).items()},
    )


def get_vocabulary() -> Vocabulary:
    """Return the vocabulary, loading it on the first call (thread-safe, cached for the process)."""
    vocabulary = _cache.get("vocab")
    if vocabulary is None:
        with _lock:
            vocabulary = _cache.get("vocab")
            if vocabulary is None:
                vocabulary = _load()
                _cache["vocab"] = vocabulary
                logger.info("local engine vocabulary loaded: %d surfaces", len(vocabulary.surfaces))
    return vocabulary


def names_language(*, word: str, vocabulary: Vocabulary) -> bool:
    """Return whether ``word`` is the name of a language ("Spanish", "Marathi")."""
    found = vocabulary.surfaces.get(word.lower())
    return found is not None and vocabulary.concepts[found[0]].category == "language"


def warm_up() -> None:
    """Load the vocabulary, the everyday-word list, the categories and the embedding model now, e.g. at server
    start, so the first analysis pays no load time (the word list alone took ~20 ms on the first posting that
    needed it, the categories' members ~30 ms)."""
    from ai.local_engine.taxonomy import category_members  # imports this module: loaded only when called

    vocabulary = get_vocabulary()
    everyday_words()
    category_members(category="", vocabulary=vocabulary)
    get_encoder()
