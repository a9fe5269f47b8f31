"""Find each requirement's evidence in the resume, and weigh it by where it stands.

A skill shown in an experience or project sentence counts fully; one that only appears in a bare list (a
skills section, a line of comma-separated names) counts partly; a sentence copied from the posting counts
for nothing. A requirement is met under its own name, a synonym, a typo, a named alternative, a narrower
thing (MySQL for SQL, React for a JavaScript framework, MERN for React) or, for responsibilities and soft
skills that no vocabulary holds, a resume sentence that says the same in other words (embeddings).
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ai.local_engine.requirements import JobRequirements, Requirement
from ai.local_engine.resume import Evidence, ResumeIndex, find_evidence
from ai.local_engine.resume_facts import LIST_ITEM_MAX_TOKENS, ResumeFacts
from ai.local_engine.vocab import Vocabulary

# Credit by where the evidence stands (the best place wins).
CREDIT = {"experience": 1.0, "projects": 1.0, "prose": 0.85, "list": 0.4, "copied": 0.0}
IMPLIED_FACTOR = 0.9  # shown through a stack or a tool built on it ("MERN" for React, Django for Python)
RELATED_FIELD_CREDIT = 0.5  # a degree in another field, where the posting accepts "a related field"
SEMANTIC_KINDS = frozenset({"responsibility", "soft_skill"})
WORK_SECTIONS = frozenset({"experience", "projects"})
# A resume sentence whose word triples are mostly the posting's own is copied text.
COPY_MIN_TOKENS = 5
COPY_SHARE = 0.6
FUNCTION_WORDS = frozenset("a an the of to in for with on at by from and that which as into using".split())
ACTION_VERBS = frozenset(
    """built led ran wrote made grew won taught drove set cut began chose spoke sold bought held kept found
    build lead run write make grow develop design manage create implement deliver own""".split()
)


@dataclass(frozen=True, slots=True)
class ResumeView:
    """A resume indexed once: sections, bare lists, copied sentences and the concepts each sentence shows."""

    index: ResumeIndex
    sections: tuple[str, ...]
    bare: tuple[bool, ...]
    copied: tuple[bool, ...]
    concept_sentences: dict[int, tuple[tuple[int, int], ...]]  # concept -> (sentence, char offset)
    list_spans: tuple[tuple[tuple[int, int], ...], ...]  # per sentence: character spans of listed names
    shown: dict[int, int]  # concept -> the concept in the resume that shows it (itself or a narrower one)
    degree_levels: tuple[tuple[int, ...], ...]  # per sentence
    degree_level: int | None  # the highest degree the resume's own (not copied) sentences name

    def context_at(self, *, number: int, offset: int) -> str:
        """Return the context of a match at character ``offset`` of sentence ``number`` (-1: unknown)."""
        context = self.context(number=number)
        if context not in {"copied", "list"} and any(s <= offset < e for s, e in self.list_spans[number]):
            return "list"  # "Proficient in Python, Go, Kafka and AWS": named in a list inside a sentence
        return context

    def context(self, *, number: int) -> str:
        """Return where sentence ``number`` stands: experience, projects, prose, list or copied."""
        if self.copied[number]:
            return "copied"
        if self.bare[number] or self.sections[number] == "skills" or not self._reads_as_sentence(number):
            return "list"
        return self.sections[number] if self.sections[number] in WORK_SECTIONS else "prose"

    def _reads_as_sentence(self, number: int) -> bool:
        """Return whether a line reads as a sentence: an action verb first, or function words in it."""
        norms = self.index.sentence_norms[number]
        if not norms:
            return False
        first = norms[0]
        verb_first = len(norms) > LIST_ITEM_MAX_TOKENS and (first.endswith("ed") or first in ACTION_VERBS)
        return verb_first or (len(norms) > LIST_ITEM_MAX_TOKENS and any(n in FUNCTION_WORDS for n in norms))

    def prose_norms(self) -> list[str]:
        """Return the words of the resume's own sentences: not copied, not a bare list, nor a run of names
        inside a sentence ("... Python\npandas, NumPy, Kubernetes")."""
        norms = []
        for number, tokens in enumerate(self.index.tokens):
            if self.context(number=number) in {"copied", "list"}:
                continue
            spans = self.list_spans[number]
            if not spans:  # most sentences list nothing: every word counts
                norms += [token.norm for token in tokens]
                continue
            norms += [
                token.norm for token in tokens if not any(start <= token.start < end for start, end in spans)
            ]
        return norms

    @property
    def copied_share(self) -> float:
        """Return the share of the resume's words that sit in sentences copied from the posting."""
        total = sum(len(norms) for norms in self.index.sentence_norms)
        copied = sum(
            len(norms) for norms, flag in zip(self.index.sentence_norms, self.copied, strict=True) if flag
        )
        return copied / total if total else 0.0


