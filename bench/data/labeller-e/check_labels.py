"""Consistency check for the labeller-e set: `.venv/bin/python bench/data/labeller-e/check_labels.py`.

The set is read through `bench.quality_labels.load_labels`, the loader the benches use, so what passes here is
what `bench/quality.py` measures. Unlike sets B-D, E brings its own resumes (`resumes/<name>.txt`).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parents[2]))
    from bench.label_checks import run

    sys.exit(run(folder=HERE, holdout_only=False, min_pairs=30, min_rankings=8))
