"""Score N resumes against M jobs: each text is read once, then every pair is scored from those readings.

``analyze`` reads both texts for every call; a 20 x 20 grid through it reads each text 20 times. Here the
per-pair work is only the evidence look-up and the sub-scores, which the engine's ``_stages`` computes the
same way, so a cell's ``match_score`` equals ``analyze(...)["match_score"]`` for the same pair.
"""

from collections.abc import Iterator
from dataclasses import dataclass

from ai.local_engine.engine import MAX_MISSING_KEYWORDS, _evidence, _rank
from ai.local_engine.job import JobRequirements, degree_level_in, read_job
from ai.local_engine.resume import ResumeIndex, index_resume
from ai.local_engine.score import compute_sub_scores
from ai.local_engine.text import tokenize
from ai.local_engine.vocab import get_vocabulary

TOP_GAPS = 5


@dataclass(frozen=True, slots=True)
class CellResult:
    """One scored pair: indexes into the resumes and jobs given, the score, sub-scores and top gaps."""

    resume_index: int
    job_index: int
    match_score: int
    sub_scores: dict[str, int | None]
    top_gaps: list[str]


@dataclass(frozen=True, slots=True)
class _ReadJob:
    job: JobRequirements
    norms: list[str]


@dataclass(frozen=True, slots=True)
class _ReadResume:
    resume: ResumeIndex
    degree: int | None


def _read_job(text: str) -> _ReadJob:
    job = read_job(text=text, vocabulary=get_vocabulary())
    return _ReadJob(job=job, norms=[token.norm for token in tokenize(text=text)])


def _read_resume(text: str) -> _ReadResume:
    resume = index_resume(text=text)
    return _ReadResume(resume=resume, degree=degree_level_in(sentences=resume.sentences))


def _score_pair(*, resume: _ReadResume, job: _ReadJob, resume_index: int, job_index: int) -> CellResult:
    """Return the cell of one read resume against one read job."""
    evidence = {
        k.position: _evidence(
            keyword=k, resume=resume.resume, resume_degree=resume.degree, job_degree=job.job.degree_level
        )
        for k in job.job.keywords
    }
    sub_scores = compute_sub_scores(
        job=job.job,
        job_norms=job.norms,
        resume=resume.resume,
        resume_degree=resume.degree,
        evidence=evidence,
    )
    missing = sorted((k for k in job.job.keywords if evidence[k.position] is None), key=_rank)
    limit = min(TOP_GAPS, MAX_MISSING_KEYWORDS)
    return CellResult(
        resume_index=resume_index,
        job_index=job_index,
        match_score=sub_scores.combined(),
        sub_scores={name: detail["score"] for name, detail in sub_scores.as_details().items()},
        top_gaps=[k.term for k in missing[:limit]],
    )


def score_grid(*, resumes: list[str], jobs: list[str]) -> Iterator[CellResult]:
    """Yield one ``CellResult`` per (resume, job) pair, resume by resume, each text read once.

    The jobs are read before the first cell; each resume is read when its row starts, so the first cells
    come out after M + 1 readings rather than M + N.
    """
    read_jobs = [_read_job(text) for text in jobs]
    for resume_index, text in enumerate(resumes):
        resume = _read_resume(text)
        for job_index, job in enumerate(read_jobs):
            yield _score_pair(resume=resume, job=job, resume_index=resume_index, job_index=job_index)