@dataclass(frozen=True, slots=True)
class Match:
    """How a resume meets one requirement: credit 0-1 and the sentence that shows it."""

    requirement: Requirement
    credit: float
    evidence: str
    matched: str
    via: str
    context: str

    @property
    def met(self) -> bool:
        """Return whether the requirement counts as met (any credit at all)."""
        return self.credit > 0


def _trigrams(norms: Sequence[str]) -> set[tuple[str, str, str]]:
    return set(zip(norms, norms[1:], norms[2:], strict=False))


def view_resume(*, facts: ResumeFacts, job: JobRequirements) -> ResumeView:
    """Return the resume seen against one posting (copied sentences depend on the posting).

    A sentence is copied when most of its word triples are the posting's, or when a short line (a title,
    a list item) is one of the posting's lines word for word.
    """
    job_grams = _trigrams(job.norms)
    job_lines = job.line_keys
    copied = []
    for norms in facts.index.sentence_norms:
        grams = _trigrams(norms)
        if len(norms) >= COPY_MIN_TOKENS:
            copied.append(bool(grams) and len(grams & job_grams) >= COPY_SHARE * len(grams))
        else:
            copied.append(len(norms) >= 2 and tuple(norms) in job_lines)
    own_degrees = [
        max(levels) for levels, flag in zip(facts.degree_levels, copied, strict=True) if levels and not flag
    ]
    return ResumeView(
        index=facts.index,
        sections=facts.sections,
        bare=facts.bare,
        copied=tuple(copied),
        concept_sentences=facts.concept_sentences,
        list_spans=facts.list_spans,
        shown=facts.shown,
        degree_levels=facts.degree_levels,
        degree_level=max(own_degrees, default=None),
    )


def _best(*, view: ResumeView, places: Sequence[tuple[int, int]]) -> tuple[float, int, str]:
    """Return (credit, sentence number, context) of the best-placed occurrence among (sentence, offset)."""
    best = (-1.0, -1, "")
    for number, offset in places:
        context = view.context_at(number=number, offset=offset)
        credit = CREDIT[context]
        if credit > best[0]:
            best = (credit, number, context)
    return best


def _places_of(*, view: ResumeView, evidence: Evidence) -> list[tuple[int, int]]:
    """Return (sentence, offset) of each sentence holding ``evidence`` and where its words stand in it."""
    places = []
    for number, sentence in enumerate(view.index.sentences):
        if sentence.text == evidence.sentence:
            places.append(
                (number, sentence.text.lower().find(evidence.matched.lower()) if evidence.matched else -1)
            )
    return places


