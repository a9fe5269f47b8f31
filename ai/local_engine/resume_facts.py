"""What a resume shows, whatever the posting: its sections, bare lists, runs of names and the concepts each
sentence names. Computed once per resume text and shared by every analysis of it."""

import functools
import re
from dataclasses import dataclass

from ai.local_engine.cue_gates import SCHOOL_OR_YEAR_GATE, folded, may_match, narrow_gates
from ai.local_engine.degree_levels import degree_levels_of
from ai.local_engine.people_act_gates import PEOPLE_ACT_GATES
from ai.local_engine.people_acts import people_acts_in
from ai.local_engine.regex_guards import starts_guarded
from ai.local_engine.resume import ResumeIndex, index_resume
from ai.local_engine.resume_acts import open_acts, resume_acts_in
from ai.local_engine.rewrite_wording import reads_as_action
from ai.local_engine.role_title_lines import role_title_lines
from ai.local_engine.sections import is_bare_list
from ai.local_engine.structure import line_role, sentence_sections
from ai.local_engine.taxonomy import expand_concepts
from ai.local_engine.text import Sentence
from ai.local_engine.vocab import get_vocabulary
from ai.local_engine.vocabulary_matches import token_breaks, vocabulary_matches

# A line of this many words or fewer is a list item ("Python", "AWS Lambda"), not a sentence.
LIST_ITEM_MAX_TOKENS = 3
LIST_MIN_ITEMS = 3
LIST_NAME_MAX_TOKENS = 8  # a longer item inside a run of short ones is still a listed name
LONG_LIST_ITEMS = 4
# Gated by cue_gates.SCHOOL_OR_YEAR_GATE: a new school word needs its literal there too.
_SCHOOL_OR_YEAR_RE = starts_guarded(
    re.compile(
        r"\b(?:19|20)\d\d\b|univers|college|institut|school|academy|polytechnic|faculty|hochschule", re.I
    )
)
_ITEM_RE = re.compile(r"[^,;|•·/\n]+")  # a line break ends an item too
_ITEM_END_RE = re.compile(r"[,;|•·/\n]")
# What stands between the items of a line cut into sentences at its bullets or bars ("EICR · RAMS").
_BULLET_GAP_RE = re.compile(r"\s*[•▪●◦■·|]\s*")
_HELD_LINE_SECTIONS = frozenset({"certifications", "header", "contact"})
# Resumes whose facts are kept: a user re-runs one resume against many postings (and a comparison grid).
RESUME_CACHE_SIZE = 64


@dataclass(frozen=True, slots=True)
class ResumeFacts:
    """What a resume shows, whatever the posting: sections, bare lists, concepts and their sentences."""

    index: ResumeIndex
    sections: tuple[str, ...]
    bare: tuple[bool, ...]
    concept_sentences: dict[int, tuple[tuple[int, int], ...]]  # concept -> (sentence, char offset)
    list_spans: tuple[tuple[tuple[int, int], ...], ...]
    shown: dict[int, int]
    degree_levels: tuple[tuple[int, ...], ...]  # per sentence: the degree levels it names
    keyword_lines: tuple[bool, ...]  # per sentence: a line of four or more keywords
    title_lines: frozenset[int]  # the experience lines that are a role's own title


