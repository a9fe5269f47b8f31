"""Where a resume's work shows each requirement met, and for how long: every such sentence, not only the one
picked as evidence, and the dated roles that hold them.

A contractor writes "Built Spring Boot services for the coupons feature" in one contract and "Spring Boot
REST APIs for order tracking" in the next; the evidence is one sentence, but both contracts are Java work.
A requirement asked with its own years ("2+ years of running Kubernetes in production") is met in full only
by roles that show it adding up to them (or a claim: "4 years of Kubernetes").
"""

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from ai.local_engine.cue_gates import case_blind, holds_any
from ai.local_engine.experience import covered_years
from ai.local_engine.job_years import YEARS_WORDS, years_asked_of, years_of
from ai.local_engine.requirement_model import JobRequirements, Requirement
from ai.local_engine.requirements import HARD_KINDS
from ai.local_engine.resume_dates import MONTH, MONTH_NUMBERS
from ai.local_engine.resume_view import WORK_SECTIONS, Match, ResumeView
from ai.local_engine.text import tokenize


def _runs(*, view: ResumeView, words: list[str]) -> set[int]:
    """Return the sentences that write ``words`` in a row."""
    if not words:
        return set()
    return {
        number
        for number, first in view.index.positions.get(words[0], ())
        if list(view.index.sentence_norms[number][first : first + len(words)]) == words
    }


def shown_in(*, match: Match, view: ResumeView, contexts: frozenset[str] = WORK_SECTIONS) -> frozenset[int]:
    """Return the sentences in ``contexts`` (by default the work: experience or projects, not a list nor a
    line copied from the posting) that show ``match``'s requirement: its evidence, and every other one
    writing what matched, the requirement's own words or an alternative's, or a concept it asks (or a
    narrower one)."""
    requirement = match.requirement
    numbers = {n for n, s in enumerate(view.index.sentences) if s.text == match.evidence}
    # (what matched is most often the requirement's own key: each run of words is searched for once)
    runs = {
        tuple(token.norm for token in tokenize(text=words))
        for words in (match.matched, requirement.key, *requirement.alternative_keys)
    }
    for words in runs:
        numbers |= _runs(view=view, words=list(words))
    for concept in {requirement.concept_id, *requirement.alternative_concepts} - {None}:
        source = view.shown.get(concept)
        numbers |= {n for n, _ in view.concept_sentences.get(source, ())} if source is not None else set()
    return frozenset(n for n in numbers if view.context(number=n) in contexts)


def relevant_sentences(*, matches: Iterable[Match], view: ResumeView) -> set[int]:
    """Return the work sentences that show a met requirement the years may be asked in: a skill, tool,
    field or credential ("1+ year of customer service experience": the work the years are asked in, of any
    kind), not a language ("English and Spanish queues" make no support job a psychologist's)."""
    numbers: set[int] = set()
    for m in matches:
        kind = m.requirement.kind
        if (
            m.met
            and m.context in WORK_SECTIONS
            and (
                (kind in HARD_KINDS and kind != "language")
                or years_of(text=m.requirement.sentence, name=m.requirement.name)
            )
        ):
            numbers |= shown_in(match=m, view=view)
    return numbers


# A requirement shown for fewer years than asked keeps at least this share of its credit: it is shown, only
# not for as long ("Kubernetes" in the skills list, no dated role holding it).
LEAST_YEARS_SHARE = 0.25
# Kinds a posting asks years of: not a language nor a degree ("5 years" of a degree is its length).
_NOT_YEARS_KINDS = frozenset({"language", "degree"})
# A line of the resume that says since when its work was done: "Since January 2025, part of the two-person
# team moving three internal services ... to Amazon EKS" (a part of the role, not all of it).
_SINCE_RE = re.compile(rf"^\W*since\s+(?:({MONTH})\s+)?((?:19|20)\d\d)\b", re.IGNORECASE)
# A claim of years is read in the writer's own lines, not in a list nor a line copied from the posting.
_OWN_CONTEXTS = frozenset({"experience", "projects", "prose"})
_ROLE_CONTEXTS = _OWN_CONTEXTS | {"list"}
_NO_WORK_CONTEXTS = frozenset({"list", "projects"})


def _names(requirement: Requirement) -> tuple[str, ...]:
    """Return the words a requirement may be asked or claimed by: its name, the posting's, an alternative."""
    return tuple(
        dict.fromkeys(n for n in (requirement.name, requirement.asked_as, *requirement.alternatives) if n)
    )


