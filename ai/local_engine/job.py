"""Facts a job posting states by pattern: importance cues, years asked, title, certificates (degree levels:
``degree_levels``)."""

import math
import re
from dataclasses import dataclass

from ai.local_engine.text import Sentence, starts_guarded, tokenize
from ai.local_engine.vocab import Vocabulary

# Candidate categories the extractor's threshold applies to (soft skills are kept whenever matched).
HARD_CATEGORIES = frozenset({"tool", "knowledge", "language", "skill", "phrase"})
# A hard candidate scoring below the extractor's threshold by at most this much is a tentative keyword: it is
# never shown as matched and never scored, but a resume that lacks it is told so (after the confident ones).
# Picked on SkillSpan dev (margins 0-4 tried): the smallest whose missing-keyword recall on the ablation
# pairs reaches 85% (86.3%, precision 96.5%; 71.7% / 99.6% without tentative keywords).
TENTATIVE_MARGIN = 2.0
REQUIRED = "required"
PREFERRED = "preferred"

_PREFERRED_CUES = starts_guarded(
    re.compile(
        r"\b(nice[- ]to[- ]have|preferred|preferably|a plus|is a plus|bonus|desirable|desired|ideally|"
        r"advantage|advantageous|good to have|optional|would be great|appreciated|helpful|an asset|"
        r"not (necessary|required|a must|mandatory|essential))\b",
        re.IGNORECASE,
    )
)
_REQUIRED_CUES = starts_guarded(
    re.compile(
        r"\b(requirements?|required|must[- ]haves?|must|essential|mandatory|minimum|qualifications|you have|"
        r"what you bring|we expect|need to have)\b",
        re.IGNORECASE,
    )
)
_HEADING_MAX_TOKENS = 8
# "Two years of grounds maintenance experience": a count in words, as public-sector postings write it.
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_YEARS_RE = re.compile(
    r"(\d{1,2}|\b(?:one|two|three|four|five|six|seven|eight)\b)\s*\+?\s*(?:(?:-|–|to)\s*\d{1,2}\s*\+?\s*)?"
    r"(?:\(\d{1,2}\)\s*)?(?:years?|yrs?)\b(?:\s+of)?",
    re.IGNORECASE,
)
CERTIFICATION_RE = re.compile(
    # A number after a capitalised word is part of the name: "EPA Section 608", "ISO 9001 Lead Auditor".
    r"(?:[A-Z][\w+#.]*(?:[ -]\d[\w.]*)?[ -]){0,5}(?:[Cc]ertified|[Cc]ertification|[Cc]ertificate)"
    r"(?:[ -][A-Z][\w+#.]*){0,5}"
)
SENIORITY_WORDS = frozenset(
    {"senior", "junior", "lead", "principal", "staff", "sr", "jr", "head", "chief", "mid"}
)


# Words a heading of preferred things is made of ("Preferred Qualifications", "Skills that are a plus").
_HEADING_WORDS = frozenset(
    """skills skill qualifications qualification experience requirements requirement knowledge extras extra
    points what that are is would be also and the of you your we it if have has things nice good great
    additional education certifications certification licenses licences training languages other""".split()
)


def _is_heading(*, sentence: Sentence) -> bool:
    """Return whether a short sentence is a heading: not the first clause of a line ("BSN preferred;"), not a
    thing named with its cue ("Python a plus", "BSN preferred"), which is one line's importance only."""
    text = sentence.text
    if text.endswith(":"):
        return True
    if text.endswith((";", ",")) or len(text.split()) > 4:
        return False
    cue = _PREFERRED_CUES.search(text)
    if cue is None or text[cue.end() :].strip(" .!") or cue.start() == 0:
        return True
    return all(word.lower().strip(".,'()") in _HEADING_WORDS for word in text[: cue.start()].split())


@dataclass(frozen=True, slots=True)
class Importance:
    """Required or preferred, by sentence; a sentence that mixes both cues ("Requirements: ..., BSN
    preferred, ...") is read clause by clause."""

    by_sentence: dict[int, str]
    clauses: dict[int, tuple[tuple[int, int, str], ...]]

    def at(self, *, sentence_start: int, position: int) -> str:
        """Return the importance of what is named at ``position`` of the sentence starting at
        ``sentence_start``."""
        for start, end, level in self.clauses.get(sentence_start, ()):
            if start <= position < end:
                return level
        return self.by_sentence.get(sentence_start, REQUIRED)


def _mixed_clauses(*, sentence: Sentence) -> tuple[tuple[int, int, str], ...]:
    """Return (start, end, importance) of each clause of a sentence naming both a required and a preferred
    cue; a clause is cut at semicolons, or at commas when there is no semicolon."""
    separator = ";" if ";" in sentence.text else ","
    clauses = []
    position = 0
    for piece in sentence.text.split(separator):
        level = PREFERRED if _PREFERRED_CUES.search(piece) else REQUIRED
        clauses.append((sentence.start + position, sentence.start + position + len(piece) + 1, level))
        position += len(piece) + 1
    return tuple(clauses)


