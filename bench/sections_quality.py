"""Measure label_sections against hand labels of eval resumes (bench/data/sections_labels.json).

Prints per-kind precision and recall of sentence labels and the accuracy of the split that matters most for
the engine: experience/projects versus every other kind.

Run by hand: .venv/bin/python bench/sections_quality.py [--errors]
"""

import argparse
import json
import logging
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ai.local_engine.section_reading import label_sections  # noqa: E402
from ai.local_engine.sections import KINDS  # noqa: E402
from ai.local_engine.text import Sentence, split_sentences  # noqa: E402
from pdf_extract import extract_document  # noqa: E402

EVAL_DIR = ROOT.parent / "shared" / "eval" / "resume-pdfs"
LABELS = ROOT / "bench" / "data" / "sections_labels.json"
PRIMARY = ("experience", "projects")


def hand_labels(*, sentences: list[Sentence], starts: list[list[str]]) -> list[str]:
    """Expand [section start, kind] entries into one kind per sentence; raise if a start is not found."""
    labels: list[str] = []
    kind = "header"
    position = 0
    for start, next_kind in starts:
        found = next(
            (i for i in range(position, len(sentences)) if sentences[i].text.startswith(start)), None
        )
        if found is None:
            raise ValueError(f"section start not found: {start!r}")
        labels.extend([kind] * (found - position))
        position, kind = found, next_kind
    labels.extend([kind] * (len(sentences) - position))
    return labels


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--errors", action="store_true", help="print every mislabelled sentence")
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    if not EVAL_DIR.is_dir():
        print(f"no eval data at {EVAL_DIR}; nothing to measure")
        return
    data = json.loads(LABELS.read_text(encoding="utf-8"))
    true_positive: Counter[str] = Counter()
    predicted: Counter[str] = Counter()
    actual: Counter[str] = Counter()
    primary_right = total = 0
    for name, starts in data.items():
        if name.startswith("_"):
            continue
        text = extract_document((EVAL_DIR / name).read_bytes(), filename=name).text
        sentences = split_sentences(text=text)
        truth = hand_labels(sentences=sentences, starts=starts)
        guess = label_sections(sentences=sentences, text=text)
        for sentence, want, got in zip(sentences, truth, guess, strict=True):
            actual[want] += 1
            predicted[got] += 1
            true_positive[want] += want == got
            primary_right += (want in PRIMARY) == (got in PRIMARY)
            total += 1
            if args.errors and want != got:
                print(f"{name}: {want} labelled {got}: {sentence.text[:70]!r}")
    print(f"{len(data) - 1} resumes, {total} sentences")
    print(f"{'kind':<15} {'n':>5} {'precision':>10} {'recall':>7}")
    for kind in KINDS:
        if actual[kind] or predicted[kind]:
            precision = true_positive[kind] / predicted[kind] if predicted[kind] else 0.0
            recall = true_positive[kind] / actual[kind] if actual[kind] else 0.0
            print(f"{kind:<15} {actual[kind]:>5} {precision:>10.0%} {recall:>7.0%}")
    print(f"all kinds accuracy: {sum(true_positive.values()) / total:.1%}")
    print(f"experience/projects vs others accuracy: {primary_right / total:.1%}")


if __name__ == "__main__":
    main()
