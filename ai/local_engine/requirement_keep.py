"""Which of a posting's keyword candidates are requirements: kept, tentative (shown only when nothing
firmer is asked), or neither.

The extractor's score decides in running text; a named tool, an example after "such as", and an item of an
enumeration of short noun phrases are kept further below its threshold, since a posting lists them to be
asked for. Work with or leading of other people ("work with product managers and data scientists",
"leading engineers") is asked as collaboration or leadership, wherever the words stand.
"""

import re
from dataclasses import replace

from ai.local_engine.candidates import Candidate
from ai.local_engine.duty_lines import duty_object
from ai.local_engine.employer_sentences import about_us
from ai.local_engine.enumerations import enumeration_items
from ai.local_engine.job import TENTATIVE_MARGIN
from ai.local_engine.language import detect_language
from ai.local_engine.list_words import listed_beside
from ai.local_engine.name_forms import is_named
from ai.local_engine.named_examples import named_tool_spans
from ai.local_engine.never_asked import never_asked
from ai.local_engine.people_acts import posting_people_acts
from ai.local_engine.phrases import cue_clauses
from ai.local_engine.posting import Posting
from ai.local_engine.requirement_asked import ENUMERATION_MARGIN, asked
from ai.local_engine.text import Sentence, normalize_phrase
from ai.local_engine.vocab import Vocabulary, everyday_words
from ai.local_engine.whole_names import WHOLE_NAME, whole_names

# How far below the extractor's threshold a named tool is still a requirement (SkillSpan dev, 0-3 tried).
_LOWER_CASE_MIN = 5  # asking sentences, most opening in lower case: a posting written all in lower case


# What joins two alternatives: "account management or customer success".
_OR_JOIN_RE = re.compile(r",?[ \t]+or[ \t]+")


def _or_alternatives(
    *, kept: list[Candidate], tentative: list[Candidate], text: str
) -> tuple[list[Candidate], list[Candidate]]:
    """Return the kept and tentative candidates with a tentative one joined by "or" to a kept skill or tool
    the vocabulary knows kept too ("3+ years in account management or customer success"): one is offered
    for the other, so both name the requirement (the builder makes it one)."""
    named = [c for c in kept if c.concept_id is not None]  # a skill or tool the vocabulary knows
    ends = {c.end for c in named}
    starts = {c.start for c in named}
    joined = [
        c
        for c in tentative
        if any(_OR_JOIN_RE.fullmatch(text, end, c.start) for end in ends if c.sentence.start <= end < c.start)
        or any(
            _OR_JOIN_RE.fullmatch(text, c.end, start) for start in starts if c.end < start < c.sentence.end
        )
    ]
    if not joined:
        return kept, tentative
    return sorted([*kept, *joined], key=lambda c: c.start), [c for c in tentative if c not in joined]


def _names_cut_from_verbs(*, kept: list[Candidate], text: str) -> list[Candidate]:
    """Return the kept candidates with a name the vocabulary does not know, offered by "or" with a tool it
    knows, cut from the lower-case words read into it before ("You will have used Quillon Ledger or Xero":
    the verb is no part of the name "Quillon Ledger")."""
    starts = {c.start for c in kept if c.concept_id is not None}
    cut = []
    for candidate in kept:
        words = candidate.text.split(" ")
        lower = next((n for n, w in enumerate(words) if not w[:1].islower()), len(words))
        if (
            candidate.concept_id is None
            and 0 < lower < len(words)
            and all(w.isalpha() and w in everyday_words() for w in words[:lower])
            and all(w[:1].isupper() for w in words[lower:])
            and any(_OR_JOIN_RE.fullmatch(text, candidate.end, start) for start in starts)
        ):
            skipped = len(" ".join(words[:lower])) + 1
            name = candidate.text[skipped:]
            candidate = replace(
                candidate, text=name, key=normalize_phrase(text=name), start=candidate.start + skipped
            )
        cut.append(candidate)
    return cut


def _named_tool_item(*, candidate: Candidate, items: frozenset[tuple[int, int]]) -> bool:
    return (
        candidate.category == "tool"
        and candidate.concept_id is not None
        and is_named(text=candidate.text)
        and (candidate.start, candidate.end) in items
    )


def _listed_with_kept_tools(
    *,
    kept: list[Candidate],
    passed: list[Candidate],
    items: frozenset[tuple[int, int]],
    vocabulary: Vocabulary,
) -> list[Candidate]:
    """Return the named tools of an enumeration ("Python, Django, PostgreSQL, Redis, Docker") the extractor
    passed over in a sentence where it kept at least two, and at least as many as it passed over: listed
    alike, they are asked alike (a bare list's first item, with nothing before it, scores low)."""
    found = []
    for sentence in sorted({c.sentence.start for c in passed}):
        kept_tools = [
            c for c in kept if c.sentence.start == sentence and _named_tool_item(candidate=c, items=items)
        ]
        passed_tools = [
            c for c in passed if c.sentence.start == sentence and _named_tool_item(candidate=c, items=items)
        ]
        if len(kept_tools) >= 2 and len(kept_tools) >= len(passed_tools):
            found += [c for c in passed_tools if c.score >= vocabulary.threshold - ENUMERATION_MARGIN]
    return found


