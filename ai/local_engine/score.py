"""Sub-scores and their documented, deterministic combination into the 0-100 match score.

match_score = round(100 * sum(weight_i * score_i) / sum(weight_i)) over the sub-scores that apply to
this job (a job that names no degree has no education sub-score, and its weight is shared out).
"""

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from ai.local_engine.job import SENIORITY_WORDS, JobKeyword, JobRequirements, keyword_priority
from ai.local_engine.resume import Evidence, ResumeIndex, find_phrase
from ai.local_engine.text import STOPWORDS, tokenize

WEIGHTS: dict[str, float] = {
    "hard_skills": 0.50,
    "soft_skills": 0.08,
    "experience_years": 0.10,
    "education": 0.10,
    "job_title": 0.07,
    "text_similarity": 0.15,
}
# Cosine similarity of a resume with a job it fits well rarely exceeds this; it maps to a full sub-score.
FULL_TEXT_SIMILARITY = 0.45


@dataclass(frozen=True, slots=True)
class SubScores:
    """Each sub-score in [0, 1], or None when the job gives nothing to compare."""

    values: dict[str, float | None]

    def combined(self) -> int:
        """Return the weighted match score, 0-100."""
        applied = {name: value for name, value in self.values.items() if value is not None}
        total = sum(WEIGHTS[name] for name in applied)
        if not total:
            return 0
        return max(0, min(100, round(100 * sum(WEIGHTS[name] * v for name, v in applied.items()) / total)))

    def as_details(self) -> dict[str, dict]:
        """Return the sub-scores as shown in ``details``: score 0-100 (or null) and weight."""
        return {
            name: {"score": None if value is None else round(100 * value), "weight": WEIGHTS[name]}
            for name, value in self.values.items()
        }


def _coverage(*, keywords: list[JobKeyword], evidence: dict[int, Evidence | None]) -> float | None:
    if not keywords:
        return None
    total = sum(keyword_priority(keyword=k) for k in keywords)
    found = sum(keyword_priority(keyword=k) for k in keywords if evidence.get(k.position) is not None)
    return found / total


def _vector(*, norms: Iterable[str]) -> dict[str, float]:
    counts = Counter(norm for norm in norms if norm not in STOPWORDS and not norm.isdigit())
    return {token: 1 + math.log(count) for token, count in counts.items()}


def text_similarity(*, job_norms: Iterable[str], resume_norms: Iterable[str]) -> float:
    """Return the cosine similarity of the two texts' log-scaled word counts."""
    job, resume = _vector(norms=job_norms), _vector(norms=resume_norms)
    dot = sum(weight * resume.get(token, 0.0) for token, weight in job.items())
    norm = math.sqrt(sum(w * w for w in job.values())) * math.sqrt(sum(w * w for w in resume.values()))
    return dot / norm if norm else 0.0


def _title_score(*, title: str | None, resume: ResumeIndex) -> float | None:
    if not title:
        return None
    words = [
        t.norm for t in tokenize(text=title) if t.norm not in SENIORITY_WORDS and t.norm not in STOPWORDS
    ]
    if not words:
        return None
    if find_phrase(resume=resume, key=" ".join(words)) is not None:
        return 1.0
    return sum(1 for word in words if word in resume.positions) / len(words) * 0.8


def _education_score(
    *, job: JobRequirements, resume_degree: int | None, certifications: float | None
) -> float | None:
    parts = [] if certifications is None else [certifications]
    if job.degree_level is not None:
        if resume_degree is None:
            parts.append(0.0)
        else:
            parts.append(
                1.0 if resume_degree >= job.degree_level else 0.5 ** (job.degree_level - resume_degree)
            )
    return sum(parts) / len(parts) if parts else None


def compute_sub_scores(
    *,
    job: JobRequirements,
    job_norms: list[str],
    resume: ResumeIndex,
    resume_degree: int | None,
    evidence: dict[int, Evidence | None],
) -> SubScores:
    """Return every sub-score of the resume against the job."""
    # Degree keywords ("Bachelor's degree") are scored by level in the education sub-score, not here.
    hard = [k for k in job.keywords if k.category in {"hard_skill", "language"}]
    certifications = [k for k in job.keywords if k.category == "certification"]
    soft = [k for k in job.keywords if k.category == "soft_skill"]
    years = None
    if job.min_years:
        years = min(1.0, (resume.years or 0.0) / job.min_years)
    similarity = text_similarity(
        job_norms=job_norms,
        resume_norms=(norm for sentence in resume.sentence_norms for norm in sentence),
    )
    return SubScores(
        values={
            "hard_skills": _coverage(keywords=hard, evidence=evidence),
            "soft_skills": _coverage(keywords=soft, evidence=evidence),
            "experience_years": years,
            "education": _education_score(
                job=job,
                resume_degree=resume_degree,
                certifications=_coverage(keywords=certifications, evidence=evidence),
            ),
            "job_title": _title_score(title=job.title, resume=resume),
            "text_similarity": min(1.0, similarity / FULL_TEXT_SIMILARITY),
        }
    )
