"""Where a resume shows a language: a languages list or line, a stated level or fluency ("fluent in French",
"German – B1"), or work done in it ("Spanish-speaking customers", "English teacher"). Not a school subject's
grade ("SPM – 6 credits including English", "English Language: Level 4, Mathematics: Level 3"), nor a
nationality's adjective before a noun ("for a German operator", "Italian large retail customers")."""

import re
from collections.abc import Sequence

from ai.local_engine.resume_view import ResumeView
from ai.local_engine.vocab import get_vocabulary, names_language
from ai.local_engine.word_uses import LANGUAGE_USE_WORDS

# A language is held where a resume lists its languages: a "Languages" section or a "Languages:" line.
# Europass's "Mother tongue(s): Polish", "Other language(s): German (B2), English (C1)" too.
LANGUAGES_LABEL_RE = re.compile(
    r"^\W*(?:(?:other|foreign)\s+)?(?:languages?(?:\(s\))?(?:\s+(?:spoken|known))?|spoken\s+languages?|"
    r"mother\s+tongues?(?:\(s\))?)\s*:",
    re.IGNORECASE,
)
# "Bilingual English/Spanish", "fluent in French", "Spanish (native)", "German – B1 (Goethe-Zertifikat)": a
# language said to be spoken, or its level stated on the CEFR's scale.
_SPOKEN_RE = re.compile(
    r"\b(?:bilingual|trilingual|multilingual|fluent|fluency|native|speaks?|speaking|spoken|proficient|"
    r"conversational|intermediate|mother\s+tongue|(?-i:[ABC][12]))\b",
    re.IGNORECASE,
)
_SPOKEN_NEAR = 30  # characters between the language's name and the word that says it is spoken


def said_spoken(*, text: str, language: str) -> bool:
    """Return whether the text says the language is spoken near its name ("fluent in French")."""
    at = text.lower().find(language.lower())
    return at >= 0 and bool(
        _SPOKEN_RE.search(text, max(0, at - _SPOKEN_NEAR), at + len(language) + _SPOKEN_NEAR)
    )


# Words after a language's name that say it is used or known ("English teacher", "German B1 course", "French
# Intermediate", "Spanish customer support", "the Spanish queues"): the name is the language, no nationality.
_USE_WORDS = LANGUAGE_USE_WORDS | frozenset(
    "typing oral verbal mother tongue first second medium teacher tutor instructor trainer teaching tuition "
    "lessons classes class course courses literature literacy grammar linguistics studies translations "
    "translating interpreting version text texts copy content correspondence editing proofreading subtitles "
    "localisation localization support calls chat chats desk helpdesk hotline queue queues tickets emails "
    "inquiries enquiries messages phone voice documents documentation manuals certificate certification test "
    "exam beginner elementary basic intermediate advanced expert conversational professional working limited "
    "bilingual good excellent full business upper pre read write speak proficient".split()
)
# Words that end a name's noun phrase without being its noun ("English and German", "German to English").
_JOINING_WORDS = frozenset("and or to from into in as with at for of by on plus the a an is are was".split())
_NEXT_WORDS_RE = re.compile(r"[ \t]+([A-Za-z]+)\b(?![-/])(?:[ \t]+([A-Za-z]+)\b)?")
# A school-leaving exam's line ("SPM", "HKDSE", "GCSEs", "A-Levels", "WASSCE", "Leaving Certificate") ...
_SCHOOL_EXAM_RE = re.compile(
    r"\b(?:SPM|STPM|HKDSE|HKCEE|I?GCSEs?|GCE|[OA][- ]?levels?|AS[- ]levels?|KCSE|KCPE|WAEC|WASSCE|NECO|SSCE|"
    r"CBSE|ICSE|SSLC|matric(?:ulation)?|leaving\s+cert\w*|junior\s+cert\w*|abitur|NCEA|CSEC|CXC|gaokao)\b",
    re.IGNORECASE,
)
# ... or a line of school subjects ("English: A, Maths: B") ...
_SCHOOL_SUBJECT_RE = re.compile(
    r"\b(?:mathematics|maths?|physics|chemistry|biology|history|geography|economics|accounting|commerce|"
    r"science)\b\s*(?:[:(–—-]|\s(?:grade|level)\b)",
    re.IGNORECASE,
)
# ... or the language's own grade after its name ("English: A", "English Language (B+)", "English – Level 4").
_GRADE_AFTER_RE = re.compile(
    r"(?:[ \t]+language)?[ \t]*[:(–—-][ \t]*(?:(?:grade|level)[ \t]*)?(?:[A-F][*+-]?|[1-9]\**)(?![\w+])",
    re.IGNORECASE,
)
_WORD_RE = re.compile(r"[^\W\d_]+")


def shows_a_language(
    *, view: ResumeView, places: Sequence[tuple[int, int]], asked: str
) -> list[tuple[int, int]]:
    """Return the places whose name shows the language: on a languages line, or said spoken there, or
    neither a school subject's grade (unless the posting's ``asked`` sentence names a school exam: "GCSE
    English and Maths at grade C/4") nor a nationality's adjective before a noun."""
    vocabulary = get_vocabulary()
    graded = _SCHOOL_EXAM_RE.search(asked) is None
    kept = []
    for number, offset in places:
        text = view.index.sentences[number].text
        name = _WORD_RE.match(text, offset) if offset >= 0 else None
        if (
            name is None
            or not names_language(word=name.group(), vocabulary=vocabulary)  # "te reo Māori": one name
            or view.sections[number] == "languages"
            or LANGUAGES_LABEL_RE.match(text)
            or said_spoken(text=text, language=name.group())
            or not (
                (graded and _school_grade(text=text, end=name.end()))
                or _nationality(text=text, end=name.end())
            )
        ):
            kept.append((number, offset))
    return kept


def _school_grade(*, text: str, end: int) -> bool:
    return bool(
        _SCHOOL_EXAM_RE.search(text) or _SCHOOL_SUBJECT_RE.search(text) or _GRADE_AFTER_RE.match(text, end)
    )


def _nationality(*, text: str, end: int) -> bool:
    """Return whether the name is an adjective before a noun ("German operator", "Italian large retail"):
    the next word is neither a joining word nor, with the one after it, a word of the language's use."""
    after = _NEXT_WORDS_RE.match(text, end)
    if after is None or after.group(1).lower() in _JOINING_WORDS:
        return False
    return not any(word and word.lower() in _USE_WORDS for word in after.groups())
