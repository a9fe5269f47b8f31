"""Read a job posting into requirements: what a recruiter would screen for, each with its importance.

A requirement is a skill, tool, field, soft skill, responsibility, degree, certification, language or
years of experience. Alternatives are one requirement ("Python or Java"), and so is a category named with
examples ("frameworks such as React or Vue", "version control, e.g. Git"): any example, or any known member
of the category (see ``taxonomy``), satisfies it. Addresses, domains, places, the company's name, perks,
bare generic words and dangling fragments are never requirements.
"""

import functools
import re
from dataclasses import replace

from ai.local_engine.bracket_alternatives import fold_similar_examples, merge_bracketed_fields
from ai.local_engine.candidates import FILLER_WORDS, Candidate, find_candidates, score_candidates
from ai.local_engine.certification_requirements import (
    add_certifications,
    commercial_licences_drive,
    drop_bare_credentials,
    name_credentials_either,
    name_registrations,
)
from ai.local_engine.certifications import certifications
from ai.local_engine.degree_requirements import degree_requirement
from ai.local_engine.field_examples import add_field_examples
from ai.local_engine.job import importance_by_sentence
from ai.local_engine.job_title import job_title
from ai.local_engine.job_years import asks_no_experience, asks_no_years, entry_level_years, min_years
from ai.local_engine.junk import GENERIC_TERMS
from ai.local_engine.language_asks import any_language_asked
from ai.local_engine.named_examples import kind_with_examples, names_a_kind, parts_showing
from ai.local_engine.or_neighbours import merge_or_neighbours
from ai.local_engine.person_spec import uncoded
from ai.local_engine.phrases import cue_groups, languages_each_asked, or_groups
from ai.local_engine.posting import read_posting
from ai.local_engine.requirement_builder import RequirementBuilder
from ai.local_engine.requirement_forms import (
    KIND_AFTER_HEAD_RE,
    OR_SIMILAR_RE,
    merge_or_brackets,
    not_the_job,
    product_before,
    spelled_out_kind,
)
from ai.local_engine.requirement_keep import sort_candidates
from ai.local_engine.requirement_model import JobRequirements
from ai.local_engine.requirement_names import join_names, kind_of
from ai.local_engine.requirement_twins import merge_acronym_twins, merge_name_twins
from ai.local_engine.requirement_weights import weigh
from ai.local_engine.shared_heads import join_shared_heads
from ai.local_engine.spelled_acronyms import examples_after, spelled_out
from ai.local_engine.system_products import name_system_products
from ai.local_engine.taxonomy import category_of
from ai.local_engine.text import STOPWORDS, Sentence, line_norms, normalize_phrase, sentence_tokens, tokenize
from ai.local_engine.tool_purposes import tools_for_purposes
from ai.local_engine.trade_fields import add_trade_workers
from ai.local_engine.vocab import get_vocabulary

_OR_RE = re.compile(r"\bor\b", re.IGNORECASE)
_PLUS_RE = re.compile(r"\s*\+\s*")
_PREFERENCE_IN_BRACKET_RE = re.compile(
    r"[ \t]+(?:is[ \t]+)?(?:desirable|preferred|an?[ \t]+(?:plus|advantage|asset|bonus))[ \t]*\)",
    re.IGNORECASE,
)
JOB_CACHE_SIZE = 64
HARD_KINDS = frozenset({"hard_skill", "tool", "certification", "language"})
_KSA_WORDS = frozenset({"other", "characteristic", "competency", "competencies", "qualification"})


