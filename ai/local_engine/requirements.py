"""Read a job posting into requirements: what a recruiter would screen for, each with its importance.

A requirement is a skill, tool, field, soft skill, responsibility, degree, certification, language or
years of experience. Alternatives are one requirement ("Python or Java"), and so is a category named with
examples ("frameworks such as React or Vue", "version control, e.g. Git"): any example, or any known member
of the category (see ``taxonomy``), satisfies it. Addresses, domains, places, the company's name, perks,
bare generic words and dangling fragments are never requirements.
"""

import functools

from ai.local_engine.acronym_heads import name_acronym_heads
from ai.local_engine.body_memberships import add_memberships
from ai.local_engine.body_registrations import name_body_registrations
from ai.local_engine.bracket_alternatives import fold_similar_examples, merge_bracketed_fields
from ai.local_engine.candidates import Candidate, find_candidates, score_candidates
from ai.local_engine.category_heads import drop_category_heads
from ai.local_engine.certification_requirements import (
    add_certifications,
    commercial_licences_drive,
    drop_bare_credentials,
    name_credentials_either,
    name_registrations,
)
from ai.local_engine.certifications import certifications
from ai.local_engine.degree_requirements import degree_requirement
from ai.local_engine.employer_places import name_local_forms
from ai.local_engine.field_examples import add_field_examples
from ai.local_engine.job import importance_by_sentence
from ai.local_engine.job_title import job_title
from ai.local_engine.job_years import asks_no_experience, asks_no_years, entry_level_years, min_years
from ai.local_engine.language_asks import any_language_asked
from ai.local_engine.named_products import add_products_done_in
from ai.local_engine.or_neighbours import merge_or_neighbours, name_open_examples, name_or_examples
from ai.local_engine.person_spec import uncoded
from ai.local_engine.posting import read_posting
from ai.local_engine.registration_asks import (
    add_licensed_titles,
    add_registrations,
    drop_repeated_credentials,
)
from ai.local_engine.regulator_rules import add_regulator_rules
from ai.local_engine.requirement_builder import RequirementBuilder
from ai.local_engine.requirement_forms import (
    merge_or_brackets,
    not_the_job,
)
from ai.local_engine.requirement_keep import sort_candidates
from ai.local_engine.requirement_model import JobRequirements
from ai.local_engine.requirement_twins import merge_acronym_twins, merge_name_twins
from ai.local_engine.requirement_weights import weigh
from ai.local_engine.sentence_requirements import sentence_requirements
from ai.local_engine.shared_heads import join_shared_heads, share_heads_back
from ai.local_engine.system_products import name_system_products
from ai.local_engine.text import line_norms, normalize_phrase, sentence_tokens, tokenize
from ai.local_engine.tool_purposes import tools_for_purposes
from ai.local_engine.trade_fields import add_trade_workers
from ai.local_engine.vocab import get_vocabulary

JOB_CACHE_SIZE = 64
HARD_KINDS = frozenset({"hard_skill", "tool", "certification", "language"})


@functools.lru_cache(maxsize=JOB_CACHE_SIZE)
def read_requirements(*, text: str) -> JobRequirements:
    """Return the requirements of the job posting ``text`` (kept for the next analyses of one posting)."""
    text = uncoded(text=text)  # "E1 Degree in Environmental Health (AF, I)": an essential criterion
    vocabulary = get_vocabulary()
    posting = read_posting(text=text, vocabulary=vocabulary)
    asks = posting.asks()
    importance = importance_by_sentence(sentences=list(posting.sentences), text=text)
    title = job_title(sentences=list(posting.sentences), vocabulary=vocabulary)
    candidates = find_candidates(text=text, vocabulary=vocabulary, sentences=asks)
    score_candidates(candidates=candidates, vocabulary=vocabulary)
    certificates = certifications(asks=asks, role_nouns=vocabulary.role_nouns)
    kept, tentative_candidates = sort_candidates(
        candidates=candidates, posting=posting, certificates=certificates, vocabulary=vocabulary
    )
    # joined once kept: how a candidate reads alone decides whether it is kept ("Perform water" and "sewer
    # calculations" both kept make one duty)
    kept = share_heads_back(candidates=join_shared_heads(candidates=kept, text=text), text=text)
    tentative_candidates = join_shared_heads(candidates=tentative_candidates, text=text)
    builder = RequirementBuilder(
        vocabulary=vocabulary, importance=importance, title_keys=normalize_phrase(text=title or "")
    )
    by_sentence: dict[int, list[Candidate]] = {}
    for candidate in kept:
        by_sentence.setdefault(candidate.sentence.start, []).append(candidate)
    for sentence in asks:
        if sentence.start in by_sentence:
            sentence_requirements(
                builder=builder, sentence=sentence, candidates=by_sentence[sentence.start], text=text
            )
    add_certifications(
        items=builder.items,
        spelled=builder.spelled,
        certificates=certificates,
        text=text,
        importance=importance,
    )
    add_memberships(items=builder.items, asks=asks, text=text, importance=importance)
    add_registrations(items=builder.items, asks=asks, importance=importance)
    add_licensed_titles(items=builder.items, asks=asks, importance=importance)
    add_regulator_rules(items=builder.items, asks=asks, importance=importance)
    add_products_done_in(
        items=builder.items,
        asks=asks,
        importance=importance,
        vocabulary=vocabulary,
        name_words=posting.name_words,
    )
    requirements = sorted(
        not_the_job(requirements=builder.items.values(), title=title or ""), key=lambda r: r.position
    )
    requirements = merge_or_brackets(requirements=requirements, text=text)
    requirements = merge_or_neighbours(requirements=requirements, text=text)  # "Pilot certificate or ATC"
    name_open_examples(requirements=requirements, text=text)  # "financial services or another industry"
    name_or_examples(requirements=requirements, text=text)  # "Amplitude or Mixpanel": Amplitude unknown
    requirements = merge_bracketed_fields(requirements=requirements, text=text)
    # "excavators (Cat 320/336, Komatsu PC360 or similar)": the models are the kind's examples
    requirements = fold_similar_examples(requirements=requirements, text=text)
    requirements = merge_acronym_twins(requirements=requirements)
    requirements = merge_name_twins(requirements=requirements)
    # "financial processes: record to report, month-end close": the members are asked, not the kind
    requirements = drop_category_heads(requirements=requirements, text=text)
    tools_for_purposes(requirements=requirements, text=text)  # "SQL queries for data analysis"
    name_system_products(requirements=requirements, text=text)  # "Toast POS": the product, or a POS
    add_field_examples(requirements=requirements, text=text)  # "Distributed systems concepts: idempotency"
    name_acronym_heads(requirements=requirements, text=text)  # "mechanical, ... (MEP) drawings": MEP drawings
    requirements = name_registrations(requirements=requirements)
    name_body_registrations(requirements=requirements)  # "HCPC registration": not the HCPCS codes
    requirements = name_credentials_either(requirements=requirements, text=text)
    requirements = drop_bare_credentials(requirements=requirements)
    requirements = drop_repeated_credentials(requirements=requirements)
    commercial_licences_drive(requirements=requirements)
    add_trade_workers(requirements=requirements)
    name_local_forms(requirements=requirements)  # "County geography" is the local geography
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
    known_words = [set(k.split()) for k in known]  # (split once, not once per tentative candidate)
    for candidate in tentative_candidates:
        words = set(candidate.key.split())
        if candidate.key not in known and not any(words <= other for other in known_words):
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
