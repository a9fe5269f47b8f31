"""Facts a job posting states by pattern: importance cues, years asked, certificates (the title:
``job_title``; degree levels: ``degree_levels``)."""

import re
from dataclasses import dataclass

from ai.local_engine.cue_gates import case_blind, holds_any
from ai.local_engine.regex_guards import starts_guarded
from ai.local_engine.text import Sentence

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
        # ("Desired Candidate Profile", an Indian job board's heading of what is asked, is no preference)
        r"\b(nice[- ]to[- ]have|preferred|preferably|extra credit|"
        r"an? (?:(?:big|huge|definite|real|great|major|added) )?plus|bonus|desirable|"
        r"desired(?![ \t]+(?:candidate[ \t]+)?profile\b)|ideally|"
        r"advantage|advantageous|good to have|optional|would be great|appreciated|helpful|an asset|"
        r"(?:highly|well)[ \t]+regarded|"  # Australia's "will be highly regarded"
        r"not (necessary|required|a must|mandatory|essential))\b",
        re.IGNORECASE,
    )
)
# One of which every preferred cue holds: most texts hold none, and are not searched.
_PREFERRED_WORDS = (
    *("nice", "prefer", "extra credit", "plus", "bonus", "desir", "ideally", "advantage", "good to have"),
    *("optional", "would be great", "appreciated", "helpful", "an asset", "not ", "regarded"),
)


def _preferred_cue(*, text: str, end: int | None = None) -> re.Match[str] | None:
    """Return the first preferred cue in ``text`` (before ``end``), or None."""
    if not holds_any(words=_PREFERRED_WORDS, lower=case_blind(text)):
        return None
    return _PREFERRED_CUES.search(text, 0, len(text) if end is None else end)


_REQUIRED_CUES = starts_guarded(
    re.compile(
        # ("It would be great if you have": a condition, not what is required)
        r"\b(requirements?|required|must[- ]haves?|must|essential|mandatory|minimum|qualifications|"
        r"(?<!\bif )you have|"
        r"what you bring|we expect|need to have)\b",
        re.IGNORECASE,
    )
)
_HEADING_MAX_TOKENS = 8
CERTIFICATION_RE = re.compile(
    # A number after a capitalised word is part of the name: "EPA Section 608", "ISO 9001 Lead Auditor".
    # Two bodies' names slashed are one credential's either name: "TEFL/TESOL certificate".
    r"(?:[A-Z][\w+#.]*(?:/[A-Z][\w+#.]*)?(?:[ -]\d[\w.]*)?[ -]){0,5}"
    r"(?:[Cc]ertified|[Cc]ertification|[Cc]ertificate)"
    r"(?:[ -][A-Z][\w+#.]*){0,5}"
)
SENIORITY_WORDS = frozenset(
    {"senior", "junior", "lead", "principal", "staff", "sr", "jr", "head", "chief", "mid"}
)


# Words a heading of preferred things is made of ("Preferred Qualifications", "Skills that are a plus").
_HEADING_WORDS = frozenset(
    """skills skill qualifications qualification experience requirements requirement knowledge extras extra
    points what that are is would be also and the of you your we it if have has things nice good great
    additional education certifications certification licenses licences training languages other added an a
    will""".split()
)
# A heading that names its items as assets ("Assets", "Additional assets:"), a Canadian posting's pluses.
_ASSETS_HEADING_RE = re.compile(r"^(?:(?:additional|other)\s+)?assets\s*:?$", re.IGNORECASE)


_MARKS_RE = re.compile(r"^[^\w(]+|[^\w:.)!]+$")
# A line that ends where its list begins: "It would be great if you have", "What you'll bring".
_OPENS_A_LIST_RE = re.compile(r"\b(?:you|you'll|you’ll|you will)\s+(?:\w+\s+){0,2}?(?:have|bring)$", re.I)


def _is_heading(*, sentence: Sentence) -> bool:
    """Return whether a short sentence is a heading: not the first clause of a line ("BSN preferred;"), not a
    thing named with its cue ("Python a plus", "BSN preferred"), which is one line's importance only. Marks
    before the words are no part of it ("💡 Good to have", "** Nice to have **")."""
    text = _MARKS_RE.sub("", sentence.text)
    if text.endswith(":") or _OPENS_A_LIST_RE.search(text):
        return True
    if text.endswith((";", ",")) or len(text.split()) > 4:
        return False
    cue = _preferred_cue(text=text)
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
    separators = [";", ",", " and "] if ";" in sentence.text else [",", " and "]
    clauses: list[tuple[int, int, str]] = []
    _cut(text=sentence.text, start=sentence.start, separators=separators, clauses=clauses)
    return tuple(clauses)


