"""Which of a posting's keyword candidates are requirements: kept, tentative (shown only when nothing
firmer is asked), or neither.

The extractor's score decides in running text; a named tool, an example after "such as", and an item of an
enumeration of short noun phrases are kept further below its threshold, since a posting lists them to be
asked for. Work with or leading of other people ("work with product managers and data scientists",
"leading engineers") is asked as collaboration or leadership, wherever the words stand.
"""

import re

from ai.local_engine.candidates import Candidate
from ai.local_engine.certifications import CREDENTIAL_NOUNS, named_as_credential
from ai.local_engine.cut_phrases import cut_short
from ai.local_engine.job import HARD_CATEGORIES, TENTATIVE_MARGIN
from ai.local_engine.junk import about_us, is_acronym, is_junk, is_named
from ai.local_engine.language import detect_language
from ai.local_engine.language_asks import communication_in_languages
from ai.local_engine.named_examples import KIND_THEN_BRACKET_RE, named_tool_spans
from ai.local_engine.organisation_names import extends_employer_name
from ai.local_engine.people_acts import posting_people_acts
from ai.local_engine.phrases import cue_clauses, enumeration_items
from ai.local_engine.posting import Posting
from ai.local_engine.soft_adjectives import describes_a_thing, trait_of_others
from ai.local_engine.spelled_acronyms import spelled_out
from ai.local_engine.text import Sentence
from ai.local_engine.vocab import Vocabulary, everyday_words
from ai.local_engine.word_uses import (
    in_described_culture,
    led_by_or_to,
    names_things,
    nationality_adjective,
)

# How far below the extractor's threshold a named tool is still a requirement (SkillSpan dev, 0-3 tried).
TOOL_MARGIN = 1.0
_LOWER_CASE_MIN = 5  # asking sentences, most opening in lower case: a posting written all in lower case
ENUMERATION_MARGIN = 4.0


