"""Value types shared by every extractor: the limits going in and the document coming out."""

from dataclasses import dataclass, field
from typing import Literal

AtsResult = Literal["pass", "warn", "fail"]


@dataclass(frozen=True)
class ExtractionLimits:
    """Hard bounds for one file; the defaults suit a resume of up to 20 pages."""

    max_bytes: int = 5 * 1024 * 1024
    max_pages: int = 20
    # Wall clock for one file (hard in the isolated worker, checked between operators in process).
    # Real resumes need < 0.2 s, so 1 s leaves 5x headroom and cuts hostile files within ~1 s.
    timeout_s: float = 0.9
    memory_mb: int = 256
    min_words: int = 30


@dataclass(frozen=True)
class ExtractedDocument:
    """Cleaned text of one document plus the facts the upload API returns."""

    text: str
    format: str
    pages: int
    characters: int
    warnings: list[str] = field(default_factory=list)
    ats_checks: list[dict[str, str]] = field(default_factory=list)
    ats_score: int = 0
