"""The resume as one posting sees it: where each sentence stands (section, list, copied from the posting), the
concepts it shows, and the credit a piece of evidence earns by where it stands; and a requirement's match."""

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ai.local_engine.asked_lists import asked_lists
from ai.local_engine.copied_text import FUNCTION_WORDS, WORK_SECTIONS, copied_lines
from ai.local_engine.named_places import LINK_ASKED_RE, inside_a_link, inside_a_name
from ai.local_engine.requirement_model import JobRequirements, Requirement
from ai.local_engine.resume import ResumeIndex
from ai.local_engine.resume_facts import LIST_ITEM_MAX_TOKENS, ResumeFacts
from ai.local_engine.rewrite_wording import ANY_WEAK_OPENER, present_action
from ai.local_engine.sections import CREDENTIAL_ADJECTIVES
from ai.local_engine.text import first_norm
from ai.local_engine.wish_clauses import wished

CREDIT = {
    "experience": 1.0,
    "projects": 1.0,
    "prose": 0.85,
    "list": 0.4,
    "copied": 0.0,
    "named": 0.0,
    "wished": 0.0,
}
ACTION_VERBS = frozenset(
    """built led ran wrote made grew won taught drove set cut began chose spoke sold bought held kept found
    build lead run write make grow develop design manage create implement deliver own""".split()
)
# Openers that claim names rather than act on them: "Used Python, Go, Kafka and AWS", "Skilled in ...".
_CLAIM_OPENERS = frozenset(
    "used utilized utilised leveraged applied employed familiar skilled proficient experienced".split()
)
# A preposition right before a name in a list's item: where the item's work was done.
_WORKED_IN_RE = re.compile(r"\b(?:in|on|with|using|via|into|through)\s+$", re.IGNORECASE)
_ITEM_BREAK_RE = re.compile(r"[,;(]|\band\b|\bor\b", re.IGNORECASE)
_LOGGING_VERBS = frozenset({"log", "logs", "record", "records"})  # "Log ... bugs in JIRA"
_CLAIM_WORDS = _CLAIM_OPENERS | frozenset(
    """knowledge experience expertise proficiency familiarity skills skill expert competent working hands-on
    strong good excellent advanced basic""".split()
)
# A list acted on is the work's objects up to this many names; a longer one reads as a list of claims.
_ACTED_ON_MAX_ITEMS = 6
_ACTED_ON_FIRST_ITEM_WORDS = 6
# Present-tense work done on a list beside those a rewrite strengthens (rewrite_wording.PRESENT_ACTION_VERBS):
# "Choose routes, alternates and fuel from TAFs, METARs, SIGMETs and NOTAMs", "Verify eligibility, benefits
# and CDT codes".
_LIST_ACTS = frozenset(
    """choose select verify validate calculate compute read obtain complete keep spot underwrite approve
    examine calibrate prescribe investigate interpret identify dispatch measure""".split()
)