# What precedes a word for a person ("mentor", "coach") given to the new hire rather than asked of them.
_GIVEN_PERSON_RE = re.compile(r"\b(?:with|by|from)\s+(?:a|an|your|our)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# "We value kindness, curiosity and shipping": the employer's values, no requirement of any kind.
_VALUES_RE = re.compile(
    r"^[\W\d]*(?:we|our\s+(?:team|people|culture))\s+(?:really\s+|deeply\s+|truly\s+)?"
    r"(?:value|believe\s+in|care\s+(?:deeply\s+)?about|love|celebrate|prize|champion|cherish|embrace)\b",
    re.IGNORECASE,
)
# "we give ownership and freedom", "giving you full ownership", "You have the ownership", "we offer
# autonomy": what the job gives, not a skill asked (SkillSpan train: none of these is annotated).
_GIVEN_BEFORE_RE = re.compile(
    r"\b(?:give|gives|giving|given|offer|offers|offering|provide|provides|get|gets|enjoy|enjoys|have\s+the|"
    r"has\s+the)\s+(?:you\s+)?(?:and\s+your\s+team\s+)?(?:full\s+|real\s+|a\s+lot\s+of\s+|lots\s+of\s+|"
    r"plenty\s+of\s+|the\s+)?$",
    re.IGNORECASE,
)
_GIVABLE = frozenset(
    {"ownership", "autonomy", "freedom", "flexibility", "independence", "trust", "mentorship"}
)
# "QBRs with clinic leadership", "present to senior leadership", "dashboards for sales and service
# leadership": the leaders, people met, not the skill.
_LEADERS_BEFORE_RE = re.compile(
    r"\b(?:with|to|for|from|by|across)\s+(?:the\s+|our\s+|its\s+|their\s+)?(?:[\w-]+\s+(?:and|&)\s+)?"
    r"(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


# What follows a soft word that describes the workplace rather than the candidate: "a collaborative
# environment", "a cross-functional team", "creative freedom" (real postings: SkillSpan train, where none of
# these is annotated as a skill asked for). "a collaborative team player" is the candidate.
_WORKPLACE_AFTER_RE = re.compile(
    r"(?:[\s,]+(?:and\s+)?[a-z][\w-]*){0,2}?\s+(?:environments?|culture|atmosphere|workplace|setting|freedom|"
    r"company|organi[sz]ation|teams?(?!\s*-?\s*players?))\b",
    re.IGNORECASE,
)


def sort_candidates(
    *,
    candidates: list[Candidate],
    posting: Posting,
    certificates: list[tuple[int, int, Sentence]],
    vocabulary: Vocabulary,
) -> tuple[list[Candidate], list[Candidate]]:
    """Return the candidates kept as requirements and the tentative ones, in reading order."""
    english = detect_language(text=posting.text).code == "en"
    asks = posting.asks()
    clauses = {sentence.start: cue_clauses(sentence=sentence) for sentence in asks}
    items = frozenset(span for sentence in asks for span in enumeration_items(sentence=sentence))
    alike = [span for sentence in asks for span in named_tool_spans(sentence=sentence)]
    # "design end-to-end flows in figma": a posting written in lower case names its tools so too
    lower_case = 5 * sum(s.text[:1].islower() for s in asks) >= 3 * len(asks) >= 3 * _LOWER_CASE_MIN
    kept: list[Candidate] = []
    tentative_candidates: list[Candidate] = []
    for candidate in candidates:
        if _never_asked(
            candidate=candidate, posting=posting, certificates=certificates, vocabulary=vocabulary
        ):
            continue
        if _asked(
            candidate=candidate,
            posting=posting,
            vocabulary=vocabulary,
            english=english,
            clauses=clauses[candidate.sentence.start],
            items=items,
            alike=alike,
            lower_case=lower_case,
        ):
            kept.append(candidate)
        elif candidate.score >= vocabulary.threshold - TENTATIVE_MARGIN and candidate.concept_id is None:
            tentative_candidates.append(candidate)
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
    return kept, tentative_candidates


_TITLE_LINE_WORDS = 16
_JOIN_US_RE = re.compile(r"\W*join\s+(?:us|our)\b", re.IGNORECASE)


def _never_asked(
    *,
    candidate: Candidate,
    posting: Posting,
    certificates: list[tuple[int, int, Sentence]],
    vocabulary: Vocabulary,
) -> bool:
    """Return whether a candidate is no requirement however sure the extractor is: junk, inside a named
    certification, or a soft word that describes the employer, the workplace or what the job provides."""
    if candidate.category == "soft" and about_us(sentence=candidate.sentence.text):
        return True  # "We value collaboration": a description of the employer, not a requirement
    if extends_employer_name(candidate=candidate, text=posting.text, name_words=posting.name_words):
        return True  # "Creative" of "Parallax Creative", where "Parallax is a B2B agency" names the employer
    if candidate.category == "phrase" and cut_short(
        text=posting.text, phrase=candidate.text, end=candidate.end
    ):
        return True  # "test embedded" of "test embedded C firmware": the noun is read apart
    if communication_in_languages(candidate=candidate, text=posting.text, vocabulary=vocabulary):
        return True  # "Good communication in English, Hindi and Marathi": the languages are asked
    first = posting.sentences[0]
    if (
        candidate.category == "phrase"
        and candidate.sentence.start == first.start
        and first.text.count(" ") < _TITLE_LINE_WORDS
        and not is_acronym(text=candidate.text)
    ):
        return True  # "QA Tester - 12-month contract - Guildford": the title line names the job, asks no duty
    if candidate.category == "phrase" and _JOIN_US_RE.match(candidate.sentence.text):
        return True  # "Join our clinic team and help children with autism build ...": the pitch, not a duty
    if _VALUES_RE.match(candidate.sentence.text) and about_us(sentence=candidate.sentence.text):
        return True  # "We value kindness, curiosity and shipping": values, not a tool named
    if candidate.category == "soft" and _GIVEN_PERSON_RE.search(
        posting.text, max(0, candidate.start - 40), candidate.start
    ):
        return True  # "induction with a dedicated mentor": a person the job provides, not a skill asked
    if (
        candidate.key in {"leadership", "ownership"}
        and _LEADERS_BEFORE_RE.search(posting.text, max(0, candidate.start - 30), candidate.start)
        and not re.match(
            r"\s+(?:skills?|experience|abilit\w*|qualit\w*|role|position|of)\b", posting.text[candidate.end :]
        )
    ):
        return True  # "QBRs with clinic leadership", "report variances to ownership": people met, no skill
    if candidate.key in _GIVABLE and _GIVEN_BEFORE_RE.search(
        posting.text, max(0, candidate.start - 40), candidate.start
    ):
        return True  # "giving you full ownership": what the job gives
    if candidate.category == "soft" and _WORKPLACE_AFTER_RE.match(posting.text, candidate.end):
        return True  # "in a collaborative environment": the workplace described, not a skill asked
    if candidate.category == "soft" and describes_a_thing(
        word=candidate.text, text=posting.text, end=candidate.end
    ):
        return True  # "our customer-facing analytics": a product described, not a skill asked
    if trait_of_others(candidate=candidate, text=posting.text):
        return True  # "live independently", "well presented", "keep your truck stocked and organized"
    if _other_sense(candidate=candidate, text=posting.text):
        return True
    return is_junk(candidate=candidate, posting=posting) or any(
        candidate.start < end and start < candidate.end for start, end, _ in certificates
    )


def _other_sense(*, candidate: Candidate, text: str) -> bool:
    """Return whether a skill's word is used in a sense that asks nothing: "strategic initiatives" (things),
    "the Danish office" (a country's), "the lab led by Prof. X" (someone else leads), "a culture centered
    on collaboration" (the employer's)."""
    if candidate.category == "soft":
        return (
            names_things(text=candidate.text)
            or led_by_or_to(text=text, start=candidate.start, end=candidate.end)
            or in_described_culture(text=text, start=candidate.start)
        )
    return candidate.category == "language" and nationality_adjective(
        text=text, start=candidate.start, end=candidate.end, sentence=candidate.sentence.text
    )


def _asked(
    *,
    candidate: Candidate,
    posting: Posting,
    vocabulary: Vocabulary,
    english: bool,
    clauses: list[tuple[int, int, int]],
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
    )
    # A whole item of an enumeration of short noun phrases ("assessments, medication administration,
    # wound care, IV therapy") is asked for, like the items beside it, unless the extractor is sure not.
    listed = (
        candidate.category == "phrase"
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
    return confident or example or listed or defined or credential or similar or bracketed
