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

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ai.local_engine.text import STOPWORDS, Sentence, first_norm, starts_guarded, tokenize

METRIC_HINT = "[add a real figure: how much, how many or how fast]"
MAX_ADDED_SKILLS = 2
MIN_WORDS = 5
MAX_WORDS = 45
MAX_REWRITES = 3
ACHIEVEMENT_SECTIONS = frozenset({"experience", "projects"})
FALLBACK_SECTIONS = frozenset({"summary", "other", "awards", "publications"})
_CONTACT_RE = starts_guarded(re.compile(r"@|https?://|www\.|\+?\d[\d\s().-]{7,}\d"))
_OBJECTIVE_RE = re.compile(r"^(seeking|looking for|to obtain|objective|aspiring|eager to)\b", re.IGNORECASE)
# An action whose result can be counted: these verbs open sentences that deserve a figure.
MEASURABLE_VERBS = frozenset(
    """built improved reduced increased optimized optimised launched grew delivered migrated automated
    designed developed led scaled cut saved shipped served implemented created managed ran raised sold
    expanded accelerated boosted streamlined deployed established introduced redesigned rebuilt maintained
    trained organized organised analyzed analysed supported handled owned""".split()
)
# Weak openings and the plainer wording that keeps their meaning: "{past}" turns the "-ing" word that follows
# into the past tense ("Responsible for managing X" -> "Managed X"); without one, the opening stays.
_WEAK_OPENERS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(rf"^(?:i\s+)?(?:was\s+|were\s+)?{pattern}\s+", re.IGNORECASE), replacement)
    for pattern, replacement in (
        (r"responsible\s+for", "{past}"),
        (r"in\s+charge\s+of", "{past}"),
        (r"tasked\s+with", "{past}"),
        (r"duties\s+included", "{past}"),
        (r"worked\s+on", "{past}"),
        (r"helped(?:\s+with)?(?=\s+(?:the|a|an|our|my|their|his|her)\b)", "Supported"),
        (r"assisted\s+(?:with|in)", "Supported"),
        (r"involved\s+in", "Contributed to"),
        (r"participated\s+in", "Contributed to"),
        (r"took\s+part\s+in", "Contributed to"),
    )
)
# Work with people, not with tools: no tool is woven into "Mentored 3 junior engineers" or "Scaled the team".
PEOPLE_VERBS = frozenset(
    "mentored coached hired recruited supervised onboarded taught interviewed advised guided".split()
)
_PEOPLE_OBJECT_RE = re.compile(
    r"\b(?:team|teams|engineers|developers|people|staff|members|interns|reports)\b", re.I
)
# Where a tool goes: before a trailing result clause (", improving ...", ", which ..."), not after it.
_RESULT_CLAUSE_RE = re.compile(r",\s+(?:\w+ing\b|which\b|resulting\b|leading to\b)")
# A heading glued to its first sentence by the PDF ("Summary Innovative Web Developer with ...").
_GLUED_HEADING_RE = re.compile(r"^(?:summary|profile|about me|objective|overview)\s+(?=[A-Z])", re.IGNORECASE)
# Whether any weak opening starts a sentence, in one match instead of one per opening.
_ANY_WEAK_OPENER = re.compile("|".join(f"(?:{p.pattern})" for p, _ in _WEAK_OPENERS), re.IGNORECASE)
_IRREGULAR_PAST = {
    "build": "built", "write": "wrote", "run": "ran", "lead": "led", "make": "made", "teach": "taught",
    "drive": "drove", "bring": "brought", "set": "set", "put": "put", "keep": "kept", "find": "found",
    "hold": "held", "get": "got", "give": "gave", "take": "took", "buy": "bought", "sell": "sold",
    "meet": "met", "grow": "grew", "begin": "began", "choose": "chose", "speak": "spoke", "cut": "cut",
}  # fmt: skip


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
    return " ".join(text.replace("•", " ").split()).strip(" -–—*")


def _past_tense(*, gerund: str) -> str | None:
    """Return the past tense of an "-ing" word ("managing" -> "managed", "building" -> "built"), or None."""
    if not gerund.lower().endswith("ing") or len(gerund) < 6:
        return None
    stem = gerund[:-3].lower()
    for base in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem):
        if base in _IRREGULAR_PAST:
            return _IRREGULAR_PAST[base]
    if stem.endswith("e"):
        return stem + "d"
    return stem[:-1] + "ed" if stem[-1:] == stem[-2:-1] else stem + "ed"


