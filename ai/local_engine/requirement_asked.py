"""Whether a candidate the extractor found is kept as a requirement: the extractor is sure, or it is a named
tool, a language, an example after a cue, an item of an enumeration, a term the posting spells out, a
credential, a name before "or similar", or a job board's experience field ("HVAC: 2 years")."""

import re

from ai.local_engine.candidates import Candidate
from ai.local_engine.certifications import CREDENTIAL_NOUNS, named_as_credential
from ai.local_engine.coded_names import lettered_code
from ai.local_engine.credential_names import credential_by_name
from ai.local_engine.field_experience import field_experience_line
from ai.local_engine.job import HARD_CATEGORIES, TENTATIVE_MARGIN
from ai.local_engine.name_forms import is_acronym, is_named
from ai.local_engine.named_examples import KIND_THEN_BRACKET_RE, listed_product
from ai.local_engine.posting import Posting
from ai.local_engine.practice_areas import practice_keys
from ai.local_engine.spelled_acronyms import spelled_out
from ai.local_engine.vocab import Vocabulary, everyday_words

TOOL_MARGIN = 1.0
ENUMERATION_MARGIN = 4.0
# A job board's experience field: "HVAC: 2 years (Preferred)", "Apartment maintenance: 1 year".
_FIELD_YEARS_RE = re.compile(
    r"[ \t]*([^:\n]{2,40}):[ \t]*\d+\+?[ \t]*(?:years?|yrs?|months?)\b", re.IGNORECASE
)


# What a duration of experience is asked in follows it: "2+ yrs manual testing", "5 years of commercial
# property management", "3 years' experience in payroll".
_AFTER_DURATION_RE = re.compile(
    r"\b\d+(?:\.\d+)?\+?[ \t]*(?:[-–][ \t]*\d+\+?[ \t]*)?(?:yrs?|years?|months?)['’]?[ \t]+(?:of[ \t]+)?"
    r"(?:(?:hands-on|relevant|proven|professional|commercial|solid|strong|practical)[ \t]+)?"
    r"(?:experience[ \t]+(?:in|with|of)[ \t]+)?$",
    re.IGNORECASE,
)

# ... and is all of it: the phrase ends where the ask does ("2+ yrs manual testing of web apps"), not inside
# a longer name ("5 years developing scalable | web applications").
_ASK_ENDS_RE = re.compile(
    r"[ \t]*(?:experience\b|[,.;:()\n]|$|(?:and|or|in|of|with|within|at|for|on|using)\b)", re.IGNORECASE
)

# A phrase ending in an adjective is cut from its noun ("building high-performing, scalable ... apps").
_ADJECTIVE_END_RE = re.compile(r"(?:able|ible|ive|ous|ful|less|ic|al|-[a-z]+ing|-graduate)$", re.IGNORECASE)


def _coined(*, candidate: Candidate) -> bool:
    """Return whether a known tool's name written in lower case is a coined word, no English one ("dbt",
    "npm", "gcp"): one word of three to six letters without a vowel (SkillSpan train/dev: 10 of 11 such known
    tools lie in a gold span; "pm" of "5 pm", "b" of "b)" are shorter)."""
    word = candidate.text
    return (
        candidate.concept_id is not None
        and 3 <= len(word) <= 6
        and word.islower()
        and " " not in word
        and not re.search(r"[aeiouy]", word)
    )


def _field_years(*, candidate: Candidate, text: str) -> bool:
    """Return whether the candidate is (in) the label of a job board's experience field ("HVAC" of "HVAC: 2
    years (Preferred)"): the years are asked of it."""
    line_start = text.rfind("\n", 0, candidate.start) + 1
    field = _FIELD_YEARS_RE.match(text, line_start)
    return field is not None and field.start(1) <= candidate.start and candidate.end <= field.end(1)


# An open bracket of examples before a candidate: "(e.g. Optrak, Descartes or ".
_EXAMPLES_BRACKET_RE = re.compile(
    r"\((?:e\.?g\.?|for example|such as|incl\.?|including)[,:]?\s[^()]*$", re.IGNORECASE
)