def _opens_with_action(*, text: str, verbs: frozenset[str]) -> bool:
    """Return whether a line opens with an action: a verb in the past, one of ``verbs``, or a present-tense
    action verb."""
    first = first_norm(text=text)
    return first.endswith("ed") or first in verbs or present_action(first=first, text=text) is not None


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
    asked_items: tuple[
        int, ...
    ]  # per sentence: how many of the posting's asks it names alone (``asked_lists``)
    title_lines: frozenset[int]  # the experience lines that are a role's own title (``role_title_lines``)
    degree_level: int | None  # the highest degree the resume's own (not copied) sentences name
    links_asked: bool = False  # the posting asks for a portfolio or profile: a link to one shows it

    def context_at(self, *, number: int, offset: int, asked: str = "") -> str:
        """Return the context of a match at character ``offset`` of sentence ``number`` (-1: unknown) for the
        requirement the posting's sentence ``asked`` asks."""
        context = self.context(number=number)
        text = self.index.sentences[number].text
        if offset >= 0 and (
            inside_a_name(text=text, offset=offset, asked=asked)
            or (not self.links_asked and inside_a_link(text=text, offset=offset))
        ):
            return "named"  # "The Linux Foundation", "Github:// jdoe": an issuer or a site shows no skill
        if offset >= 0 and wished(text=text, offset=offset):
            return "wished"  # "I want a Band 5 post ... before moving into CT": not done yet
        if (
            context not in {"copied", "list"}
            and number not in self.title_lines  # "UX Designer, Fable Studio, 2016 - 2019": a title, no list
            and any(s <= offset < e for s, e in self.list_spans[number])
            and not self._acted_on_in_bracket(number=number, offset=offset)
            and not self._acted_on_in_list(number=number, offset=offset)
            and not self._worked_in(number=number, offset=offset)
        ):
            return "list"  # "Proficient in Python, Go, Kafka and AWS": named in a list inside a sentence
        return context

    def _worked_in(self, *, number: int, offset: int) -> bool:
        """Return whether a name is where an item's work was done: "functional bugs in JIRA" of "Log
        linguistic, visual and functional bugs in JIRA with repro steps, screenshots and OBS captures" (not a
        claim: "Proficient in Python, Go", "working knowledge of SQL")."""
        text = self.index.sentences[number].text
        at = _WORKED_IN_RE.search(text, 0, offset) if offset >= 0 else None
        # a line of the work done, opened by its action (not a list stuffed with phrases)
        if at is None or not _opens_with_action(text=text, verbs=ACTION_VERBS | _LOGGING_VERBS):
            return False
        before = text[:offset]
        item = _ITEM_BREAK_RE.split(before[: at.start()])[-1].lower().split()
        return len(item) >= 2 and not _CLAIM_WORDS.intersection(item)

    def _acted_on_in_bracket(self, *, number: int, offset: int) -> bool:
        """Return whether a name sits in a bracket of a line that opens with an action: "Manage AWS accounts
        (EC2, S3, RDS) in Terraform" names what the work was done on, not a list of claims."""
        text = self.index.sentences[number].text
        norms = self.index.sentence_norms[number]
        return (
            bool(norms)
            and (
                norms[0] in ACTION_VERBS
                or (norms[0].endswith("ed") and norms[0] not in CREDENTIAL_ADJECTIVES)
            )
            and text.rfind("(", 0, offset) > text.rfind(")", 0, offset)
            and text.find(")", offset) >= 0
        )

    def _acted_on_in_list(self, *, number: int, offset: int) -> bool:
        """Return whether a name sits in a short list that an action opening the line is done on: "Perform
        pH, specific conductance, alkalinity, TDS and TSS by Standard Methods" names the tests run, not
        claims; "Used Python, Go, Kafka and AWS" claims them."""
        text = self.index.sentences[number].text
        first = first_norm(text=text)
        if first in _CLAIM_OPENERS or first in CREDENTIAL_ADJECTIVES or ANY_WEAK_OPENER.match(text):
            return False
        if not _opens_with_action(text=text, verbs=_LIST_ACTS):
            return False
        start, end = next(((s, e) for s, e in self.list_spans[number] if s <= offset < e), (0, 0))
        # The list follows the action and its object closely ("Perform pH, ...", "Administered construction
        # contracts: progress certificates, ..."), not a clause of its own ("Replaced 40 filters a month
        # boiler operator license, driver's license, ...": a keyword line run into a bullet).
        comma = text.find(",", start, end)
        first_item = text[: comma if comma >= 0 else end].rsplit(":", 1)[-1]  # counted from a colon
        close = len(first_item.split()) <= _ACTED_ON_FIRST_ITEM_WORDS
        return close and text.count(",", start, end) + 1 <= _ACTED_ON_MAX_ITEMS

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
        # ("Wrote Terraform modules" under a job: a short bullet of work done, not an item of a list)
        work = self.sections[number] in WORK_SECTIONS
        shortest = LIST_ITEM_MAX_TOKENS if work else LIST_ITEM_MAX_TOKENS + 1
        verb_first = len(norms) >= shortest and (
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
    # What the resume says of a credential or language it does not hold as asked ("not held yet" of "CPC –
    # studying, exams booked"): said beside its part credit.
    short_of: str = ""

    @property
    def met(self) -> bool:
        """Return whether the requirement counts as met (any credit at all)."""
        return self.credit > 0


def unmet(*, requirement: Requirement) -> Match:
    """Return a requirement's match with no credit and no evidence."""
    return Match(requirement=requirement, credit=0.0, evidence="", matched="", via="", context="")


def own_sentence_holds(*, view: ResumeView, pattern: re.Pattern[str]) -> bool:
    """Return whether any of the resume's own sentences (none copied from the posting) holds ``pattern``."""
    return any(
        pattern.search(sentence.text)
        for sentence, copied in zip(view.index.sentences, view.copied, strict=True)
        if not copied
    )


def view_resume(*, facts: ResumeFacts, job: JobRequirements) -> ResumeView:
    """Return the resume seen against one posting (copied sentences depend on the posting:
    ``copied_text.copied_lines``)."""
    copied = copied_lines(facts=facts, job=job)
    # a line of the posting's asks in its words alone is a keyword list: it names no degree held
    asked, asked_items = asked_lists(facts=facts, job=job, skip=copied)
    degree_levels = tuple(
        () if flag else levels for levels, flag in zip(facts.degree_levels, asked, strict=True)
    )
    own_degrees = [
        max(levels) for levels, flag in zip(degree_levels, copied, strict=True) if levels and not flag
    ]
    return ResumeView(
        index=facts.index,
        sections=facts.sections,
        bare=tuple(a or b for a, b in zip(facts.bare, asked, strict=True)),
        copied=tuple(copied),
        concept_sentences=facts.concept_sentences,
        list_spans=facts.list_spans,
        shown=facts.shown,
        degree_levels=degree_levels,
        keyword_lines=tuple(a or b for a, b in zip(facts.keyword_lines, asked, strict=True)),
        asked_items=tuple(asked_items),
        # (a role's title with the posting's asks run onto its end is a list: "... 2020 - 2024 HACCP, SOPs")
        title_lines=frozenset(number for number in facts.title_lines if not asked[number]),
        degree_level=max(own_degrees, default=None),
        links_asked=LINK_ASKED_RE.search(job.posting.text) is not None,
    )


# Credit by where the evidence stands (the best place wins).
def best_place(
    *, view: ResumeView, places: Sequence[tuple[int, int]], asked: str = ""
) -> tuple[float, int, str]:
    """Return (credit, sentence number, context) of the best-placed occurrence among (sentence, offset) of
    what the posting's sentence ``asked`` asks."""
    best = (-1.0, -1, "")
    for number, offset in places:
        context = view.context_at(number=number, offset=offset, asked=asked)
        credit = CREDIT[context]
        # at equal credit a line of the work shows it better than a role's own title ("Own weekly P&L
        # review" over "General Manager — Hollis Smokehouse")
        if credit > best[0] or (
            credit == best[0] and best[1] in view.title_lines and number not in view.title_lines
        ):
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
