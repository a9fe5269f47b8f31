"""Consistency check for the labeller-f set: `.venv/bin/python bench/data/labeller-f/check_labels.py`.

F is holdout only (every posting `split: holdout`) and brings its own resumes (`resumes/<name>.txt`); it is
read through `bench.quality_labels.load_labels`, the loader the benches use, so what passes here is what
`bench/quality.py` measures.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parents[2]))
    from bench.label_checks import run

    sys.exit(run(folder=HERE, holdout_only=True, min_pairs=30, min_rankings=8))
