"""`.venv/bin/python bench/data/labeller-k/check_labels.py`: set K, read through the benches' loader.

Holdout only and blind like set J, with its own resumes; checked by ``bench.label_checks.run_blind_set``
(the shared checks, then 12 postings written for the bench, 12 resumes with a ranking each, own-role pairs,
fit 0-3).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parents[2]))
    from bench.label_checks import run_blind_set

    sys.exit(run_blind_set(folder=HERE, mark="K"))