def asked_years(*, requirement: Requirement, asks: Sequence[str]) -> tuple[int, str] | None:
    """Return the years the posting asks of the requirement itself ("2+ years of running Kubernetes in
    production", "1+ year Kafka") and the sentence asking them (the most of any that do), else None."""
    names = _names(requirement)
    found = [
        (years, text)
        for text in asks
        for name in names
        if (years := years_asked_of(text=text, name=name)) is not None
    ]
    return max(found, default=None)


def _since(text: str) -> float | None:
    """Return when a line's work began where the line says so ("Since January 2025, ..."), else None."""
    match = _SINCE_RE.match(text)
    if match is None:
        return None
    month = MONTH_NUMBERS[match.group(1)[:3].lower()] if match.group(1) else 1
    return int(match.group(2)) + (month - 1) / 12


def shown_years(
    *, match: Match, view: ResumeView, entries: Sequence[tuple[float, float, Sequence[int]]]
) -> float:
    """Return the years the resume shows a requirement for: those of its dated roles whose lines show it (from
    a line's own "Since January 2025" where it says one), or a claim of years of it ("4 years of
    Kubernetes"), whichever is more."""
    # any line of a role's entry: its title too ("Occupational Health Nurse" above "2019 – Present")
    work = shown_in(match=match, view=view, contexts=_ROLE_CONTEXTS)
    intervals = []
    for start, end, lines in entries:
        for number in work.intersection(lines):
            since = _since(view.index.sentences[number].text)
            intervals.append((start if since is None else min(max(start, since), end), end))
    # (what matched is most often the requirement's name: each is searched for once)
    names = dict.fromkeys((*_names(match.requirement), match.matched))
    claimed = [
        years
        for number in work
        if view.context(number=number) in _OWN_CONTEXTS
        for name in names
        if (years := years_asked_of(text=view.index.sentences[number].text, name=name)) is not None
    ]
    return max([covered_years(intervals), *claimed])


# Ways of meeting a requirement by its own words (or an alternative's, or a narrower thing's), which the
# roles' lines can be searched for; not a sentence that says the same in other words.
_BY_WORDS = frozenset({"name", "alternative", "narrower"})


def credit_years(
    *,
    matches: Sequence[Match],
    job: JobRequirements,
    view: ResumeView,
    entries: Sequence[tuple[float, float, Sequence[int]]],
) -> list[Match]:
    """Return the matches with part credit, in proportion, for each requirement the posting asks years of
    that the resume's dated roles show for fewer ("1.2 of the 2+ years asked").

    Only years asked of one thing beside the posting's most ("5+ years in infrastructure ..., 2+ years of
    running Kubernetes") and only a requirement met by its own words are searched for in the roles. Things
    asked as one or another ("3 years in the pharmaceutical, biotechnology or medical device industry") share
    the most years any of them shows. A resume without dated roles keeps its reading.
    """
    asks = [s.text for s in job.posting.asks() if holds_any(words=YEARS_WORDS, lower=case_blind(s.text))]
    if not entries or not asks:
        return list(matches)
    checked: dict[int, tuple[int, str, float]] = {}  # match -> years asked, their sentence, years shown
    for number, m in enumerate(matches):
        if not m.met or m.short_of or m.requirement.kind in _NOT_YEARS_KINDS:
            continue
        if m.via not in _BY_WORDS or not m.matched:
            continue
        asked = asked_years(requirement=m.requirement, asks=asks)
        # The posting's most years ("5+ years of experience in infrastructure") are its experience ask, read
        # against the relevant years by the experience part; read here again they would count twice.
        if asked is None or asked[0] >= (job.min_years or 0):
            continue
        shown = shown_years(match=m, view=view, entries=entries)
        # Shown by no dated role, but by the writer's summary or a role's work in other words ("Results-driven
        # sales leader with 11 years in industrial B2B sales" for "3 years in a sales management role"): left
        # as read; shown only in a list or a project, it has no years of work.
        if shown or m.context in _NO_WORK_CONTEXTS:
            checked[number] = (*asked, shown)
    credited = list(matches)
    for number, (asked, sentence, shown) in checked.items():
        if " or " in sentence:
            shown = max(s for a, t, s in checked.values() if (a, t) == (asked, sentence))
        if shown < asked:
            m = matches[number]
            share = max(shown / asked, LEAST_YEARS_SHARE)
            said = (
                f"{shown:.1f} of the {asked}+ years asked"
                if shown >= 0.1
                else f"no dated role shows the {asked}+ years asked"
            )
            credited[number] = replace(m, credit=round(m.credit * share, 3), short_of=said)
    return credited
