"""One asking sentence's requirements: an acronym with the words it spells out is one, a named skill with the
parts asked of it in brackets, a kind with its examples, names offered as alternatives ("Python or Java"), and
each other kept candidate alone."""

import re
from dataclasses import replace

from ai.local_engine.any_of_lists import any_of_listed
from ai.local_engine.candidates import FILLER_WORDS, Candidate
from ai.local_engine.coded_names import code_or_standard
from ai.local_engine.example_kinds import closed_bracket, options_after
from ai.local_engine.junk import GENERIC_TERMS
from ai.local_engine.named_examples import kind_with_examples, names_a_kind, parts_showing
from ai.local_engine.phrases import cue_groups, languages_each_asked, or_groups
from ai.local_engine.requirement_builder import RequirementBuilder
from ai.local_engine.requirement_forms import (
    KIND_AFTER_HEAD_RE,
    OR_SIMILAR_RE,
    product_before,
    spelled_out_kind,
)
from ai.local_engine.requirement_names import join_names, kind_of
from ai.local_engine.spelled_acronyms import examples_after, spelled_out
from ai.local_engine.taxonomy import category_of
from ai.local_engine.text import STOPWORDS, Sentence, normalize_phrase

_OR_RE = re.compile(r"\bor\b", re.IGNORECASE)
_PLUS_RE = re.compile(r"\s*\+\s*")
_PREFERENCE_IN_BRACKET_RE = re.compile(
    r"[ \t]+(?:is[ \t]+)?(?:desirable|preferred|an?[ \t]+(?:plus|advantage|asset|bonus))[ \t]*\)",
    re.IGNORECASE,
)
_KSA_WORDS = frozenset({"other", "characteristic", "competency", "competencies", "qualification"})
# A bracket of a product's editions only: "dbt (Core or Cloud)", "Jira (Cloud or Data Center)", "Tableau
# (Desktop, Server)". The product is asked in any edition; "Cloud" there is no skill of its own.
_EDITION = (
    r"(?:Core|Cloud|Server|Desktop|Online|Enterprise|Community|Pro|Professional|Standard|Premium|"
    r"Data\s+Center|Service|SaaS|On-?[Pp]rem(?:ise)?s?|CE|EE)"
)
_EDITIONS_RE = re.compile(rf"\s*\(\s*{_EDITION}(?:\s*(?:,|/|\bor\b|\band\b)\s*{_EDITION})*\s*\)")


def sentence_requirements(
    *, builder: RequirementBuilder, sentence: Sentence, candidates: list[Candidate], text: str
) -> None:
    """Add to ``builder`` the requirements the kept ``candidates`` of an asking ``sentence`` name."""
    used: set[int] = set()
    for candidate in candidates:
        if (
            text[candidate.start - 1 : candidate.start] == "("
            and _PREFERENCE_IN_BRACKET_RE.match(text, candidate.end)
            and code_or_standard(text=candidate.text)
        ):
            # "Azure / Entra ID security experience (SC-200 a plus)": a code alone in a bracket with a word of
            # preference is asked on its own, less; not a part of the name before it
            builder.add(head=candidate, alternatives=[], confident=True)
            used.add(id(candidate))
    candidates = [c for c in candidates if id(c) not in used]
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
        if head is not None and head.concept_id is not None and _EDITIONS_RE.match(text, head.end):
            builder.add(head=head, alternatives=[], confident=True)  # "dbt (Core or Cloud)": any edition
            continue
        closed = head is not None and closed_bracket(head=head, examples=examples, text=text)
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
            builder.add(head=head, alternatives=examples, confident=True, closed=closed)
        elif head_category:
            builder.add(head=head, alternatives=examples, confident=True, closed=closed)
        else:
            builder.add(
                head=examples[0],
                alternatives=examples[1:],
                confident=True,
                name=join_names(names=[c.text for c in examples]),
            )
    rest = [c for c in candidates if id(c) not in used]
    listed = any_of_listed(sentence=sentence, candidates=rest, text=text)
    if len(listed) > 1:  # "any combination of the following fields: accounting, finance or economics"
        used.update(id(c) for c in listed)
        rest = [c for c in rest if id(c) not in used]
        names = join_names(names=[c.text for c in listed])
        builder.add(head=listed[0], alternatives=listed[1:], confident=True, name=names)
    grouped: dict[int, list[Candidate]] = {}  # the last of a group's names -> the group
    for group in or_groups(text=text, candidates=rest):
        used.update(id(c) for c in group)
        grouped[id(group[-1])] = group
        owner = next((c for c in reversed(rest) if c.end <= group[0].start and id(c) not in used), None)
        if (
            owner is not None
            and options_after(head=owner, group=group, text=text)
            and category_of(key=owner.key, vocabulary=builder.vocabulary)
        ):
            # "scripting in Python, PowerShell or Bash": the category asked, met by the options named alone
            used.add(id(owner))
            names = join_names(names=[c.text for c in group])
            builder.add(head=owner, alternatives=group, confident=True, closed=True, name=names)
            continue
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
