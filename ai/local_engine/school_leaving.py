"""A school-leaving certificate asked ("High school diploma or GED"): any degree, or a diploma named in the
resume's education, is that or more."""

import re

from ai.local_engine.requirement_model import Requirement
from ai.local_engine.resume_view import Match, ResumeView

# What a posting calls finishing school ("High school diploma or GED"): any diploma or degree is that or more.
SCHOOL_LEAVING_KEYS = frozenset(
    {"ged", "high school diploma", "high school", "hs diploma", "secondary school"}
)
_SCHOOL_LEAVING_WORDS = frozenset({"diploma", "ged", "degree"})
# "Education: High school diploma, Reed High School, 2022": a line labelled as the resume's education.
_EDUCATION_LABEL_RE = re.compile(r"^\W*education\s*:", re.IGNORECASE)


def school_leaving(*, requirement: Requirement, view: ResumeView) -> Match | None:
    """Return a match for "high school diploma or GED": any degree, or a diploma named in Education (a trade
    school's, a high school's), is at least that."""
    if requirement.key not in SCHOOL_LEAVING_KEYS:
        return None
    for number, section in enumerate(view.sections):
        own = not view.copied[number]
        in_education = section == "education" or _EDUCATION_LABEL_RE.match(view.index.sentences[number].text)
        if own and (view.degree_levels[number] or (in_education and _diploma(view=view, number=number))):
            return Match(
                requirement=requirement,
                credit=1.0,
                evidence=view.index.sentences[number].text,
                matched="",
                via="degree",
                context="education",
            )
    return None


def _diploma(*, view: ResumeView, number: int) -> bool:
    tokens = view.index.sentence_tokens[number]
    return bool(tokens & _SCHOOL_LEAVING_WORDS) or {"high", "school"} <= tokens
