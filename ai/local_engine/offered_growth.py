"""The hire's own growth, offered by the job: "We encourage professional growth and career development",
"This contributes to fast personal development and career evolution", "a range of learning solutions
including career coaching". It is what the job gives, not a skill asked; unless the job gives it to others
("Provide career coaching to students", "grow a team of engineers through mentoring and career development":
a duty)."""

import re

from ai.local_engine.candidates import Candidate

# A phrase naming someone's growth: "career development", "personal growth", "professional and career
# progression".
_GROWTH_KEY_RE = re.compile(
    r"^(?:(?:fast|rapid|continuous|ongoing|further|individual|your|own)\s+)?"
    r"(?:(?:career|personal|professional)\s+(?:and\s+)?)+(?:development|growth|evolution|progression|coaching|planning)$"
)
# The people a job may grow as its work: then the growth is a duty done for them.
_OTHERS = (
    "students? pupils? learners? clients? customers? employees? staff colleagues members graduates trainees "
    "apprentices candidates jobseekers participants patients residents their others engineers developers "
    "designers analysts mentees"
)
_OTHERS_RE = re.compile(
    rf"\b(?:{'|'.join(_OTHERS.split())}|direct reports|job seekers|service users|young people)\b", re.I
)


def growth_offered(*, candidate: Candidate) -> bool:
    """Return whether the candidate names the hire's own growth the job offers (see above)."""
    return _GROWTH_KEY_RE.match(candidate.key) is not None and not _OTHERS_RE.search(candidate.sentence.text)
