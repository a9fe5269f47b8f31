"""Rewrites worth taking: an achievement sentence from the resume, strengthened without inventing anything.

Which sentence: one from the experience or projects sections that reads as an action (not a heading, a
contact line, a list or an objective), most relevant to the posting and with the most room to improve. Only
when the resume has none does a summary sentence qualify.

How it is rewritten (anti-fabrication by construction, and by tests):
- the sentence's own words and facts are kept; a weak opening is replaced only where the verb fits its
  object ("Responsible for managing the budget" -> "Managed the budget"; "Worked on the X team" stays, since
  "Delivered the X team" claims nothing true);
- at most two skills the resume proves elsewhere are woven in, in the resume's own spelling;
- a figure is asked for (in brackets) only where a result could be measured: an action with an outcome,
  no figure yet, not an objective or a summary.
"""

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ai.local_engine.cue_gates import Gate, case_blind, holds_any, may_match
from ai.local_engine.figure_requests import ask_for_figure, has_figure
from ai.local_engine.regex_guards import starts_guarded
from ai.local_engine.rewrite_wording import ANY_WEAK_OPENER, reads_as_action, strengthen, weave
from ai.local_engine.text import STOPWORDS, Sentence, tokenize
from ai.local_engine.vocab import everyday_words

MIN_WORDS = 5
MAX_WORDS = 45
MAX_REWRITES = 3
ACHIEVEMENT_SECTIONS = frozenset({"experience", "projects"})
FALLBACK_SECTIONS = frozenset({"summary", "other", "awards", "publications"})
_CONTACT_RE = starts_guarded(re.compile(r"@|https?://|www\.|\+?\d[\d\s().-]{7,}\d"))
# What a person wants, not what they did: "Seeking a role ...", "Recent graduate looking for a position
# where I can ...", and availability lines ("Available evenings and weekends").
_OBJECTIVE_RE = re.compile(
    r"^(?:seeking|looking for|to obtain|objective|aspiring|eager to|available)\b|"
    r"\b(?:looking for|seeking|hoping to|eager to)\s+(?:a|an|the|my|new|to)\b|\bwhere I can\b",
    re.IGNORECASE,
)
# Literal pieces one of which every match of _OBJECTIVE_RE holds (lower-cased): a sentence with none is
# passed over without running the case-blind pattern at every place.
_OBJECTIVE_PIECES = ("seeking", "looking for", "to obtain", "objective", "aspiring", "eager to", "available",
                     "hoping to", "where i can")  # fmt: skip
# Half a sentence: a PDF line break cut it ("2021), booking meetings ...", "... resulting in a").
_STARTS_MID_SENTENCE_RE = re.compile(
    r"^(?:[^A-Za-z]|(?:and|or|but|with|to|of|for|in|on|at|by|the|a|an|which|that|including|such|as)\b)"
)
# The last word of a sentence cut short (compared lower-cased, punctuation stripped).
_DANGLING_ENDS = frozenset(
    """a an the of to in for with and or by on at from as that into resulting using including via like
    such""".split()
)


def _objective(*, text: str) -> bool:
    lower = text.lower()
    return holds_any(words=_OBJECTIVE_PIECES, lower=lower) and _OBJECTIVE_RE.search(text) is not None


def _ends_mid_sentence(*, words: Sequence[str]) -> bool:
    last = re.sub(r"\W+", "", words[-1]).lower() if words else ""
    return not last or last in _DANGLING_ENDS