def _sentence_requirements(
    *, builder: RequirementBuilder, sentence: Sentence, candidates: list[Candidate], text: str
) -> None:
    used: set[int] = set()
    for acronym in candidates:
        start = spelled_out(candidate=acronym, text=text)
        if start is None:
            continue
        # "Certified Nursing Assistant (CNA)": one requirement, met by either name, called by its words (a
        # name with brackets would make a line of stuffed keywords read as a sentence).
        end = acronym.start - 1
        words = [c for c in candidates if c.start < end and start < c.end]
        builder.spelled.append((start, end))
        used.update(id(c) for c in (acronym, *words))
        full = text[start:end].rstrip()
        if set(normalize_phrase(text=full).split()) <= FILLER_WORDS | STOPWORDS | _KSA_WORDS:
            continue  # "Knowledge, Skills and Abilities (KSAs)": a heading of what follows, nothing asked
        expansion = replace(
            acronym, text=full, key=normalize_phrase(text=full), start=start, end=start + len(full)
        )
        spelled_kind = spelled_out_kind(full=full, text=text, start=start, after=acronym.end + 1)
        # "customer relationship management (CRM) software such as Salesforce": its examples meet it
        examples = examples_after(acronym=acronym, sentence=sentence, candidates=candidates)
        used.update(id(c) for c in examples)
        if spelled_kind != "issuer":  # "from the Commission on Dietetic Registration (CDR)": who issues it
            builder.add(
                head=acronym,
                alternatives=[expansion, *examples],
                confident=True,
                name=full,
                kind=spelled_kind or None,
            )
    candidates = [c for c in candidates if id(c) not in used]
    for head, examples in cue_groups(sentence=sentence, candidates=candidates, vocabulary=builder.vocabulary):
        used.update(id(c) for c in examples)
        if head is not None:
            used.add(id(head))
        if (
            head is not None
            and len(examples) == 1
            and kind_of(candidate=head) == "certification"
            and _PREFERENCE_IN_BRACKET_RE.match(text, examples[-1].end)
        ):
            # "IOSH Managing Safely (NEBOSH desirable)": a further credential wanted less, not an example of
            # the one asked ("a TMS (Kyriba preferred)" names an example of a kind)
            for candidate in (head, *examples):
                builder.add(head=candidate, alternatives=[], confident=True)
            continue
        if languages_each_asked(head=head, examples=examples, text=text):
            # "Accounts Receivable Clerk (French/English)": the languages the job is done in, not its parts
            for candidate in [head, *examples] if head else examples:
                builder.add(head=candidate, alternatives=[], confident=True)
            continue
        head_is_generic = head is None or all(
            w in GENERIC_TERMS for w in head.key.split() if w not in STOPWORDS
        )
        head_category = head is not None and (
            category_of(key=head.key, vocabulary=builder.vocabulary)
            or OR_SIMILAR_RE.match(text, examples[-1].end) is not None
            or kind_with_examples(head=head, examples=examples, text=text)
        )
        kind = head is not None and not head_category and KIND_AFTER_HEAD_RE.match(text, head.end)
        if kind:
            head, head_category = replace(head, text=text[head.start : kind.end()], end=kind.end()), True
        if head is not None and head.concept_id is not None and not head_category:
            # "Python (pandas, NumPy)", "AWS (EC2, S3)", "our TMS (MercuryGate)": a named skill and the parts
            # of it asked for, each a requirement of its own, and any of them shows the skill ("Adobe Creative
            # Suite (InDesign, Photoshop)" by InDesign). Parts offered as alternatives ("SAP (APO or IBP a
            # plus)") are one requirement.
            # "Spark (PySpark) or a similar distributed processing framework": the kind is the same ask.
            kind_after = _similar_kind_after(candidates=candidates, after=examples[-1], text=text)
            if kind_after is not None:
                used.add(id(kind_after))
            shown_by = parts_showing(head=head, examples=examples, text=text)
            shown_by = [*shown_by, kind_after] if kind_after is not None else shown_by
            builder.add(head=head, alternatives=shown_by, confident=True, parts=True)
            if names_a_kind(text=head.text):
                # "our case management system (Quill)", "case management systems (Mosaic, Liquidlogic)": the
                # kind is asked, and the products in its bracket are examples of it, not parts of it
                continue
            if len(examples) > 1 and _OR_RE.search(text, examples[0].end, examples[-1].start):
                names = join_names(names=[c.text for c in examples])
                builder.add(head=examples[0], alternatives=examples[1:], confident=True, name=names)
                continue
            for candidate in examples:
                builder.add(head=candidate, alternatives=[], confident=True)
        elif len(examples) > 1 and all(
            _PLUS_RE.fullmatch(text, a.end, b.start) for a, b in zip(examples, examples[1:], strict=False)
        ):
            # "Full Stack (React + Node.js)": a stack's parts, each asked, not alternatives
            for candidate in examples:
                builder.add(head=candidate, alternatives=[], confident=True)
        elif head is not None and not head_is_generic:
            builder.add(head=head, alternatives=examples, confident=True)
        elif head_category:
            builder.add(head=head, alternatives=examples, confident=True)
        else:
            builder.add(
                head=examples[0],
                alternatives=examples[1:],
                confident=True,
                name=join_names(names=[c.text for c in examples]),
            )
    rest = [c for c in candidates if id(c) not in used]
    grouped: dict[int, list[Candidate]] = {}  # the last of a group's names -> the group
    for group in or_groups(text=text, candidates=rest):
        used.update(id(c) for c in group)
        grouped[id(group[-1])] = group
        builder.add(
            head=group[0],
            alternatives=group[1:],
            confident=True,
            name=join_names(names=[c.text for c in group]),
        )
    for number, candidate in enumerate(candidates):
        if id(candidate) not in used:
            product = product_before(candidates=candidates, number=number, text=text, grouped=grouped)
            # "CDK or Reynolds & Reynolds DMS": any product of the group shows the kind
            products = grouped.get(id(product), [product]) if product else []
            builder.add(head=candidate, alternatives=products, confident=True)


_SIMILAR_AFTER_BRACKET_RE = re.compile(
    r"[^()\n]{0,40}\)\s*,?\s*or\s+(?:a|an|any|another)\s+(?:similar|comparable|equivalent|other)\s+",
    re.IGNORECASE,
)


def _similar_kind_after(*, candidates: list[Candidate], after: Candidate, text: str) -> Candidate | None:
    """Return the kind named right after a bracket closed after ``after`` and "or a similar", if any."""
    for candidate in candidates:
        if candidate.start >= after.end:
            found = _SIMILAR_AFTER_BRACKET_RE.fullmatch(text, after.end, candidate.start)
            return candidate if found else None
    return None