def _cut(*, text: str, start: int, separators: list[str], clauses: list[tuple[int, int, str]]) -> None:
    """Add the clauses of ``text`` cut at its first separator, a piece naming both cues (a run-on
    paragraph's "GED is required and a degree is preferred") cut again at the next one."""
    separator, rest = separators[0], separators[1:]
    pieces = text.split(separator)
    # "USAID indicators and reporting requirements is desirable": a piece joined by "and" without a cue of
    # its own takes the cue after it
    after = [
        PREFERRED if _preferred_cue(text=piece) else REQUIRED if _REQUIRED_CUES.search(piece) else ""
        for piece in pieces
    ]
    for index in range(len(after) - 2, -1, -1):
        after[index] = after[index] or (after[index + 1] if separator == " and " else "")
    position = 0
    for piece, level in zip(pieces, after, strict=True):
        preferred = _preferred_cue(text=piece) is not None
        if rest and preferred and _REQUIRED_CUES.search(piece):
            _cut(text=piece, start=start + position, separators=rest, clauses=clauses)
        else:
            # "OSHA 30 is a plus, as is the ability to speak Spanish": the clause before's level
            same = clauses and _AS_IS_RE.match(piece)
            level = clauses[-1][2] if same else level or REQUIRED
            clauses.append((start + position, start + position + len(piece) + len(separator), level))
        position += len(piece) + len(separator)


_AS_IS_RE = re.compile(r"\s*as (?:is|are|would be|will be)\b", re.IGNORECASE)


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
    brackets = [m for m in _BRACKET_RE.finditer(sentence.text) if _preferred_cue(text=m.group())]
    if (
        not brackets
        or _preferred_cue(text=_BRACKET_RE.sub(" ", sentence.text))
        or any(_CUE_ONLY_BRACKET_RE.fullmatch(m.group()) for m in brackets)
    ):
        return ()
    return tuple((sentence.start + m.start(), sentence.start + m.end(), PREFERRED) for m in brackets)


# "..., preferably in apparel", "...; ideally with Kafka": an adverb after a comma qualifies what follows it.
_PREFERRED_TAIL_RE = re.compile(r"[,;]\s*(?:and\s+|but\s+)?(?:preferably|ideally)\b", re.IGNORECASE)
_CLAUSE_END_RE = re.compile(r"[,;]")


# "Fluent English and Dutch – German is a big plus": the last clause says it is a plus of itself.
_PLUS_CLAUSE_RE = re.compile(
    r"(?:[,;]|\s[–—-])\s*(?!.*[,;])[^,;]*?\b(?:is|are|would be)\s+(?:also\s+)?an?\s+(?:\w+\s+)?"
    r"(?:plus|bonus|advantage|asset)\W*$|"
    # "Valid Ontario Certificate of Qualification (433A) – Red Seal preferred": a name of a few words after
    # the line's last dash, with its own cue
    r"\s[–—]\s*(?!.*[,;–—])(?:[\w&+/.'-]+\s+){1,4}?(?:preferred|desirable|desired|advantageous)\W*$",
    re.IGNORECASE,
)
# One of which every match of _PLUS_CLAUSE_RE holds (most sentences have none).
_PLUS_WORDS = ("plus", "bonus", "advantage", "asset", "preferred", "desir")


def _preferred_tail(*, sentence: Sentence) -> tuple[tuple[int, int, str], ...]:
    """Return the phrase after ", preferably" / ", ideally" (up to a comma or semicolon) as its one preferred
    clause, when no preferred cue stands before it (else nothing); or a last clause saying it is a plus
    ("..., German is a big plus")."""
    text = sentence.text
    # (a bracket's commas end no clause: "SAP logistics modules (SD, MM, PP) is an advantage" is one)
    plus = (
        _PLUS_CLAUSE_RE.search(_BRACKET_RE.sub(lambda m: "(" + " " * (len(m.group()) - 2) + ")", text))
        if holds_any(words=_PLUS_WORDS, lower=case_blind(text))
        else None
    )
    if plus is not None and not _preferred_cue(text=text, end=plus.start()):
        return ((sentence.start + plus.start(), sentence.start + len(text) + 1, PREFERRED),)
    match = _PREFERRED_TAIL_RE.search(text)
    if match is None or _preferred_cue(text=text, end=match.start()):
        return ()
    # The adverb qualifies a short phrase: the next comma or semicolon ends it ("..., ideally in fintech,
    # and strong SQL": SQL stays asked as the sentence asks it).
    end = _CLAUSE_END_RE.search(text, match.end())
    stop = len(text) + 1 if end is None else end.start()
    return ((sentence.start + match.start(), sentence.start + stop, PREFERRED),)


