"""Consistency check for the labeller-g set: `.venv/bin/python bench/data/labeller-g/check_labels.py`.

G brings its own resumes (`resumes/<name>.txt`) and splits its postings by the sets' rule (every third
posting by file name is holdout); it is read through `bench.quality_labels.load_labels`, the loader the
benches use, so what passes here is what `bench/quality.py` measures.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parents[2]))
    from bench.label_checks import run

    sys.exit(run(folder=HERE, holdout_only=False, min_pairs=30, min_rankings=8))
