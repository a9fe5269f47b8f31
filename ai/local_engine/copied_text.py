"""Which resume sentences are copied from the posting: pasted text earns nothing (``resume_view``)."""

import re
from collections.abc import Sequence

from ai.local_engine.certifications import CREDENTIAL_NOUNS
from ai.local_engine.degree_levels import degree_levels_of
from ai.local_engine.paraphrased_text import restated_lines
from ai.local_engine.requirements import JobRequirements
from ai.local_engine.resume_facts import ResumeFacts
from ai.local_engine.text import Sentence, normalized_words, tokenize
from ai.local_engine.vocab import get_vocabulary

# A resume sentence whose word triples are mostly the posting's own is copied text.
COPY_MIN_TOKENS = 5
COPY_SHARE = 0.6
COPY_SHARE_ALONE = 0.8  # ... or this share whatever words of its own it adds
MOSTLY_COPIED = 0.5  # a resume whose words are half the posting's is the posting, credentials included
# A line naming a credential: its nouns, and "certificate" / "certified" ("PMP certified"), "check" ("Working
# with Children Check (NSW) – current").
CREDENTIAL_NORMS = CREDENTIAL_NOUNS | normalized_words(
    words=("certificate", "certified", "diploma", "check", "award")
)
HELD_SECTIONS = frozenset({"certifications", "education"})
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
_HELD_LINE_MAX_WORDS = 8
_HEADLINE_LINES = 4  # the name, the headline under it, contact lines
_CONSENT_RE = re.compile(r"\b(?:agree|consent)\b[^.]*\bprocessing\b[^.]*\bpersonal\s+data\b", re.IGNORECASE)
FUNCTION_WORDS = frozenset("a an the of to in for with on at by from and that which as into using".split())
_JOINERS = frozenset({"and"})  # joins the names of a list ("Word, Excel and Outlook")
WORK_SECTIONS = frozenset({"experience", "projects"})


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


def copied_lines(*, facts: ResumeFacts, job: JobRequirements) -> list[bool]:
    """Return, per resume sentence, whether it is copied from the posting.

    A sentence is copied when most of its word triples are the posting's, or it restates one of the
    posting's (``paraphrased_text.restated_lines``), unless it only names things and
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
    # ... or restates a posting sentence in other tenses, a word left out or put in (``paraphrased_text``)
    copied = [flag or again for flag, again in zip(copied, restated_lines(facts=facts, job=job), strict=True)]
    sizes = [len(norms) for norms in facts.index.sentence_norms]
    if sum(n for n, flag in zip(sizes, copied, strict=True) if flag) < MOSTLY_COPIED * sum(sizes):
        # "Valid driver's license" is how both write a credential: a short line naming one is the writer's
        # own, unless the resume is mostly the posting; so is an item of a list line naming tools or rules
        # outside the work sections.
        role_nouns = get_vocabulary().role_nouns
        # (the headline: a role's title, or the posting's first line's words; not a list of its keywords)
        first = job.posting.sentences[0].text if job.posting.sentences else ""
        title_words = frozenset(t.norm for t in tokenize(text=first))
        copied = [
            flag
            # ("Alberta Class 5 driver's licence" under "Other": up to a held line's length, anywhere, when
            # not every word triple of it is the posting's: a line of the posting's own credential names is
            # still copied)
            and not (
                len(norms) <= _HELD_LINE_MAX_WORDS
                and CREDENTIAL_NORMS.intersection(norms)
                and (len(norms) < COPY_MIN_TOKENS or not _trigrams(norms) <= job_grams)
            )
            # "Staff Accountant" over a role's dates or as the headline under the name: the writer's own
            # title, the same as the posting's
            and not (len(norms) < COPY_MIN_TOKENS and norms[-1] in role_nouns)
            # ... or a short line at the top, where a headline states the role sought ("HEAD BREWER",
            # "Regulatory Affairs Specialist – Medical Devices"): a role or the posting's title words, not a
            # credential
            and not (
                facts.sections[number] == "header"
                and number < _HEADLINE_LINES
                and len(norms) <= _HELD_LINE_MAX_WORDS
                and (role_nouns.intersection(norms) or set(norms) <= title_words)
                and not CREDENTIAL_NORMS.intersection(norms)  # (a credential's name is held, listed)
            )
            # "I agree to the processing of my personal data for the purposes of the recruitment process": the
            # consent clause the posting asks every applicant to add, copied as asked
            and not _CONSENT_RE.search(sentence.text)
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
                facts.sections[number] in HELD_SECTIONS
                and CREDENTIAL_NORMS.intersection(norms)
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
    return copied
