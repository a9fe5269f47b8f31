"""Where the public eval data lives, relative to the repository root, and how tests skip without it."""

from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
EVAL_PDFS = REPO_ROOT.parent / "shared" / "eval" / "resume-pdfs"


def eval_pdf_paths() -> list[Path]:
    """Return the eval resume PDFs, or skip the calling test when the folder is absent."""
    paths = sorted(EVAL_PDFS.glob("*.pdf"))
    if not paths:
        pytest.skip("../shared/eval is absent")
    return paths