# An entry-level posting: its title says so, or the text asks for new or recent graduates. A posting for
# graduates, interns or trainees is for up to 2 years of experience; a junior one for up to 3.
_GRADUATE_TITLE_RE = re.compile(
    r"\b(?:new[- ]grad(?:uate)?s?|graduate|entry[- ]level|intern|internship|trainee|apprentice|"
    r"early[- ]career)\b",
    re.IGNORECASE,
)
_JUNIOR_TITLE_RE = re.compile(r"\b(?:junior|jr\.?)(?=\s|$)", re.IGNORECASE)
_GRADUATE_TEXT_RE = re.compile(
    r"\b(?:new grads?|new graduates?|recent graduates?|entry[- ]level|graduating (?:by|in)|"
    r"early[- ]career)\b",
    re.IGNORECASE,
)
# "New graduates welcome to apply", "recent grads are also considered": open to them, not only for them.
_ALSO_WELCOME_RE = re.compile(r"\b(?:welcome[ds]?|encouraged|considered|also|too|as well)\b", re.IGNORECASE)
GRADUATE_YEARS = 2
JUNIOR_YEARS = 3


def _graduates_asked(*, text: str) -> bool:
    """Return whether the text asks for graduates or entry-level hires: not a name's capitalised words ("Pass
    the POST Entry-Level Dispatcher exam")."""
    return any(
        not (match.group()[:1].isupper() and text[: match.start()].strip()[-1:].isalpha())
        for match in _GRADUATE_TEXT_RE.finditer(text)
    )


def entry_level_years(*, sentences: list[Sentence]) -> int | None:
    """Return the most years of experience an entry-level posting is for, or None for any other posting."""
    if not sentences:
        return None
    if _GRADUATE_TITLE_RE.search(sentences[0].text) or any(
        _graduates_asked(text=s.text) and not _ALSO_WELCOME_RE.search(s.text) for s in sentences
    ):
        return GRADUATE_YEARS
    return JUNIOR_YEARS if _JUNIOR_TITLE_RE.search(sentences[0].text) else None


_BRACKET_RE = re.compile(r"\([^()]*\)")
# A bracket that holds nothing but the cue qualifies the whole item: "Reach truck licence (desirable)".
_CUE_ONLY_BRACKET_RE = re.compile(
    r"\(\s*(?:nice[- ]to[- ]have|preferred|preferable|a plus|desirable|desired|optional|bonus)\s*\)",
    re.IGNORECASE,
)


def _bracketed_preferences(*, sentence: Sentence) -> tuple[tuple[int, int, str], ...]:
    """Return the brackets that hold the sentence's only preferred cues, as preferred clauses (none when a
    cue stands outside a bracket)."""
    if "(" not in sentence.text:
        return ()
    brackets = [m for m in _BRACKET_RE.finditer(sentence.text) if _PREFERRED_CUES.search(m.group())]
    if (
        not brackets
        or _PREFERRED_CUES.search(_BRACKET_RE.sub(" ", sentence.text))
        or any(_CUE_ONLY_BRACKET_RE.fullmatch(m.group()) for m in brackets)
    ):
        return ()
    return tuple((sentence.start + m.start(), sentence.start + m.end(), PREFERRED) for m in brackets)


# "..., preferably in apparel", "...; ideally with Kafka": an adverb after a comma qualifies what follows it.
_PREFERRED_TAIL_RE = re.compile(r"[,;]\s*(?:and\s+|but\s+)?(?:preferably|ideally)\b", re.IGNORECASE)
_CLAUSE_END_RE = re.compile(r"[,;]")


def _preferred_tail(*, sentence: Sentence) -> tuple[tuple[int, int, str], ...]:
    """Return the phrase after ", preferably" / ", ideally" (up to a comma or semicolon) as its one preferred
    clause, when no preferred cue stands before it (else nothing)."""
    text = sentence.text
    match = _PREFERRED_TAIL_RE.search(text)
    if match is None or _PREFERRED_CUES.search(text, 0, match.start()):
        return ()
    # The adverb qualifies a short phrase: the next comma or semicolon ends it ("..., ideally in fintech,
    # and strong SQL": SQL stays asked as the sentence asks it).
    end = _CLAUSE_END_RE.search(text, match.end())
    stop = len(text) + 1 if end is None else end.start()
    return ((sentence.start + match.start(), sentence.start + stop, PREFERRED),)


