"""Consistency check for the labeller-h set: `.venv/bin/python bench/data/labeller-h/check_labels.py`.

The set is read through `bench.quality_labels.load_labels`, the loader the benches use, so what passes here
is what `bench/quality.py` measures. Like sets E and F, H brings its own resumes (`resumes/<name>.txt`); its
postings are split by the rule of D and E (every third posting by file name is holdout).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parents[2]))
    from bench.label_checks import run

    sys.exit(run(folder=HERE, holdout_only=False, min_pairs=30, min_rankings=8))
