"""Train the keyword extractor's feature weights on SkillSpan train, pick the threshold on dev.

Run from the repo root: ``python -m ai.local_engine.train_extractor --eval-dir ../shared/eval``. Writes
``ai/local_engine/data/extractor.json.gz`` deterministically. Reads only the train and dev splits; the
test split is kept for ``bench/quality.py``.
"""

import argparse
import gzip
import json
import logging
import math
from pathlib import Path

from ai.local_engine.candidates import find_candidates, score_candidates
from ai.local_engine.skillspan import TRAINING_SPLITS, Posting, load_postings, loose_counts
from ai.local_engine.vocab import EXTRACTOR_PATH, get_vocabulary

logger = logging.getLogger(__name__)

EPOCHS = 8
LEARNING_RATE = 0.1
L2 = 1e-4
MIN_PRECISION = 0.58
HARD_CATEGORIES = frozenset({"tool", "knowledge", "language", "skill", "phrase"})


def _examples(*, postings: list[Posting]) -> list[tuple[list[str], int]]:
    vocabulary = get_vocabulary()
    examples = []
    for posting in postings:
        gold = [(span.start, span.end) for span in posting.knowledge]
        for candidate in find_candidates(text=posting.text, vocabulary=vocabulary):
            if candidate.category not in HARD_CATEGORIES:
                continue
            label = int(any(candidate.start < end and start < candidate.end for start, end in gold))
            examples.append((candidate.features, label))
    return examples


def _train(*, examples: list[tuple[list[str], int]]) -> dict[str, float]:
    weights: dict[str, float] = {}
    for epoch in range(EPOCHS):
        rate = LEARNING_RATE / (1 + epoch)
        for features, label in examples:
            margin = sum(weights.get(feature, 0.0) for feature in features)
            probability = 1 / (1 + math.exp(-max(min(margin, 30), -30)))
            gradient = label - probability
            for feature in features:
                current = weights.get(feature, 0.0)
                weights[feature] = current + rate * (gradient - L2 * current)
    return {feature: round(weight, 3) for feature, weight in sorted(weights.items()) if abs(weight) >= 0.005}


def predicted_keywords(*, text: str, threshold: float) -> list[str]:
    """Return the hard-skill candidates of ``text`` scoring at least ``threshold`` (training-time view)."""
    vocabulary = get_vocabulary()
    candidates = [
        c for c in find_candidates(text=text, vocabulary=vocabulary) if c.category in HARD_CATEGORIES
    ]
    score_candidates(candidates=candidates, vocabulary=vocabulary)
    return [c.text for c in candidates if c.score >= threshold]


def _evaluate(*, postings: list[Posting], threshold: float) -> tuple[float, float]:
    gold = predicted_correct = gold_found = predicted = 0
    for posting in postings:
        counts = loose_counts(
            gold=[span.text for span in posting.knowledge],
            predicted=predicted_keywords(text=posting.text, threshold=threshold),
        )
        gold += counts.gold
        gold_found += counts.gold_found
        predicted += counts.predicted
        predicted_correct += counts.predicted_correct
    return gold_found / max(gold, 1), predicted_correct / max(predicted, 1)


def main() -> None:
    """Train on train, choose the threshold on dev, write the weights."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--eval-dir", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=EXTRACTOR_PATH)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    train_split, dev_split = TRAINING_SPLITS
    weights = _train(examples=_examples(postings=load_postings(eval_dir=args.eval_dir, split=train_split)))
    vocabulary = get_vocabulary()
    vocabulary.weights.clear()
    vocabulary.weights.update(weights)
    dev = load_postings(eval_dir=args.eval_dir, split=dev_split)
    best = (0.0, 0.0, 0.0)
    for step in range(-30, 31):
        threshold = step / 10
        recall, precision = _evaluate(postings=dev, threshold=threshold)
        logger.info("threshold %.1f: dev recall %.3f precision %.3f", threshold, recall, precision)
        if precision >= MIN_PRECISION and recall > best[1]:
            best = (threshold, recall, precision)
    logger.info("chosen threshold %.1f: dev recall %.3f precision %.3f", *best)
    payload = json.dumps({"threshold": best[0], "weights": weights}, sort_keys=True, separators=(",", ":"))
    with args.out.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as gz:
        gz.write(payload.encode("utf-8"))
    logger.info("%d weights -> %s", len(weights), args.out)


if __name__ == "__main__":
    main()
