"""The resume as one posting sees it: where each sentence stands (section, list, copied from the posting), the
concepts it shows, and the credit a piece of evidence earns by where it stands; and a requirement's match."""

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ai.local_engine.certifications import CREDENTIAL_NOUNS
from ai.local_engine.degree_levels import degree_levels_of
from ai.local_engine.requirements import JobRequirements, Requirement
from ai.local_engine.resume import ResumeIndex
from ai.local_engine.resume_facts import LIST_ITEM_MAX_TOKENS, ResumeFacts
from ai.local_engine.sections import CREDENTIAL_ADJECTIVES
from ai.local_engine.text import Sentence, normalized_words
from ai.local_engine.vocab import get_vocabulary

CREDIT = {"experience": 1.0, "projects": 1.0, "prose": 0.85, "list": 0.4, "copied": 0.0}
WORK_SECTIONS = frozenset({"experience", "projects"})
# A resume sentence whose word triples are mostly the posting's own is copied text.
COPY_MIN_TOKENS = 5
COPY_SHARE = 0.6
COPY_SHARE_ALONE = 0.8  # ... or this share whatever words of its own it adds
MOSTLY_COPIED = 0.5  # a resume whose words are half the posting's is the posting, credentials included
# A line naming a credential: its nouns, and "certificate" / "certified" ("PMP certified"), "check" ("Working
# with Children Check (NSW) – current").
_CREDENTIAL_NORMS = CREDENTIAL_NOUNS | normalized_words(
    words=("certificate", "certified", "diploma", "check")
)
_HELD_SECTIONS = frozenset({"certifications", "education"})
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
_HELD_LINE_MAX_WORDS = 8
FUNCTION_WORDS = frozenset("a an the of to in for with on at by from and that which as into using".split())
_JOINERS = frozenset({"and"})  # joins the names of a list ("Word, Excel and Outlook")
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
    keyword_lines: tuple[bool, ...]  # per sentence: a line of four or more keywords
    title_lines: frozenset[int]  # the experience lines that are a role's own title (``role_title_lines``)
    degree_level: int | None  # the highest degree the resume's own (not copied) sentences name

    def context_at(self, *, number: int, offset: int) -> str:
        """Return the context of a match at character ``offset`` of sentence ``number`` (-1: unknown)."""
        context = self.context(number=number)
        if (
            context not in {"copied", "list"}
            and number not in self.title_lines  # "UX Designer, Fable Studio, 2016 - 2019": a title, no list
            and any(s <= offset < e for s, e in self.list_spans[number])
        ):
            return "list"  # "Proficient in Python, Go, Kafka and AWS": named in a list inside a sentence
        return context

    def context(self, *, number: int) -> str:
        """Return where sentence ``number`` stands: experience, projects, prose, list or copied."""
        if self.copied[number]:
            return "copied"
        if self.bare[number] or self.sections[number] == "skills" or not self._reads_as_sentence(number):
            # "Senior Android Engineer, Cashwell, 2021 - present": a role's own title says the work it did
            return "experience" if number in self.title_lines else "list"
        return self.sections[number] if self.sections[number] in WORK_SECTIONS else "prose"

    def _reads_as_sentence(self, number: int) -> bool:
        """Return whether a line reads as a sentence: an action verb first, or function words in it."""
        norms = self.index.sentence_norms[number]
        if not norms:
            return False
        first = norms[0]
        verb_first = len(norms) > LIST_ITEM_MAX_TOKENS and (
            (first.endswith("ed") and first not in CREDENTIAL_ADJECTIVES) or first in ACTION_VERBS
        )
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


def _own_word(norms: Sequence[str], job_words: frozenset[str]) -> bool:
    """Return whether a sentence holds a word of its own: not the posting's, no function word, no figure."""
    return any(n not in job_words and n not in FUNCTION_WORDS and n.isalpha() and len(n) > 2 for n in norms)


def _own_names(norms: Sequence[str], job_words: frozenset[str]) -> bool:
    """Return whether a line only names things and adds one of its own ("NC State Bar Certified Paralegal
    (NCCP) 2021"): a name is written as the posting writes it, so sharing its words is no copying; a list of
    the posting's names alone still is."""
    return not any(n in FUNCTION_WORDS and n not in _JOINERS for n in norms) and any(
        n not in job_words for n in norms
    )


def _listed(sentence: Sentence, norms: Sequence[str], capitals: Sequence[bool], text: str) -> bool:
    """Return whether a sentence only names things and is one item of a longer line ("... · Westlaw ·
    Microsoft Word, Excel and Outlook · Federal Rules of Civil Procedure"): tools and rules are named as the
    posting names them ("of" between capitalised words is part of a name)."""
    last = len(norms) - 1
    if any(
        n in FUNCTION_WORDS
        and n not in _JOINERS
        and not (n == "of" and 0 < i < last and capitals[i - 1] and capitals[i + 1])
        for i, n in enumerate(norms)
    ):
        return False
    line_start = text.rfind("\n", 0, sentence.start) + 1
    line_end = text.find("\n", sentence.end)
    rest = text[line_start : sentence.start] + text[sentence.end : line_end if line_end >= 0 else len(text)]
    return any(ch.isalnum() for ch in rest)


