"""Where a resume's work shows each requirement met: every such sentence, not only the one picked as evidence.

A contractor writes "Built Spring Boot services for the coupons feature" in one contract and "Spring Boot
REST APIs for order tracking" in the next; the evidence is one sentence, but both contracts are Java work.
"""

from collections.abc import Iterable

from ai.local_engine.job_years import years_of
from ai.local_engine.requirements import HARD_KINDS
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


def shown_in(*, match: Match, view: ResumeView) -> frozenset[int]:
    """Return the work sentences (experience or projects, not a list nor a line copied from the posting) that
    show ``match``'s requirement: its evidence, and every other one writing what matched, the requirement's
    own words or an alternative's, or a concept it asks (or a narrower one)."""
    requirement = match.requirement
    numbers = {n for n, s in enumerate(view.index.sentences) if s.text == match.evidence}
    for words in (match.matched, requirement.key, *requirement.alternative_keys):
        numbers |= _runs(view=view, words=[token.norm for token in tokenize(text=words)])
    for concept in {requirement.concept_id, *requirement.alternative_concepts} - {None}:
        source = view.shown.get(concept)
        numbers |= {n for n, _ in view.concept_sentences.get(source, ())} if source is not None else set()
    return frozenset(n for n in numbers if view.context(number=n) in WORK_SECTIONS)


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