def strengthen(*, sentence: str) -> tuple[str, bool]:
    """Return the sentence with a weak opening replaced where the verb fits, and whether it changed."""
    body = sentence.strip().rstrip(".;,")
    for pattern, replacement in _WEAK_OPENERS:
        match = pattern.match(body)
        if not match:
            continue
        rest = body[match.end() :]
        if replacement == "{past}":
            first, _, remainder = rest.partition(" ")
            past = _past_tense(gerund=first)
            if past is None:  # "Worked on the X team": no verb to keep, so the opening stays
                break
            return f"{past[:1].upper()}{past[1:]} {remainder}".rstrip(), True
        return f"{replacement} {rest}", True
    return body[:1].upper() + body[1:], False


def _reads_as_action(*, text: str) -> bool:
    first = first_norm(text=text)
    return first.endswith("ed") or first in MEASURABLE_VERBS or bool(_ANY_WEAK_OPENER.match(text))


def _candidates(*, sentences: Sequence[Sentence], sections: Sequence[str]) -> list[tuple[int, str, str]]:
    """Return (number, cleaned text, section) of the sentences a rewrite may start from."""
    chosen = []
    for number, (sentence, section) in enumerate(zip(sentences, sections, strict=True)):
        text = _GLUED_HEADING_RE.sub("", clean(sentence.text))
        words = text.split()
        if not MIN_WORDS <= len(words) <= MAX_WORDS or _CONTACT_RE.search(text) or _OBJECTIVE_RE.match(text):
            continue
        letters = [w for w in words if w[:1].isalpha()]
        if len(letters) < MIN_WORDS - 1 or sum(1 for w in letters if w[:1].isupper()) > 0.6 * len(letters):
            continue  # a heading, a name line, a list of names
        if text.count(",") >= 4 and not _reads_as_action(text=text):
            continue
        chosen.append((number, text, section))
    achievements = [c for c in chosen if c[2] in ACHIEVEMENT_SECTIONS and _reads_as_action(text=c[1])]
    if achievements:
        return achievements
    return [c for c in chosen if c[2] in ACHIEVEMENT_SECTIONS or c[2] in FALLBACK_SECTIONS] or chosen


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def rewrite_sentence(*, text: str, proven_terms: Sequence[str]) -> tuple[str, tuple[str, ...]]:
    """Return the rewrite of one (cleaned) sentence and the reasons for each change."""
    improved, strengthened = strengthen(sentence=text)
    reasons = ["a stronger opening verb"] if strengthened else []
    present = {t.norm for t in tokenize(text=text)}
    added: list[str] = []
    # A sentence that already says how ("in Python", "with Docker", "using ...") gets no more tools: they
    # would read as if used for this very work.
    first_word = first_norm(text=improved)
    about_people = first_word in PEOPLE_VERBS or (
        first_word in {"led", "managed", "scaled", "grew", "built"}
        and _PEOPLE_OBJECT_RE.search(" ".join(improved.split()[1:5])) is not None
    )
    if (
        _reads_as_action(text=improved)
        and not about_people
        and not re.search(r"\b(using|with|in|by)\b", text, re.IGNORECASE)
    ):
        for term in proven_terms:
            words = {t.norm for t in tokenize(text=term)}
            if term and words and not words <= present and term not in added:
                added.append(term)
            if len(added) == MAX_ADDED_SKILLS:
                break
    if added:
        clause = _RESULT_CLAUSE_RE.search(improved)
        where = clause.start() if clause else len(improved)
        improved = f"{improved[:where]} using {_join(added)}{improved[where:]}"
        reasons.append("skills the resume shows elsewhere, named where they were used")
    first = first_norm(text=improved)
    measurable = first in MEASURABLE_VERBS or (first.endswith("ed") and len(first) > 4)
    if measurable and not any(map(str.isdigit, text)):
        improved += f", {METRIC_HINT}"
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
    ranked = []
    for number, text, section in _candidates(sentences=sentences, sections=sections):
        words = {t.norm for t in tokenize(text=text)} - STOPWORDS
        relevance = len(words & job_terms)
        room = 1.0 + (0.0 if any(map(str.isdigit, text)) else 1.0)
        room += 1.0 if _ANY_WEAK_OPENER.match(text) else 0.0
        bonus = 0.5 if section in ACHIEVEMENT_SECTIONS else 0.0
        ranked.append(((relevance + 1) * room + bonus, -number, text, section))
    ranked.sort(reverse=True)
    changed: list[Rewrite] = []
    unchanged: list[Rewrite] = []  # a suggestion that changes nothing is offered last
    for score, _, text, section in ranked:
        rewrite, reasons = rewrite_sentence(text=text, proven_terms=proven_terms)
        same = rewrite.rstrip(".") == text.rstrip(".")
        (unchanged if same else changed).append(
            Rewrite(sentence=text, rewrite=rewrite, section=section, score=round(score, 2), reasons=reasons)
        )
        if len(changed) == limit:
            break
    return (changed + unchanged)[:limit]