@functools.lru_cache(maxsize=RESUME_CACHE_SIZE)
def resume_facts(*, text: str) -> ResumeFacts:
    """Return the resume's facts, computed once per resume text (analyses of one resume share them)."""
    vocabulary = get_vocabulary()
    index = index_resume(text=text)
    concept_sentences: dict[int, list[tuple[int, int]]] = {}
    # The acts and gates cut to the literals the resume holds anywhere: the others are not looked for in
    # each sentence.
    lower = folded(text)
    acts = open_acts(text=text)
    people = narrow_gates(gates=PEOPLE_ACT_GATES, text=text, lower=lower)
    school_gate = narrow_gates(gates={"school": SCHOOL_OR_YEAR_GATE}, text=text, lower=lower)["school"]
    for number, (sentence, tokens) in enumerate(zip(index.sentences, index.tokens, strict=True)):
        if not tokens:
            continue
        token_list = list(tokens)
        breaks = token_breaks(
            sentence=Sentence(text=sentence.text, start=0, end=len(sentence.text)), tokens=token_list
        )
        matches = vocabulary_matches(tokens=token_list, breaks=breaks, vocabulary=vocabulary, posting=False)
        for first, (_, concept) in matches.items():
            concept_sentences.setdefault(concept, []).append((number, tokens[first].start))
        # "Partnered with designers", "mentored two junior developers": shown as the posting asks for it.
        shown = {}
        for concept, match in people_acts_in(text=sentence.text, vocabulary=vocabulary, gates=people):
            shown.setdefault(concept, match.start())  # a sentence shows a skill once, where it first does
        for concept, start in resume_acts_in(text=sentence.text, vocabulary=vocabulary, acts=acts):
            shown.setdefault(concept, start)  # "grew a book of 140 accounts": account management
        for concept, start in shown.items():
            concept_sentences.setdefault(concept, []).append((number, start))
    sentences = list(index.sentences)
    sections = sentence_sections(text=text)
    # Each line is tested once for a school or a year, not once per line whose window holds it.
    school_or_year = [
        school_gate is not None
        and may_match(gate=school_gate, text=sentence.text, lower=folded(sentence.text))
        and _SCHOOL_OR_YEAR_RE.search(sentence.text) is not None
        for sentence in sentences
    ]
    runs = [list_runs(text=sentence.text) for sentence in sentences]
    keyword_lines = _keyword_lines(
        sentences=sentences,
        sections=sections,
        runs=runs,
        school_or_year=school_or_year,
        cut=_cut_list_lines(text=text, sentences=sentences, sections=sections),
    )
    degree_levels = []
    for n, (sentence, section) in enumerate(zip(sentences, sections, strict=True)):
        levels = ()
        # (a line of keywords, or an item of one cut at its bullets, "EICR · BS 5266 · RAMS", names no degree)
        if not keyword_lines[n] and _states_education(
            school_or_year=school_or_year[max(0, n - 1) : n + 2], section=section
        ):
            levels = tuple(degree_levels_of(text=sentence.text))
            if levels and not school_or_year[n] and runs[n]:
                levels = tuple(degree_levels_of(text=_outside(text=sentence.text, runs=runs[n])))
        degree_levels.append(levels)
    return ResumeFacts(
        index=index,
        sections=sections,
        bare=tuple(is_bare_list(text=sentence.text) for sentence in sentences),
        concept_sentences={concept: tuple(places) for concept, places in concept_sentences.items()},
        list_spans=tuple(runs),
        shown=expand_concepts(concepts=set(concept_sentences), vocabulary=vocabulary),
        keyword_lines=keyword_lines,
        title_lines=role_title_lines(
            texts=[sentence.text for sentence in sentences],
            norms=index.sentence_norms,
            sections=sections,
            keyword_lines=keyword_lines,
        ),
        # A degree among keywords ("..., Bachelor's degree in X, Excel") is a keyword, unless the line also
        # names a school or a year ("B.Sc., MIT, 2015").
        degree_levels=tuple(degree_levels),
    )


def _outside(*, text: str, runs: tuple[tuple[int, int], ...]) -> str:
    """Return the part of a line outside its runs of listed names."""
    kept, position = [], 0
    for start, end in runs:
        kept.append(text[position:start])
        position = end
    return " ".join([*kept, text[position:]])


def _states_education(*, school_or_year: list[bool], section: str) -> bool:
    """Return whether a line can show the resume's own degree: in Education, or beside (``school_or_year``:
    the line and its neighbours name) a school or a year ("BSc Physics, ETH Zürich, 2014")."""
    return section == "education" or any(school_or_year)


def _keyword_lines(
    *,
    sentences: list[Sentence],
    sections: tuple[str, ...],
    runs: list[tuple[tuple[int, int], ...]],
    school_or_year: list[bool],
    cut: list[tuple[int, ...]],
) -> tuple[bool, ...]:
    """Return, per line, whether it lists four or more keywords (``_keyword_line``), or is an item of such a
    line cut at its bullets (``cut``: ``_cut_list_lines``).

    A role's heading line in Experience with its dates on the line beside it ("Dental Hygienist, Puget Sound
    Dental Group, Tacoma, WA" over "Aug 2021 – present", "Assistant Accountant | Harbour Foods | Mombasa"
    over "2016 – 2019") is the role, not a list.
    """
    lines = [
        (n, n, _keyword_line(text=sentence.text, runs=line_runs, school_or_year=has_school))
        for n, (sentence, line_runs, has_school) in enumerate(
            zip(sentences, runs, school_or_year, strict=True)
        )
    ]
    lines += [(line[0], line[-1], True) for line in cut]
    flags = [False] * len(sentences)
    for first, last, flag in lines:
        if flag and sections[first] == "experience":
            beside = sentences[max(0, first - 1) : first] + sentences[last + 1 : last + 2]
            flag = not any(line_role(text=other.text) == "date" for other in beside)
        for n in range(first, last + 1):
            flags[n] = flags[n] or flag
    return tuple(flags)


