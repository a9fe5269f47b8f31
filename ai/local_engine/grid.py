"""Score N resumes against M postings: each text is read once, then every pair is scored from the readings.

A pair's score is the engine's own (``evaluate``), so a cell's ``match_score`` equals
``analyze(...)["match_score"]``; what a grid saves is the per-text work (postings and resumes are read once
and cached) and everything a cell does not show (details, rewrites, reasoning).
"""

from collections.abc import Iterator
from dataclasses import dataclass

from ai.local_engine.engine import MAX_MISSING_KEYWORDS
from ai.local_engine.evaluate import evaluate

TOP_GAPS = 5


@dataclass(frozen=True, slots=True)
class CellResult:
    """One scored pair: indexes into the resumes and jobs given, the score, sub-scores and top gaps."""

    resume_index: int
    job_index: int
    match_score: int
    sub_scores: dict[str, int | None]
    top_gaps: list[str]


def score_grid(*, resumes: list[str], jobs: list[str]) -> Iterator[CellResult]:
    """Yield one ``CellResult`` per (resume, job) pair, resume by resume (row-major order)."""
    for resume_index, resume in enumerate(resumes):
        for job_index, job in enumerate(jobs):
            evaluation = evaluate(resume_text=resume, job_description=job)
            yield CellResult(
                resume_index=resume_index,
                job_index=job_index,
                match_score=evaluation.sub_scores.combined(),
                sub_scores={name: part["score"] for name, part in evaluation.sub_scores.as_details().items()},
                top_gaps=list(evaluation.missing_keywords[: min(TOP_GAPS, MAX_MISSING_KEYWORDS)]),
            )