# A skills table's row: the name, then the writer's own level, years or last year used.
_RATED_ROW_RE = re.compile(r"^[ \t]*\|.*\d")


def _rated(*, sentence: Sentence, text: str) -> bool:
    """Return whether a sentence is the first cell of a table row the writer rated ("Entity Framework Core |
    Advanced | 6 | 2026"): a name as the posting writes it, with the writer's own figures beside it."""
    line_end = text.find("\n", sentence.end)
    return _RATED_ROW_RE.match(text[sentence.end : line_end if line_end >= 0 else len(text)]) is not None


def view_resume(*, facts: ResumeFacts, job: JobRequirements) -> ResumeView:
    """Return the resume seen against one posting (copied sentences depend on the posting).

    A sentence is copied when most of its word triples are the posting's, unless it only names things and
    one of them is its own (a certification with its year); a short line or such a line is copied when it is
    one of the posting's lines word for word (a role's title in Experience excepted: "Staff Accountant").
    """
    job_grams = _trigrams(job.norms)
    job_lines = job.line_keys
    job_words = frozenset(job.norms)
    copied = []
    text = facts.index.text
    for norms in facts.index.sentence_norms:
        grams = _trigrams(norms)
        if len(norms) >= COPY_MIN_TOKENS and not _own_names(norms, job_words):
            shared = len(grams & job_grams)
            # "Coordinate framing with architects and MEP engineers in Revit": the duty in the posting's
            # words with one of the writer's own ("framing") is written, not pasted; near all is pasted.
            copied.append(
                bool(grams)
                and shared >= COPY_SHARE * len(grams)
                and (shared >= COPY_SHARE_ALONE * len(grams) or not _own_word(norms, job_words))
            )
        else:
            copied.append(len(norms) >= 2 and tuple(norms) in job_lines)
    sizes = [len(norms) for norms in facts.index.sentence_norms]
    if sum(n for n, flag in zip(sizes, copied, strict=True) if flag) < MOSTLY_COPIED * sum(sizes):
        # "Valid driver's license" is how both write a credential: a short line naming one is the writer's
        # own, unless the resume is mostly the posting; so is an item of a list line naming tools or rules
        # outside the work sections.
        role_nouns = get_vocabulary().role_nouns
        copied = [
            flag
            and not (len(norms) < COPY_MIN_TOKENS and _CREDENTIAL_NORMS.intersection(norms))
            # "Staff Accountant" over a role's dates: the writer's own title, the same as the posting's
            and not (
                len(norms) < COPY_MIN_TOKENS
                and facts.sections[number] == "experience"
                and norms[-1] in role_nouns
            )
            # "MA (Archives and Records Management)" below the name: the writer's degree, named as asked
            and not (len(norms) <= _HELD_LINE_MAX_WORDS and degree_levels_of(text=sentence.text))
            and not (
                (facts.sections[number] not in WORK_SECTIONS or facts.bare[number])
                and (tuple(norms) not in job_lines or _rated(sentence=sentence, text=text))
                and _listed(sentence, norms, capitals, text)
            )
            # "CIH Level 3 Certificate in Housing (2020)" under Qualifications: a credential with the year
            # the writer gained it, named as the posting names it
            and not (
                facts.sections[number] in _HELD_SECTIONS
                and _CREDENTIAL_NORMS.intersection(norms)
                # ... or a short line naming it there, with no year ("Washington L&I Crane Operator
                # Certificate – Tower")
                and (
                    len(norms) <= _HELD_LINE_MAX_WORDS
                    or any(_YEAR_RE.fullmatch(n) and n not in job_words for n in norms)
                )
            )
            for number, (flag, sentence, norms, capitals) in enumerate(
                zip(
                    copied,
                    facts.index.sentences,
                    facts.index.sentence_norms,
                    facts.index.sentence_capitals,
                    strict=True,
                )
            )
        ]
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
        keyword_lines=facts.keyword_lines,
        title_lines=facts.title_lines,
        degree_level=max(own_degrees, default=None),
    )


# Credit by where the evidence stands (the best place wins).
def best_place(*, view: ResumeView, places: Sequence[tuple[int, int]]) -> tuple[float, int, str]:
    """Return (credit, sentence number, context) of the best-placed occurrence among (sentence, offset)."""
    best = (-1.0, -1, "")
    for number, offset in places:
        context = view.context_at(number=number, offset=offset)
        credit = CREDIT[context]
        if credit > best[0]:
            best = (credit, number, context)
    return best


def sentence_match(
    *, requirement: Requirement, view: ResumeView, number: int, via: str, matched: str = ""
) -> Match:
    """Return a match by one whole resume sentence, credited by where it stands."""
    credit, number, context = best_place(view=view, places=[(number, -1)])
    return Match(
        requirement=requirement,
        credit=round(credit, 3),
        evidence=view.index.sentences[number].text,
        matched=matched,
        via=via,
        context=context,
    )