def _keyword_line(*, text: str, runs: tuple[tuple[int, int], ...], school_or_year: bool) -> bool:
    """Return whether a line lists four or more keywords and names no school or year, as an entry in
    Education does ("B.Tech, Computer Science, IIT Delhi, 2014-2018")."""
    if school_or_year or runs != ((0, len(text)),):
        return False
    return len(_ITEM_RE.findall(text)) >= LONG_LIST_ITEMS


def _cut_list_lines(
    *, text: str, sentences: list[Sentence], sections: tuple[str, ...]
) -> list[tuple[int, ...]]:
    """Return the sentences of each keyword line cut at its bullets or bars ("Fault finding ·
    Emergency lighting · Periodic inspection and testing · EICR · RAMS"): each item is a sentence of its
    own, and the line, not the item, is the list. Under a credentials heading, below the name and among the
    contact lines each item is one held ("VIRGINIA RN LICENSE · BLS · ACLS · CCRN"), as on a line of its
    own."""
    lines: dict[int, list[int]] = {}  # the start of a line -> its sentences
    for number, sentence in enumerate(sentences):
        lines.setdefault(text.rfind("\n", 0, sentence.start) + 1, []).append(number)
    cut = []
    for start, numbers in lines.items():
        if (
            len(numbers) < 2  # most lines are one sentence: no line cut into items
            or sections[numbers[0]] in _HELD_LINE_SECTIONS
            or not all(
                _BULLET_GAP_RE.fullmatch(text[sentences[before].end : sentences[after].start])
                for before, after in zip(numbers, numbers[1:], strict=False)
            )  # (not sentences ending on one line: "... Welsh (conversational). Full UK driving licence.")
        ):
            continue
        line = text[start : sentences[numbers[-1]].end]
        if _keyword_line(
            text=line, runs=list_runs(text=line), school_or_year=_SCHOOL_OR_YEAR_RE.search(line) is not None
        ):
            cut.append(tuple(numbers))
    return cut


@functools.lru_cache(maxsize=8192)
def list_runs(*, text: str) -> tuple[tuple[int, int], ...]:
    """Return the character spans where a sentence lists names: three or more short items in a row, which
    a longer name among them ("Bachelor's degree in accounting or finance") does not interrupt (read once
    per sentence: the resume's reading and the restated-posting test both ask)."""
    if not _ITEM_END_RE.search(text):
        return ()  # one item at most: no run
    items = [(m.start(), m.end()) for m in _ITEM_RE.finditer(text) if text[m.start() : m.end()].strip()]
    short = sum(1 for start, end in items if len(text[start:end].split()) <= LIST_ITEM_MAX_TOKENS)
    if short >= LIST_MIN_ITEMS and 3 * short >= 2 * len(items):
        first, last = 0, len(items) - 1
        while last > 0 and len(text[items[last][0] : items[last][1]].split()) > LIST_NAME_MAX_TOKENS:
            last -= (
                1  # "... water, sewer and street plans for subdivisions in Civil 3D": prose after the list
            )
        if reads_as_action(text=text):
            while (
                first < last and len(text[items[first][0] : items[first][1]].split()) > LIST_NAME_MAX_TOKENS
            ):
                first += 1  # "Run weekly payrolls for 450 staff in Sage 50, processing starters, ...": a duty
        return ((items[first][0], items[last][1]),)  # a list, all of it
    runs: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    for start, end in [*items, (0, 0)]:
        if end > start and len(text[start:end].split()) <= LIST_NAME_MAX_TOKENS:
            run.append((start, end))
            continue
        while run and len(text[run[-1][0] : run[-1][1]].split()) > LIST_ITEM_MAX_TOKENS:
            run.pop()  # a run ends at its last short item
        while run and len(text[run[0][0] : run[0][1]].split()) > LIST_ITEM_MAX_TOKENS:
            run.pop(0)
        shorts = sum(1 for s, e in run if len(text[s:e].split()) <= LIST_ITEM_MAX_TOKENS)
        if shorts >= LIST_MIN_ITEMS and 2 * shorts >= len(run):
            runs.append((run[0][0], run[-1][1]))
        run = []
    return tuple(runs)
