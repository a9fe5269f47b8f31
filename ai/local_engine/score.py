"""The match score: fixed, documented weights over six sub-scores, each 0-1, comparable across postings.

match_score = round(100 * sum(WEIGHTS[name] * sub_score[name])). The weights never change with the
posting. A part the posting does not state is scored from the text instead of dropping out (dropping out
would hand its weight to the rest and make thin postings easy to score high on):

- requirements: credit-weighted share of the hard requirements met (skills, tools, fields, certifications,
  languages), shrunk toward the overall text similarity by ``PRIOR_WEIGHT``: a posting that names two
  requirements is not a perfect match just because the resume has both;
- responsibilities: the same for responsibilities and soft skills;
- experience: relevant years / years asked (3 when the posting names none); the text similarity when the
  posting names no title, no skill and no years (nothing the years could meet);
- education: the degree asked for (any degree counts as met when none is asked, no degree scores 0.6 then);
- role: the posting's title against the resume's own titles (headline and roles: same kind of role, same
  field; see ``role``), else the text similarity;
- text_similarity: cosine of the two texts' word counts, sentences copied from the posting left out; for a
  resume with no dated work, in proportion to the words of its own it holds (``own_words_factor``).
"""

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ai.local_engine.requirements import HARD_KINDS
from ai.local_engine.resume_view import Match
from ai.local_engine.text import STOPWORDS

WEIGHTS: dict[str, float] = {
    "requirements": 0.40,
    "responsibilities": 0.10,
    "experience": 0.10,
    "education": 0.05,
    "role": 0.20,
    "text_similarity": 0.15,
}
RESPONSIBILITY_KINDS = frozenset({"responsibility", "soft_skill"})
# Weight of what a posting leaves unsaid (about two requirements), scored by the text similarity.
PRIOR_WEIGHT = 4.0
DEFAULT_YEARS = 3
LIST_SHARE_CAP = 0.15
NO_DEGREE_ASKED_WITHOUT_DEGREE = 0.6
# An entry-level posting is for up to 2 (graduates) or 3 (juniors) years; each year beyond takes half of the
# experience sub-score: level is the experience part's to judge; the role part judges the kind of work.
OVER_QUALIFIED_STEP = 0.5
# Cosine similarity of a resume with a job it fits well rarely exceeds this; it maps to a full sub-score.
FULL_TEXT_SIMILARITY = 0.45
FULL_POSTING_WORDS = 60
# Distinct words of a resume the posting lacks (names, employers, places, what was done) below which the text
# is mostly the posting's own phrases: the labelled real resumes hold 79 or more, a list of a posting's
# keywords 8 at most. Below it the similarity counts in proportion. A count, not a share: removing the
# posting's words from a resume must never raise its score.
FULL_OWN_WORDS = 20


@dataclass(frozen=True, slots=True)
class SubScores:
    """Each sub-score in [0, 1] and how it was computed."""

    values: dict[str, float]
    how: dict[str, str]

    def combined(self) -> int:
        """Return the weighted match score, 0-100."""
        return max(
            0, min(100, round(100 * sum(WEIGHTS[name] * value for name, value in self.values.items())))
        )

    def as_details(self) -> dict[str, dict]:
        """Return each sub-score as shown in ``details``: score 0-100, weight, points earned and how."""
        return {
            name: {
                "score": round(100 * value),
                "weight": WEIGHTS[name],
                "points": round(100 * WEIGHTS[name] * value, 1),
                "how": self.how[name],
            }
            for name, value in self.values.items()
        }


def coverage(*, matches: Sequence[Match], prior: float) -> float:
    """Return the credit-weighted share of ``matches`` met, shrunk toward ``prior`` by ``PRIOR_WEIGHT``.

    What only lists show earns at most ``LIST_SHARE_CAP`` of the weight together: a list of the posting's
    keywords appended to a resume adds little, however long it is.
    """
    total = sum(m.requirement.weight for m in matches)
    listed = sum(m.requirement.weight * m.credit for m in matches if m.context == "list")
    shown = sum(m.requirement.weight * m.credit for m in matches if m.context != "list")
    earned = shown + min(listed, LIST_SHARE_CAP * total)
    return (earned + PRIOR_WEIGHT * prior) / (total + PRIOR_WEIGHT)


def _vector(*, norms: Iterable[str]) -> dict[str, float]:
    counts = Counter(norm for norm in norms if norm not in STOPWORDS and not norm.isdigit())
    return {token: 1 + math.log(count) for token, count in counts.items()}