# A label opening a line of things asked, up to its colon ("Nice to have:", "Extra credit:").
_PREFERENCE_LABEL_RE = re.compile(r"^[^:]{1,30}:")
# A label of a few words with what it asks after its colon, on one line ("Essential: a full driving licence").
_LABEL_RE = re.compile(r"^((?:[\w'’/-]+[ \t]*){1,4}):[ \t]*\w")


def _label_importance(*, sentence: Sentence) -> str | None:
    """Return the importance a line's own label gives ("Desirable: experience of X" preferred, "Essential: a
    full driving licence" required; "" for a label of neither, "Education: ..."), or None for no label."""
    if ":" not in sentence.text:  # (most lines: the label ends at its colon)
        return None
    label = _LABEL_RE.match(_MARKS_RE.sub("", sentence.text))
    if label is None:
        return None
    if _preferred_cue(text=label.group(1)):
        return PREFERRED
    return REQUIRED if _REQUIRED_CUES.search(label.group(1)) else ""


# A bullet marker opening a line: its item stands under the line before that has none.
_BULLET_LINE_RE = re.compile(r"[ \t]*[•▪●◦■·\-–—*>][ \t]*$")


def _bulleted(*, sentence: Sentence, text: str) -> bool:
    """Return whether a bullet marker stands before the sentence on its line."""
    line_start = text.rfind("\n", 0, sentence.start) + 1
    return _BULLET_LINE_RE.fullmatch(text, line_start, sentence.start) is not None


def importance_by_sentence(*, sentences: list[Sentence], text: str = "") -> Importance:
    """Return each sentence's importance, from section headings, a line's label and cues inside the
    sentence (``text``, the posting, shows which lines are bullets)."""
    section = REQUIRED
    result: dict[int, str] = {}
    clauses: dict[int, tuple[tuple[int, int, str], ...]] = {}
    labelled = False  # the last sentence ran on with ";" after a preference label ("Nice to have: A; B; C")
    # What a line's label ("Desirable: ...") gives it and the bullets under it ("- Y" after "Desirable: X");
    # a line of the same list after it ("Desirable: X" then "Full UK driving licence") is the heading's again
    label_level, carries = "", False
    for sentence in sentences:
        carried, labelled = labelled, False
        short = len(sentence.text.split()) <= _HEADING_MAX_TOKENS
        bracketed = _bracketed_preferences(sentence=sentence)
        if short and not bracketed and _is_heading(sentence=sentence):
            bare = _MARKS_RE.sub("", sentence.text)
            if _preferred_cue(text=sentence.text) or _ASSETS_HEADING_RE.match(bare):
                section = PREFERRED
            elif _REQUIRED_CUES.search(sentence.text):
                section = REQUIRED
        own_label = _label_importance(sentence=sentence)
        if own_label is not None:
            label_level = own_label  # the line itself
            carries = bool(text) and not _bulleted(sentence=sentence, text=text)
        elif not (label_level and carries and _bulleted(sentence=sentence, text=text)):
            label_level = ""
        section, heading_section = label_level or section, section
        if bracketed:
            # "Bachelor's degree (MBA preferred)", "Python (Django a plus)": only the bracket is a plus.
            result[sentence.start], clauses[sentence.start] = section, bracketed
        elif tail := _preferred_tail(sentence=sentence):
            # "3+ years of retail management, preferably in apparel": only the tail is a plus.
            result[sentence.start], clauses[sentence.start] = section, tail
        elif _preferred_cue(text=sentence.text):
            result[sentence.start] = PREFERRED
            if not short and _REQUIRED_CUES.search(sentence.text):
                clauses[sentence.start] = _mixed_clauses(sentence=sentence)
            label = _PREFERENCE_LABEL_RE.match(sentence.text)
            labelled = label is not None and _preferred_cue(text=label.group()) is not None
            labelled = labelled and sentence.text.rstrip().endswith(";")
        elif carried and not _REQUIRED_CUES.search(sentence.text):
            result[sentence.start] = PREFERRED  # "...; Spanish language skills." after "Nice to have:"
            labelled = sentence.text.rstrip().endswith(";")
        else:
            result[sentence.start] = section
        section = heading_section
    return Importance(by_sentence=result, clauses=clauses)
