"""Consistency check for the labeller-j set: `.venv/bin/python bench/data/labeller-j/check_labels.py`.

The set is read through `bench.quality_labels.load_labels`, the loader the benches use, so what passes here
is what `bench/quality.py` measures. J brings its own resumes (`resumes/<name>.txt`); it is holdout only:
every posting (and so every pair and ranking) is holdout. On top of the shared checks it checks its own counts
(`bench.label_checks.run_blind_set`): 12 postings, all holdout and written for the bench, 12 resumes each with
a ranking, a pair of every resume with a posting of its role or `also_fits`, and fit on a 0-3 scale.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parents[2]))
    from bench.label_checks import run_blind_set

    sys.exit(run_blind_set(folder=HERE, mark="J"))
