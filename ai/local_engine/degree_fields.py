"""Which subjects a recruiter takes as "a related field" of the one a posting names.

The families follow the broad fields of UNESCO's ISCED-F 2013 (the classification ESCO's qualifications use),
merged where recruiters treat neighbours as related: the sciences, mathematics, computing and engineering
read as one technical family ("Computer Science or a related technical field" accepts physics), economics
sits with business as well as the sciences ("a maths-heavy subject (engineering, physics, economics)"). A
subject word may belong to several families; two subjects are related when they share one. The words were
written from the classification, not read off any labelled pair.
"""

from ai.local_engine.text import normalized_words

_FAMILIES = {
    "technical": """technical stem scientific mathematics maths math statistics physics chemistry biology
        biochemistry geology astronomy science computer computing software informatics information data
        cybersecurity network networking
        engineering engineer electrical electronic electronics mechanical civil mechatronics aerospace
        industrial manufacturing hvac maintenance construction architecture robotics technology telecom
        telecommunications economics econometrics quantitative""",
    "business": """business administration management accounting accountancy finance financial marketing
        commerce economics mba bba supply chain logistics procurement operations human resources hr
        hospitality retail entrepreneurship""",
    "law": "law legal jurisprudence paralegal llb llm jd criminal justice",
    "health": """nursing bsn msn medicine medical health healthcare pharmacy dentistry biology biomedical
        physiology kinesiology nutrition dietetics therapy psychology counseling counselling epidemiology""",
    "social": """communication communications journalism media psychology sociology anthropology political
        politics history philosophy english literature linguistics language languages humanities arts art
        design music theatre education teaching pedagogy social counseling counselling""",
}
_FAMILY_OF: dict[str, frozenset[str]] = {}
for _family, _words in _FAMILIES.items():
    for _word in normalized_words(words=_words.split()):
        _FAMILY_OF[_word] = _FAMILY_OF.get(_word, frozenset()) | {_family}

# Words of a degree's own name, not of its subject: "Bachelor of Science in Biology" is a biology degree.
DEGREE_NAME_WORDS = normalized_words(
    words="science sciences arts art applied general studies liberal honours honors".split()
)

# Words that name a kind of subject, not one subject: "a health or science field", "a STEM discipline".
BROAD_FIELD_WORDS = normalized_words(
    words="science sciences scientific health healthcare technical stem quantitative life natural".split()
)

# The subjects a kind of science a posting names is made of: "a life science" is met by "B.S. Biology".
_SUBJECTS_OF_KIND = {
    "life": normalized_words(
        words="""biology biological bioscience biosciences biochemistry microbiology immunology genetics
        molecular neuroscience pharmacology physiology zoology botany ecology biotechnology biomedical anatomy
        toxicology virology""".split()
    ),
}


def of_kind_asked(*, asked: frozenset[str], subject: frozenset[str]) -> bool:
    """Return whether ``subject`` is one of a kind of science ``asked`` names ("a life science, nursing")."""
    return any(subject & _SUBJECTS_OF_KIND[kind] for kind in asked & _SUBJECTS_OF_KIND.keys())


def families_of(*, words: frozenset[str]) -> frozenset[str]:
    """Return the subject families ``words`` name (empty when none is known)."""
    found: frozenset[str] = frozenset()
    for word in words:
        found |= _FAMILY_OF.get(word, frozenset())
    return found


# One subject's other names: a "B.S. Accountancy" is a degree in accounting, "BSc Maths" in mathematics,
# "B.S. Biomedical Engineering" in bioengineering.
_SAME_SUBJECT = {
    "accountancy": "accounting",
    "maths": "mathematics",
    "math": "mathematics",
    "biomedical": "bioengineering",  # "Biomedical Engineering" is what many schools call bioengineering
}


def subject_words(*, words: frozenset[str]) -> frozenset[str]:
    """Return ``words`` without a degree's own name ("science"), unless nothing else is left ("a science"),
    each with the subject's usual name beside its other one ("accountancy": "accounting")."""
    words = words | {_SAME_SUBJECT[word] for word in words if word in _SAME_SUBJECT}
    specific = words - DEGREE_NAME_WORDS
    return specific or words