def _lexical(*, requirement: Requirement, view: ResumeView, vocabulary: Vocabulary) -> Match | None:
    """Return the match under the requirement's own name, a synonym, an alternative or a narrower concept."""
    found: list[tuple[float, int, str, str, str]] = []  # credit, number, context, via, matched
    own = find_evidence(
        key=requirement.key, concept_id=requirement.concept_id, resume=view.index, vocabulary=vocabulary
    )
    if own is not None:
        places = (
            list(view.concept_sentences.get(requirement.concept_id, ()))
            if requirement.concept_id is not None
            else []
        )
        places += _places_of(view=view, evidence=own)
        credit, number, context = _best(view=view, places=places)
        found.append((credit, number, context, "name", own.matched))
    wanted = set(requirement.alternative_concepts)
    if requirement.concept_id is not None:
        wanted.add(requirement.concept_id)
    for concept in sorted(wanted):
        source = view.shown.get(concept)
        if source is None:
            continue
        credit, number, context = _best(view=view, places=view.concept_sentences.get(source, ()))
        if number < 0:
            continue
        via = "alternative" if concept == source else "narrower"
        factor = 1.0 if concept == source or concept in requirement.alternative_concepts else IMPLIED_FACTOR
        found.append((credit * factor, number, context, via, vocabulary.concepts[source].name))
    for key in requirement.alternative_keys:
        words = key.split()
        place = next(
            (
                (n, view.index.tokens[n][first].start)
                for n, first in view.index.positions.get(words[0], ())
                if words
                if list(view.index.sentence_norms[n][first : first + len(words)]) == words
            ),
            None,
        )
        if place is not None:
            credit, number, context = _best(view=view, places=[place])
            found.append((credit, number, context, "alternative", key))
    if not found:
        return None
    credit, number, context, via, matched = max(found, key=lambda item: (item[0], -item[1]))
    return Match(
        requirement=requirement,
        credit=round(max(credit, 0.0), 3),
        evidence=view.index.sentences[number].text,
        matched=matched,
        via=via,
        context=context,
    )


def _degree(*, requirement: Requirement, view: ResumeView) -> Match | None:
    """Return the match of a degree requirement: a degree at least as high, in the field asked for.

    A degree in another field meets "or a related field" by half; without that clause, not at all.
    """
    if view.degree_level is None or requirement.level is None or view.degree_level < requirement.level:
        return None
    degree_lines = [n for n, levels in enumerate(view.degree_levels) if levels and not view.copied[n]]
    number = next(n for n in degree_lines if view.degree_level in view.degree_levels[n])
    credit = 1.0
    field_words = requirement.extra.get("field_words", frozenset())
    if field_words and not any(field_words & view.index.sentence_tokens[n] for n in degree_lines):
        if not requirement.extra.get("related_ok"):
            return None
        credit *= RELATED_FIELD_CREDIT
    return Match(
        requirement=requirement,
        credit=credit,
        evidence=view.index.sentences[number].text,
        matched="",
        via="degree",
        context="copied" if view.copied[number] else "education",
    )


def _written_in(*, requirement: Requirement, language: str) -> Match | None:
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


def match_requirements(
    *,
    job: JobRequirements,
    view: ResumeView,
    vocabulary: Vocabulary,
    semantic: Callable[[list[Requirement]], dict[str, tuple[float, int]]] | None = None,
    resume_language: str = "",
) -> list[Match]:
    """Return one ``Match`` per requirement (credit 0 when the resume does not show it).

    ``semantic`` returns, for responsibilities and soft skills no word matched, requirement id -> (cosine,
    sentence number) of the closest resume sentence (the embedding model; it is asked only when needed).
    """
    found: dict[str, Match | None] = {}
    for requirement in job.requirements:
        if requirement.kind == "degree":
            found[requirement.id] = _degree(requirement=requirement, view=view)
        else:
            found[requirement.id] = _lexical(requirement=requirement, view=view, vocabulary=vocabulary)
    for requirement in job.requirements:
        if found[requirement.id] is None and requirement.kind == "language" and resume_language:
            found[requirement.id] = _written_in(requirement=requirement, language=resume_language)
    unmatched = [r for r in job.requirements if found[r.id] is None and r.kind in SEMANTIC_KINDS]
    closest = semantic(unmatched) if semantic is not None and unmatched else {}
    matches = []
    for requirement in job.requirements:
        match = found[requirement.id]
        if match is None and requirement.id in closest:
            _, number = closest[requirement.id]  # the closest sentence reached the encoder's threshold
            credit, number, context = _best(view=view, places=[(number, -1)])
            match = Match(
                requirement=requirement,
                credit=round(credit, 3),
                evidence=view.index.sentences[number].text,
                matched="",
                via="semantic",
                context=context,
            )
        matches.append(
            match or Match(requirement=requirement, credit=0.0, evidence="", matched="", via="", context="")
        )
    return matches