def importance_by_sentence(*, sentences: list[Sentence]) -> Importance:
    """Return each sentence's importance, from section headings and cues inside the sentence."""
    section = REQUIRED
    result: dict[int, str] = {}
    clauses: dict[int, tuple[tuple[int, int, str], ...]] = {}
    for sentence in sentences:
        short = len(sentence.text.split()) <= _HEADING_MAX_TOKENS
        bracketed = _bracketed_preferences(sentence=sentence)
        if short and not bracketed and _is_heading(sentence=sentence):
            if _PREFERRED_CUES.search(sentence.text):
                section = PREFERRED
            elif _REQUIRED_CUES.search(sentence.text):
                section = REQUIRED
        if bracketed:
            # "Bachelor's degree (MBA preferred)", "Python (Django a plus)": only the bracket is a plus.
            result[sentence.start], clauses[sentence.start] = section, bracketed
        elif tail := _preferred_tail(sentence=sentence):
            # "3+ years of retail management, preferably in apparel": only the tail is a plus.
            result[sentence.start], clauses[sentence.start] = section, tail
        elif _PREFERRED_CUES.search(sentence.text):
            result[sentence.start] = PREFERRED
            if not short and _REQUIRED_CUES.search(sentence.text):
                clauses[sentence.start] = _mixed_clauses(sentence=sentence)
        else:
            result[sentence.start] = section
    return Importance(by_sentence=result, clauses=clauses)


# "Must be 18 years or older", "aged 21 years and over": an age, not experience.
_NOT_EXPERIENCE_BEFORE_RE = re.compile(
    r"\b(?:(?:within|every|after|next|first|last|past|up\s+to)\s+(?:the\s+)?|(?:be|aged?)\s+(?:at\s+least\s+)?)$",
    re.IGNORECASE,
)
_NOT_EXPERIENCE_AFTER_RE = re.compile(
    r"\s*(?:(?:of\s+)?age\b|old\b|ago\b|contract|term\b|from\b|(?:or|and)\s+(?:older|over|above)\b)",
    re.IGNORECASE,
)


# "6+ months of barista experience", "at least 9 months' experience in retail": under a year, asked as one.
_MONTHS_RE = re.compile(
    r"\b(\d{1,2})\s*\+?\s*months?['’]?(?:\s+of)?(?:\s+[\w-]+){0,4}?\s+experience\b", re.IGNORECASE
)


def years_of(*, text: str, name: str) -> bool:
    """Return whether the posting's sentence ``text`` asks for years of ``name`` ("1+ year of customer service
    experience", "3 years' experience in payroll"): the years' own subject, a few words after the count."""
    if min_years(sentences=[Sentence(text=text, start=0, end=len(text))]) is None:
        return False
    subject = re.escape(name.lower())
    return (
        re.search(
            rf"\b(?:years?|yrs?|months?)['’]?(?:\s+(?:of|in|as|with))?(?:\s+[\w-]+){{0,3}}?\s+{subject}\b",
            text.lower(),
        )
        is not None
    )


def min_years(*, sentences: list[Sentence]) -> int | None:
    found = []
    for sentence in sentences:
        for match in _MONTHS_RE.finditer(sentence.text):
            if 1 <= int(match.group(1)) <= 24 and not _NOT_EXPERIENCE_BEFORE_RE.search(
                sentence.text, 0, match.start()
            ):
                found.append(math.ceil(int(match.group(1)) / 12))
        for match in _YEARS_RE.finditer(sentence.text):
            count = match.group(1).lower()
            years = _NUMBER_WORDS[count] if count in _NUMBER_WORDS else int(count)
            if (
                1 <= years <= 20
                and not _NOT_EXPERIENCE_BEFORE_RE.search(sentence.text, 0, match.start())
                and not _NOT_EXPERIENCE_AFTER_RE.match(sentence.text, match.end())
            ):
                found.append(years)
    return max(found) if found else None


_NOT_TITLE_WORDS = frozenset(
    {"job", "description", "position", "title", "role", "vacancy", "hiring", "opening"}
)


def job_title(*, sentences: list[Sentence], vocabulary: Vocabulary) -> str | None:
    """Return the job title from the posting's first lines ("Senior Front End Engineer"), or None."""
    for number, sentence in enumerate(sentences[:6]):
        tokens = tokenize(text=sentence.text)
        if len(tokens) > 12:
            continue
        for index, token in enumerate(tokens):
            if token.norm in vocabulary.role_nouns:
                first = index
                while (
                    first > 0
                    and index - first < 4
                    and tokens[first - 1].text[:1].isupper()
                    and tokens[first - 1].norm not in _NOT_TITLE_WORDS
                    and ":" not in sentence.text[tokens[first - 1].end : tokens[first].start]
                ):
                    first -= 1
                # "Chief" is no seniority in "Chief Operating Officer": it makes the title a C-suite one.
                while (
                    first < index
                    and tokens[first].norm in SENIORITY_WORDS
                    and not (tokens[first].norm == "chief" and token.norm == "officer")
                ):
                    first += 1
                key = " ".join(t.norm for t in tokens[first : index + 1])
                # "Groundskeeper II" alone on the first line: a title, though no title list has the word.
                if key in vocabulary.titles or index - first >= 1 or (number == 0 and len(tokens) <= 3):
                    return sentence.text[tokens[first].start : token.end]
    return None