_SECURITY_PLUS_NAMES = frozenset({"Security+", "CySA+", "PenTest+", "CASP+", "Network+"})


def asked(
    *,
    candidate: Candidate,
    posting: Posting,
    vocabulary: Vocabulary,
    english: bool,
    clauses: tuple[tuple[int, int, int], ...],
    items: frozenset[tuple[int, int]],
    alike: list[tuple[int, int]],
    lower_case: bool = False,
) -> bool:
    """Return whether a candidate is kept as a requirement: the extractor is sure, or it is a named tool,
    a language, an example after a cue, an item of an enumeration, a term the posting spells out or a
    credential.

    ``clauses`` are the cue clauses of the candidate's sentence; ``items`` the spans of the posting's
    enumeration items; ``alike`` the spans of its names listed before "or similar" or after "using".
    """
    confident = candidate.category not in HARD_CATEGORIES or candidate.score >= vocabulary.threshold
    if candidate.category == "tool":
        # A named tool in a posting is asked for far more often than the extractor, trained on spans
        # annotated in running text, allows ("a Python developer"); outside English it cannot judge.
        # Only a name written as one ("Python", "AWS", "C++"): lower-case everyday words that are also
        # product names ("video", "calls", "source") must pass the extractor's own threshold.
        confident = (
            confident
            or (
                (is_named(text=candidate.text) or (lower_case and candidate.text not in everyday_words()))
                and candidate.score >= vocabulary.threshold - TOOL_MARGIN
            )
            # "dbt", "npm": a coined name is a tool however plainly written, like a name in a list
            or (_coined(candidate=candidate) and candidate.score >= vocabulary.threshold - ENUMERATION_MARGIN)
            or not english
        )
    # A language named in what the job asks ("French a bonus", "Spanish is helpful") is screened for.
    confident = confident or (candidate.category == "language" and candidate.text[:1].isupper())
    # A named thing listed as an example ("such as Ruby") is kept unless the extractor is sure it is not a
    # skill there; an everyday word in a bracket or "including" clause ("partners", "pricing") is not.
    example = (
        candidate.concept_id is not None
        and candidate.score >= vocabulary.threshold - TENTATIVE_MARGIN
        and (
            is_named(text=candidate.text)
            or candidate.text.lower() not in everyday_words()
            or candidate.score >= vocabulary.threshold - TOOL_MARGIN
        )
        and any(cue_end <= candidate.start < clause_end for _, cue_end, clause_end in clauses)
    ) or (
        # ... and so is a product's name no vocabulary knows, in a bracket of examples beside known ones
        # ("(e.g. Optrak, Descartes or Trimble)"): listed alike, asked alike
        candidate.category == "phrase"
        and is_named(text=candidate.text)
        and not is_acronym(text=candidate.text)
        and not any(ch.isdigit() for ch in candidate.text)  # (not a code's clause: "B1/AS1")
        and not candidate.text.endswith(" Level")  # (nor a body's level cut from its number)
        and candidate.text.lower() not in everyday_words()
        and candidate.score >= vocabulary.threshold - ENUMERATION_MARGIN
        and _EXAMPLES_BRACKET_RE.search(posting.text, candidate.sentence.start, candidate.start) is not None
    )
    # A whole item of an enumeration of short noun phrases ("assessments, medication administration,
    # wound care, IV therapy") is asked for, like the items beside it, unless the extractor is sure not; so is
    # one the tool vocabulary holds written in lower case, a practice ("accounts payable, accounts receivable,
    # payroll"), not a product's name (named tools have their own rules above).
    listed = (
        (
            candidate.category in ("phrase", "knowledge")
            or (candidate.category == "tool" and candidate.text.islower())
        )
        and (candidate.start, candidate.end) in items
        and candidate.score >= vocabulary.threshold - ENUMERATION_MARGIN
    )
    # A term the posting spells out and abbreviates is one of its trade's, however rare the extractor
    # finds it ("holds Qualified Teacher Status (QTS)").
    defined = candidate.concept_id is None and spelled_out(candidate=candidate, text=posting.text) is not None
    # A phrase that ends in a credential's noun names one ("Reach truck licence", "Secret clearance").
    credential = (
        candidate.category == "phrase" and candidate.key.rsplit(" ", 1)[-1] in CREDENTIAL_NOUNS
    ) or named_as_credential(text=posting.text, start=candidate.start, end=candidate.end)
    # A credential known by its own letters ("CPA (K) – finalist or fully qualified", "ACCA", "PMP" though the
    # vocabulary knows it as a tool) is asked. The first word in capitals or a security credential's CompTIA
    # name, the rest a name's: "ACCA", "ISTQB Foundation", "Security+" (not "Cloud+" in running text, nor
    # "CSP standards").
    first, *rest = candidate.text.split() or [""]
    credential = credential or (
        credential_by_name(text=candidate.text)
        and (first.isupper() or first in _SECURITY_PLUS_NAMES)
        and all(word[:1].isupper() or word[:1].isdigit() for word in rest)
    )
    # A name listed before "or similar" is asked for ("Gong or similar conversation intelligence tools"), and
    # so is the kind of thing such names in brackets are examples of ("a consultative selling approach
    # (MEDDICC, Challenger or similar)").
    similar = any(
        (is_named(text=candidate.text) and start <= candidate.start < end)
        or (
            candidate.category == "phrase" and posting.text[candidate.end : start].strip() == "("
        )  # "a consultative selling approach (MEDDICC, ...)"
        or (
            (candidate.concept_id is not None or is_acronym(text=candidate.text))
            and KIND_THEN_BRACKET_RE.fullmatch(posting.text, candidate.end, start) is not None
        )  # "our applicant tracking system (Greenhouse)", "our SIEM (Splunk)"
        for start, end in alike
    )
    # A product's coined name that is all a bracket holds, after what the work is done at or with ("sell
    # tickets at the front desk (Tessitura)", "our rota app (Deputy)"), is the tool the job uses.
    bracketed = (
        candidate.category == "tool"
        and is_named(text=candidate.text)
        and candidate.text.lower() not in everyday_words()
        and posting.text[candidate.start - 1 : candidate.start] == "("
        and posting.text[candidate.end : candidate.end + 1] == ")"
    )
    # A practice area a field names its work by ("run sheets and floor plans", "orthopaedics") is asked for
    # unless the extractor is sure it is not.
    practice = (
        candidate.concept_id is not None
        and candidate.key in practice_keys()
        and candidate.score >= vocabulary.threshold - ENUMERATION_MARGIN
    )
    # A name written as a code is what a recruiter screens for, wherever the posting names it ("Gas Safe
    # registered with COCN1 and ICPN1", "lead problem solving using 8D"), unless the extractor is sure not.
    coded = (
        lettered_code(text=candidate.text) and candidate.score >= vocabulary.threshold - ENUMERATION_MARGIN
    )
    # ... and so is a product's capitalised name listed with a tool the vocabulary knows ("Good hands-on Tally
    # Prime and MS Excel").
    product = candidate.score >= vocabulary.threshold - ENUMERATION_MARGIN and listed_product(
        candidate=candidate, vocabulary=vocabulary
    )
    return (
        confident
        or coded
        or product
        or example
        or practice
        or listed
        or defined
        or credential
        or similar
        or bracketed
        or _field_years(candidate=candidate, text=posting.text)
        or (
            candidate.score >= vocabulary.threshold - ENUMERATION_MARGIN
            and (
                field_experience_line(text=posting.text, start=candidate.start, end=candidate.end)
                or (
                    _AFTER_DURATION_RE.search(posting.text, max(0, candidate.start - 60), candidate.start)
                    is not None
                    and _ASK_ENDS_RE.match(posting.text, candidate.end) is not None
                    and not _ADJECTIVE_END_RE.search(candidate.text)
                )
            )
        )
    )