# Where experience was gained, after it: "3-5 years of purchasing experience in a manufacturing environment",
# "experience in a warehouse or distribution environment". The setting is read with the experience asked (its
# years and field, judged in the details), not screened for as a keyword of its own; it stays tentative.
_EXPERIENCE_IN_A_RE = re.compile(
    r"\b(?:experience|years?|yrs)\b[^.;:\n]{0,60}?\b(?:in|within)\s+(?:a|an)\s+(?:[\w-]+\s+(?:or|and)\s+)?$",
    re.IGNORECASE,
)
_SETTING_HEADS = frozenset({"environment", "setting"})


def _setting_of_experience(*, candidate: Candidate, text: str) -> bool:
    return (
        candidate.concept_id is None
        and candidate.key.rsplit(" ", 1)[-1] in _SETTING_HEADS
        and _EXPERIENCE_IN_A_RE.search(
            text, max(candidate.sentence.start, candidate.start - 90), candidate.start
        )
        is not None
    )


def sort_candidates(
    *,
    candidates: list[Candidate],
    posting: Posting,
    certificates: list[tuple[int, int, Sentence]],
    vocabulary: Vocabulary,
) -> tuple[list[Candidate], list[Candidate]]:
    """Return the candidates kept as requirements and the tentative ones, in reading order."""
    # "Knowledge of the New Roads and Street Works Act 1991": the law, not "New Roads"
    candidates = whole_names(candidates=candidates, text=posting.text)
    english = detect_language(text=posting.text).code == "en"
    asks = posting.asks()
    clauses = {sentence.start: cue_clauses(sentence=sentence) for sentence in asks}
    items = frozenset(span for sentence in asks for span in enumeration_items(sentence=sentence))
    alike = [span for sentence in asks for span in named_tool_spans(sentence=sentence)]
    # "design end-to-end flows in figma": a posting written in lower case names its tools so too
    lower_case = 5 * sum(s.text[:1].islower() for s in asks) >= 3 * len(asks) >= 3 * _LOWER_CASE_MIN
    kept: list[Candidate] = []
    tentative_candidates: list[Candidate] = []
    passed: list[Candidate] = []  # neither junk nor kept
    for candidate in candidates:
        if never_asked(
            candidate=candidate, posting=posting, certificates=certificates, vocabulary=vocabulary
        ):
            continue
        if WHOLE_NAME in candidate.features or asked(
            candidate=candidate,
            posting=posting,
            vocabulary=vocabulary,
            english=english,
            clauses=clauses[candidate.sentence.start],
            items=items,
            alike=alike,
            lower_case=lower_case,
        ):
            if _setting_of_experience(candidate=candidate, text=posting.text):
                tentative_candidates.append(candidate)  # "in a manufacturing environment": where, not what
            else:
                kept.append(candidate)
        else:
            passed.append(candidate)
            if candidate.score >= vocabulary.threshold - TENTATIVE_MARGIN and candidate.concept_id is None:
                tentative_candidates.append(candidate)
    kept = sorted(
        [*kept, *_listed_with_kept_tools(kept=kept, passed=passed, items=items, vocabulary=vocabulary)],
        key=lambda c: c.start,
    )  # named tools, never tentative (a tentative candidate is one no vocabulary names)
    # "manage accounts payable and VAT returns", "automated tests and documentation": asked alike
    kept, tentative_candidates = listed_beside(
        kept=kept,
        tentative=tentative_candidates,
        passed=passed,
        text=posting.text,
        vocabulary=vocabulary,
    )
    kept, tentative_candidates = _or_alternatives(
        kept=kept, tentative=tentative_candidates, text=posting.text
    )
    kept = _names_cut_from_verbs(kept=kept, text=posting.text)
    acts = [
        a
        for s in asks
        if not about_us(sentence=s.text)
        for a in posting_people_acts(sentence=s, vocabulary=vocabulary)
    ]
    # The act is the requirement, not a soft word inside it ("Mentor other" of "Mentor other engineers").
    kept = [c for c in kept if c.category != "soft" or not any(a.start <= c.start < a.end for a in acts)]
    kept += acts
    kept.sort(key=lambda candidate: candidate.start)
    # "Perform maintenance tune-ups for our members": a duty line nothing else of is asked asks its object
    held = {c.sentence.start for c in kept}
    unsure = {id(c) for c in tentative_candidates}
    objects = [
        c
        for c in passed
        if c.sentence.start not in held
        and id(c) not in unsure
        and duty_object(candidate=c, threshold=vocabulary.threshold)
    ]
    return kept, sorted([*tentative_candidates, *objects], key=lambda candidate: candidate.start)