def text_similarity(*, job_norms: Iterable[str], resume_norms: Iterable[str]) -> float:
    """Return the cosine similarity of the two texts' log-scaled word counts, damped for a short posting.

    A posting of a few lines shares most of its words with any resume of the trade; below
    ``FULL_POSTING_WORDS`` distinct words its similarity counts in proportion, so saying little earns little.
    """
    job, resume = _vector(norms=job_norms), _vector(norms=resume_norms)
    dot = sum(weight * resume.get(token, 0.0) for token, weight in job.items())
    norm = math.sqrt(sum(w * w for w in job.values())) * math.sqrt(sum(w * w for w in resume.values()))
    return (dot / norm if norm else 0.0) * min(1.0, len(job) / FULL_POSTING_WORDS)


def own_words_factor(*, job_norms: Iterable[str], resume_norms: Iterable[str]) -> float:
    """Return 0-1: how far the resume says things of its own, by the number of its words the posting lacks.

    Text made of the posting's phrases ("plan well-sequenced lessons", "behaviour management") matches the
    posting's words by construction; that overlap shows nothing about the writer.
    """
    own = {norm for norm in resume_norms if norm not in STOPWORDS and not norm.isdigit()}.difference(
        job_norms
    )
    return min(1.0, len(own) / FULL_OWN_WORDS)


def compute_sub_scores(
    *,
    matches: Sequence[Match],
    similarity: float,
    years_asked: int | None,
    years_relevant: float | None,
    degree_asked: int | None,
    degree_shown: int | None,
    role: float | None,
    resume_words: int,
    entry_years: int | None = None,
    years_total: float | None = None,
    no_years_asked: bool = False,
) -> SubScores:
    """Return every sub-score; ``similarity`` is the raw cosine, ``role`` None for a posting with no title."""
    text = min(1.0, similarity / FULL_TEXT_SIMILARITY)
    hard = [m for m in matches if m.requirement.kind in HARD_KINDS]
    soft = [m for m in matches if m.requirement.kind in RESPONSIBILITY_KINDS]
    years_target = years_asked or DEFAULT_YEARS
    experience = min(1.0, (years_relevant or 0.0) / years_target)
    experience_how = f"relevant years against {years_target}" + (
        " asked" if years_asked else " (the posting names none)"
    )
    if no_years_asked and not years_asked:
        # "No experience required - we train you!": every applicant has what the posting asks of the past.
        experience, experience_how = 1.0, "the posting asks no experience"
    elif entry_years is not None and not years_asked and role is not None:
        # A graduate, intern or junior posting naming no years asks for none: the kind of work done so far
        # (the role part) is what it can judge, not how long.
        experience = max(experience, role)
        experience_how = "an entry-level posting naming no years: the kind of work done so far"
    elif role is None and not hard and not years_asked:
        # No title, no skill, no years: the posting asks nothing of the writer's past that years could meet.
        experience = text
        experience_how = "no title, skills or years asked: from the text"
    # whole years past the entry level: months of a research or part-time post make no junior over-qualified;
    # a posting asking as many years as its entry level is for at most is not only entry-level ("Junior and
    # Senior Accountant", the senior's "3 years post-qualification")
    over = (
        math.floor(years_total or 0.0) - entry_years
        if entry_years is not None and not no_years_asked and (years_asked or 0) < entry_years
        else 0.0
    )
    if over > 0:
        experience = max(0.0, 1.0 - OVER_QUALIFIED_STEP * over)
        experience_how = f"an entry-level posting: {years_total:g} years is over-qualified"
    if degree_asked is not None:
        education = (
            0.0
            if degree_shown is None
            else 1.0
            if degree_shown >= degree_asked
            else 0.5 ** (degree_asked - degree_shown)
        )
        # ... or what the posting names first as the other way ("vocational training as X, or a degree"), as
        # its requirement was judged (not years in place of a degree: read as education they blurred G's
        # hand rankings, 0.738 -> 0.721)
        education = max(
            [
                education,
                *(m.credit for m in matches if m.requirement.kind == "degree" and m.via == "alternative"),
            ]
        )
        education_how = "the degree the posting asks for"
    else:
        education = (
            1.0 if degree_shown is not None else NO_DEGREE_ASKED_WITHOUT_DEGREE if resume_words else 0.0
        )
        education_how = (
            "no degree asked: any degree is full marks"
            if degree_shown is not None or not resume_words
            else f"no degree asked and none shown: {round(100 * NO_DEGREE_ASKED_WITHOUT_DEGREE)} (any "
            "degree, college diploma or trade schooling is full marks)"
        )
    return SubScores(
        values={
            "requirements": coverage(matches=hard, prior=text),
            "responsibilities": coverage(matches=soft, prior=text),
            "experience": experience,
            "education": education,
            "role": text if role is None else role,
            "text_similarity": text,
        },
        how={
            "requirements": f"{len(hard)} skills, tools and qualifications, weighted; the rest from the text",
            "responsibilities": f"{len(soft)} responsibilities and soft skills, weighted; the rest from text",
            "experience": experience_how,
            "education": education_how,
            "role": "the posting's title in the resume" if role is not None else "no title: from the text",
            "text_similarity": "word overlap with the posting, copied sentences left out",
        },
    )