# A line that opens an entry of a resume ("Software Engineer, Acme (2019 - 2024)"): skills named in one
# entry were not used in another.
_ENTRY_DATE_RE = re.compile(r"\b(?:19|20)\d\d\b|\bpresent\b", re.IGNORECASE)
_ENTRY_DATE_GATE = Gate(any_of=("present",), digit=True)  # what every match of _ENTRY_DATE_RE holds
ENTRY_HEADING_MAX_WORDS = 12
# An entry's dates: "(Jun 2021 – Present)", "2019 - 2022", "March 2021 – Present".
_DATE_RANGE_RE = re.compile(
    r"\b(?:19|20)\d\d\s*(?:[-–—]|to)\s*(?:[A-Za-z]{3,9}\.?\s+)?(?:(?:19|20)\d\d\b|present\b|current\b|now\b)",
    re.IGNORECASE,
)
# A heading glued to its first sentence by the PDF ("Summary Innovative Web Developer with ...").
_GLUED_HEADING_RE = re.compile(r"^(?:summary|profile|about me|objective|overview)\s+(?=[A-Z])", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Rewrite:
    """A resume sentence (as written, line breaks cleaned) and its suggested rewrite."""

    sentence: str
    rewrite: str
    section: str
    score: float
    reasons: tuple[str, ...]


def clean(text: str) -> str:
    """Return ``text`` on one line: PDF line breaks and runs of spaces collapsed, bullets dropped."""
    return " ".join(text.replace("\u2022", " ").split()).strip(" -\u2013\u2014*")


def _entries(*, sentences: Sequence[Sentence], sections: Sequence[str]) -> list[int]:
    """Return, per sentence, the number of the resume entry it belongs to: a new section or a short line
    with a date ("Line Cook, Bistro 44 (2021 - present)") opens one."""
    entry, numbers = 0, []
    for number, (sentence, section) in enumerate(zip(sentences, sections, strict=True)):
        opens = number > 0 and section != sections[number - 1]
        words = sentence.text.split()
        if (
            len(words) <= ENTRY_HEADING_MAX_WORDS
            and may_match(gate=_ENTRY_DATE_GATE, text=sentence.text, lower=case_blind(sentence.text))
            and _ENTRY_DATE_RE.search(sentence.text)
        ):
            opens = True
        entry += opens
        numbers.append(entry)
    return numbers


def _entry_skills(
    *,
    number: int,
    entries: Sequence[int],
    norms: Callable[[int], frozenset[str]],
    proven: Sequence[tuple[str, frozenset[str]]],
    headings: frozenset[int],
) -> list[str]:
    """Return the proven skills (each with its words) that another sentence of the same entry names, most
    important first; ``norms(n)`` is sentence n's words. The entry's heading line does not count: it names
    the employer and the place ("Accounts Payable Specialist, Front Range Home (Lakewood, CO)"), not tools
    used for the work."""
    others = [
        norms(n)
        for n, entry in enumerate(entries)
        if entry == entries[number] and n != number and n not in headings
    ]
    return [term for term, words in proven if any(words <= seen for seen in others)]


def _words(text: str) -> frozenset[str]:
    return frozenset(t.norm for t in tokenize(text=text))


# A resume written all in capitals ("CARE FOR 1–2 CRITICALLY ILL ADULTS PER SHIFT"): its lines are read in
# sentence case, or none would be offered (every line reads as a heading).
SHOUTED_SHARE = 0.7


def _shouted(sentences: Sequence[Sentence]) -> bool:
    # Words of two letters or more: one all of letters counted by its length, the others letter by letter.
    words = [
        w
        for s in sentences
        for w in s.text.split()
        if (len(w) >= 2 if w.isalpha() else sum(map(str.isalpha, w)) >= 2)
    ]
    return bool(words) and sum(w.isupper() for w in words) >= SHOUTED_SHARE * len(words)


# Words of one or two letters that are no acronym ("IT", "HR", "QA" are): the everyday list holds 3+ letters.
_SHORT_WORDS = frozenset("a an as at be by in is of on or to up we my".split())


def sentence_case(text: str) -> str:
    """Return a line in capitals in sentence case; a word neither everyday nor a function word keeps its
    capitals, as a name or acronym ("MICU", "CRRT", "IT", "HR") does."""
    everyday = everyday_words()
    words = [
        w.lower()
        if w.isupper() and ((bare := w.lower().strip(".,;:()")) in everyday or bare in _SHORT_WORDS)
        else w
        for w in text.split(" ")
    ]
    joined = " ".join(words)
    return joined[:1].upper() + joined[1:]


def _candidates(*, sentences: Sequence[Sentence], sections: Sequence[str]) -> list[tuple[int, str, str]]:
    """Return (number, cleaned text, section) of the sentences a rewrite may start from."""
    chosen = []
    shouted = _shouted(sentences)
    for number, (sentence, section) in enumerate(zip(sentences, sections, strict=True)):
        text = _GLUED_HEADING_RE.sub("", clean(sentence.text))
        text = sentence_case(text) if shouted else text
        words = text.split()
        if (
            not MIN_WORDS <= len(words) <= MAX_WORDS
            or _CONTACT_RE.search(text)
            or _objective(text=text)
            or _STARTS_MID_SENTENCE_RE.match(text)
            or _ends_mid_sentence(words=words)
        ):
            continue
        letters = [w for w in words if w[:1].isalpha()]
        if len(letters) < MIN_WORDS - 1 or sum(1 for w in letters if w[:1].isupper()) > 0.6 * len(letters):
            continue  # a heading, a name line, a list of names
        if text.count(",") >= 4 and not reads_as_action(text=text):
            continue
        chosen.append((number, text, section))
    achievements = [c for c in chosen if c[2] in ACHIEVEMENT_SECTIONS and reads_as_action(text=c[1])]
    if achievements:
        return achievements
    return [c for c in chosen if c[2] in ACHIEVEMENT_SECTIONS or c[2] in FALLBACK_SECTIONS] or chosen


def rewrite_sentence(*, text: str, proven_terms: Sequence[str]) -> tuple[str, tuple[str, ...]]:
    """Return the rewrite of one (cleaned) sentence and the reasons for each change; ``proven_terms``: the
    skills its entry of the resume names."""
    improved, strengthened = strengthen(sentence=text)
    reasons = ["a stronger opening verb"] if strengthened else []
    improved, woven = weave(text=improved, original=text, skills=proven_terms)
    if woven:
        reasons.append("skills the same entry of the resume shows, named where they were used")
    improved, asked = ask_for_figure(text=improved, original=text)
    if asked:
        reasons.append("a result that could be measured, without a figure yet")
    return improved.rstrip(".") + ".", tuple(reasons)


def suggest_rewrites(
    *,
    sentences: Sequence[Sentence],
    sections: Sequence[str],
    job_terms: frozenset[str],
    proven_terms: Sequence[str],
    limit: int = MAX_REWRITES,
) -> list[Rewrite]:
    """Return up to ``limit`` sentence/rewrite pairs, best first (deterministic).

    ``job_terms``: the posting's words (normalised); ``proven_terms``: skills the resume shows, in its own
    spelling, most important first.
    """
    entries = _entries(sentences=sentences, sections=sections)
    headings = frozenset(
        n
        for n, sentence in enumerate(sentences)
        if len(sentence.text.split()) <= 2 * ENTRY_HEADING_MAX_WORDS and _DATE_RANGE_RE.search(sentence.text)
    )
    ranked = []
    for number, text, section in _candidates(sentences=sentences, sections=sections):
        words = {t.norm for t in tokenize(text=text)} - STOPWORDS
        relevance = len(words & job_terms)
        room = 1.0 + (0.0 if has_figure(text=text) else 1.0)
        room += 1.0 if ANY_WEAK_OPENER.match(text) else 0.0
        bonus = 0.5 if section in ACHIEVEMENT_SECTIONS else 0.0
        ranked.append(((relevance + 1) * room + bonus, -number, number, text, section))
    ranked.sort(reverse=True)
    offered: list[tuple[float, int, Rewrite]] = []
    proven = [(term, words) for term in proven_terms if (words := _words(term))]
    norms = functools.cache(lambda n: _words(sentences[n].text))
    for score, _, number, text, section in ranked[: 3 * limit]:
        skills = (
            _entry_skills(number=number, entries=entries, norms=norms, proven=proven, headings=headings)
            if proven
            else []
        )
        rewrite, reasons = rewrite_sentence(text=text, proven_terms=skills)
        # A rewrite that changes the wording (a stronger verb, skills named) is worth more than one that
        # only asks for a figure.
        worth = (
            0
            if _unchanged(rewrite=rewrite, sentence=text)
            else 1 + sum(not reason.startswith("a result") for reason in reasons)
        )
        offered.append(
            (
                score * (1.0 + 0.25 * max(0, worth - 1)) if worth else -1.0,
                -number,
                Rewrite(
                    sentence=text, rewrite=rewrite, section=section, score=round(score, 2), reasons=reasons
                ),
            )
        )
    offered.sort(key=lambda item: (item[0], item[1]), reverse=True)
    changed = [rewrite for worth, _, rewrite in offered if worth >= 0]
    # A suggestion that changes nothing is offered only when nothing else is (the seed's two fields).
    return changed[:limit] or [rewrite for _, _, rewrite in offered[:1]]


# No sentence has a weak opening, a missing figure or a proven skill to name: say so, not the same words.
KEEP_AS_WRITTEN = "Keep this sentence as written: it needs no stronger verb, figure or skill added."


def _unchanged(*, rewrite: str, sentence: str) -> bool:
    """Return whether a rewrite says the sentence's words as written: a capital first letter and a full stop
    added ("managing the paperwork for 12 loans" -> "Managing the paperwork for 12 loans.") change nothing."""
    first, second = rewrite.rstrip(".;, "), sentence.rstrip(".;, ")
    return first[:1].lower() + first[1:] == second[:1].lower() + second[1:]


def recommended(best: Rewrite | None) -> str:
    """Return the seed's ``recommended_improvement`` for the best suggestion (or none)."""
    if best is None:
        return ""
    return KEEP_AS_WRITTEN if _unchanged(rewrite=best.rewrite, sentence=best.sentence) else best.rewrite