@functools.lru_cache(maxsize=JOB_CACHE_SIZE)
def read_requirements(*, text: str) -> JobRequirements:
    """Return the requirements of the job posting ``text`` (kept for the next analyses of one posting)."""
    text = uncoded(text=text)  # "E1 Degree in Environmental Health (AF, I)": an essential criterion
    vocabulary = get_vocabulary()
    posting = read_posting(text=text, vocabulary=vocabulary)
    asks = posting.asks()
    importance = importance_by_sentence(sentences=list(posting.sentences))
    title = job_title(sentences=list(posting.sentences), vocabulary=vocabulary)
    candidates = find_candidates(text=text, vocabulary=vocabulary, sentences=asks)
    score_candidates(candidates=candidates, vocabulary=vocabulary)
    certificates = certifications(asks=asks, role_nouns=vocabulary.role_nouns)
    kept, tentative_candidates = sort_candidates(
        candidates=candidates, posting=posting, certificates=certificates, vocabulary=vocabulary
    )
    # joined once kept: how a candidate reads alone decides whether it is kept ("Perform water" and "sewer
    # calculations" both kept make one duty)
    kept = join_shared_heads(candidates=kept, text=text)
    tentative_candidates = join_shared_heads(candidates=tentative_candidates, text=text)
    builder = RequirementBuilder(
        vocabulary=vocabulary, importance=importance, title_keys=normalize_phrase(text=title or "")
    )
    by_sentence: dict[int, list[Candidate]] = {}
    for candidate in kept:
        by_sentence.setdefault(candidate.sentence.start, []).append(candidate)
    for sentence in asks:
        if sentence.start in by_sentence:
            _sentence_requirements(
                builder=builder, sentence=sentence, candidates=by_sentence[sentence.start], text=text
            )
    add_certifications(
        items=builder.items,
        spelled=builder.spelled,
        certificates=certificates,
        text=text,
        importance=importance,
    )
    requirements = sorted(
        not_the_job(requirements=builder.items.values(), title=title or ""), key=lambda r: r.position
    )
    requirements = merge_or_brackets(requirements=requirements, text=text)
    requirements = merge_or_neighbours(requirements=requirements, text=text)  # "Pilot certificate or ATC"
    requirements = merge_bracketed_fields(requirements=requirements, text=text)
    # "excavators (Cat 320/336, Komatsu PC360 or similar)": the models are the kind's examples
    requirements = fold_similar_examples(requirements=requirements, text=text)
    requirements = merge_acronym_twins(requirements=requirements)
    requirements = merge_name_twins(requirements=requirements)
    tools_for_purposes(requirements=requirements, text=text)  # "SQL queries for data analysis"
    name_system_products(requirements=requirements, text=text)  # "Toast POS": the product, or a POS
    add_field_examples(requirements=requirements, text=text)  # "Distributed systems concepts: idempotency"
    requirements = name_registrations(requirements=requirements)
    requirements = name_credentials_either(requirements=requirements, text=text)
    requirements = drop_bare_credentials(requirements=requirements)
    commercial_licences_drive(requirements=requirements)
    add_trade_workers(requirements=requirements)
    requirements = any_language_asked(
        asks=asks, requirements=requirements, importance=importance, vocabulary=vocabulary
    )
    degree_level = degree_requirement(asks=asks, importance=importance, requirements=requirements)
    first_asks = {s.start: index for index, s in enumerate(asks)}
    for requirement in requirements:
        sentence_start = next((s.start for s in asks if s.start <= requirement.position < s.end + 1), None)
        first_asks[requirement.position] = first_asks.get(sentence_start, len(asks))
    weigh(requirements=requirements, asks_count=len(asks), first_asks=first_asks)
    tentative_builder = RequirementBuilder(vocabulary=vocabulary, importance=importance, title_keys="")
    known = {r.key for r in requirements} | {k for r in requirements for k in r.alternative_keys}
    for candidate in tentative_candidates:
        if candidate.key not in known and not any(
            set(candidate.key.split()) <= set(k.split()) for k in known
        ):
            tentative_builder.add(head=candidate, alternatives=[], confident=False)
    tentative = sorted(tentative_builder.items.values(), key=lambda r: r.position)
    for number, requirement in enumerate(tentative, start=len(requirements) + 1):
        requirement.id = f"r{number}"
    return JobRequirements(
        requirements=tuple(requirements),
        tentative=tuple(tentative),
        min_years=min_years(sentences=asks),
        degree_level=degree_level,
        title=title,
        posting=posting,
        norms=tuple(token.norm for token in tokenize(text=text)),
        asks_norms=tuple(token.norm for s in asks for token in sentence_tokens(text=text, sentence=s)),
        line_keys=line_norms(text=text),
        entry_years=entry_level_years(sentences=list(posting.sentences)),
        no_experience_asked=asks_no_experience(sentences=list(posting.sentences)),
        no_years_asked=asks_no_years(sentences=list(posting.sentences)),
    )
