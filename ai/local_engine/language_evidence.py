"""Where a resume shows a language: a languages list or line, a stated level or fluency ("fluent in French",
"German – B1"), or work done in it ("Spanish-speaking customers", "English teacher"). Not a school subject's
grade ("SPM – 6 credits including English", "English Language: Level 4, Mathematics: Level 3"), nor a
nationality's adjective before a noun ("for a German operator", "Italian large retail customers"). A level
below the fluency asked ("French (intermediate – B1)" for "Bilingual English and French") is partial."""

import re
from collections.abc import Sequence
from dataclasses import replace

from ai.local_engine.requirement_model import Requirement
from ai.local_engine.resume_view import CREDIT, Match, ResumeView
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


# The CEFR's levels, and the words a posting or a resume gives one by: "native", "fluent", "upper
# intermediate", "conversational", "basic" (LinkedIn's "Limited working proficiency" is the limit's).
_CEFR = {"A1": 1, "A2": 2, "B1": 3, "B2": 4, "C1": 5, "C2": 6}
_CEFR_RE = re.compile(r"\b(?:[ABC][12])\b")
_LEVEL_WORDS = (
    (re.compile(r"\b(?:basic|beginner|elementary|limited|learning)\b", re.I), 2),
    (re.compile(r"\b(?<!upper )(?<!upper-)(?:intermediate|conversational|working\s+knowledge)\b", re.I), 3),
    (re.compile(r"\bupper[- ]intermediate\b", re.I), 4),
    (re.compile(r"\b(?:bilingual\w*|fluen\w+|proficien\w+|advanced)\b", re.I), 5),
    (re.compile(r"\b(?:native|mother\s+tongue)\b", re.I), 6),
)
_FLUENT = 4  # the level a posting's "fluent", "bilingual" or "native-level" asks at least
_ITEM_BREAK_RE = re.compile(r"[,;|·•]")
_BRACKET_RE = re.compile(r"\(([^()]*)\)")
_BELOW_ASKED_CREDIT = 0.4
LOWER_LEVEL = "a lower level than asked"


def spoken_level(*, match: Match, view: ResumeView) -> Match:
    """Return a language's match at a partial credit when the resume's item for it states a level below the
    one asked ("French (intermediate – CEFR B1)" for "Bilingualism (English and French) is an asset",
    "German – A2" for "German at C1 level"), on its line or on the next one when that line is the level
    alone ("Spanish" then "Intermediate": a languages section laid out as name and level)."""
    language = match.matched or match.requirement.name
    asked = _level_asked(sentence=match.requirement.sentence, language=language)
    items = [item for item in _ITEM_BREAK_RE.split(match.evidence) if language.lower() in item.lower()]
    held = _level_held(text=items[0]) if len(items) == 1 else None
    if held is None and items == [match.evidence] and match.evidence.strip().lower() == language.lower():
        held = _level_below(view=view, evidence=match.evidence)
    if not match.credit or asked is None or held is None or held >= asked:
        return match
    return replace(match, credit=min(match.credit, _BELOW_ASKED_CREDIT), short_of=LOWER_LEVEL)


def _level_asked(*, sentence: str, language: str) -> int | None:
    """Return the level a posting's sentence asks of the language (the lowest CEFR level it names, or a
    fluency word's), read in the language's own bracket where that says more than languages ("isiXhosa an
    advantage" of "Fluent in English and Afrikaans (isiXhosa an advantage)"), else near its name
    ("Bilingualism (English and French) is an asset"; not "Advanced Excel; Spanish is a plus")."""
    at = sentence.find(language)
    if at < 0:
        return None
    text = sentence[max(0, at - _SPOKEN_NEAR) : at + len(language) + _SPOKEN_NEAR]
    for bracket in _BRACKET_RE.finditer(sentence):
        words = _WORD_RE.findall(bracket.group(1))
        if language in bracket.group(1) and any(
            w.lower() not in _JOINING_WORDS and not names_language(word=w, vocabulary=get_vocabulary())
            for w in words
        ):
            text = bracket.group(1)
    codes = [_CEFR[code] for code in _CEFR_RE.findall(text)]
    words = [level for pattern, level in _LEVEL_WORDS if pattern.search(text)]
    if codes:
        return min(codes)
    return min(max(words), _FLUENT) if words else None


def _level_held(*, text: str) -> int | None:
    """Return the level a resume's item states: its highest CEFR level, else its lowest level's word
    ("Limited working proficiency"), or None."""
    codes = [_CEFR[code] for code in _CEFR_RE.findall(text)]
    words = [level for pattern, level in _LEVEL_WORDS if pattern.search(text)]
    return max(codes) if codes else min(words) if words else None


# A line that is a level alone: "Intermediate", "Native Speaker", "Full professional proficiency", "B2".
_LEVEL_LINE_RE = re.compile(
    r"\W*(?:(?:[ABC][12]|native|speaker|mother|tongue|bilingual|fluent|advanced|upper|intermediate|"
    r"conversational|basic|beginner|elementary|limited|full|professional|working|proficiency|proficient|"
    r"level)\b\W*)+",
    re.IGNORECASE,
)


def _level_below(*, view: ResumeView, evidence: str) -> int | None:
    """Return the level the line after a language's own line states when that line is a level alone."""
    sentences = view.index.sentences
    for number, sentence in enumerate(sentences[:-1]):
        if sentence.text == evidence and _LEVEL_LINE_RE.fullmatch(sentences[number + 1].text):
            return _level_held(text=sentences[number + 1].text)
    return None


def written_in(*, requirement: Requirement, language: str) -> Match | None:
    """Return a match for a language the resume itself is written in ("Fluent English" for an English one)."""
    if language.lower() not in requirement.key.split():
        return None
    return Match(
        requirement=requirement,
        credit=CREDIT["prose"],
        evidence=f"(the resume is written in {language})",
        matched=language,
        via="written in",
        context="prose",
    )
