"""Collect a posting's requirements as they are read, merging repeats of the same concept or key."""

import re

from ai.local_engine.asked_qualities import quality_name
from ai.local_engine.candidates import Candidate
from ai.local_engine.job import PREFERRED, REQUIRED, Importance
from ai.local_engine.requirement_forms import other_name_after, shared_head_core
from ai.local_engine.requirement_model import Requirement
from ai.local_engine.requirement_names import kind_of, soft_skill_name
from ai.local_engine.slashed_names import SLASHED_RE, slashed_names, slashed_word_forms
from ai.local_engine.taxonomy import category_members, category_of, named_member
from ai.local_engine.text import normalize_phrase
from ai.local_engine.vocab import Vocabulary, everyday_words
from ai.local_engine.whole_names import name_keys


class RequirementBuilder:
    """Collect requirements, merging repeats of the same concept or key."""

    def __init__(self, *, vocabulary: Vocabulary, importance: Importance, title_keys: str) -> None:
        self.vocabulary = vocabulary
        self.importance = importance
        self.title_keys = f" {title_keys} "
        self.items: dict[tuple, Requirement] = {}
        self.spelled: list[tuple[int, int]] = []  # words an acronym spells out: its requirement's

    def add(
        self,
        *,
        head: Candidate,
        alternatives: list[Candidate],
        confident: bool,
        name: str | None = None,
        parts: bool = False,
        kind: str | None = None,
        closed: bool = False,
    ) -> None:
        """Add a requirement, or merge it into the one already read with the same identity.

        ``parts``: ``alternatives`` are parts of the named skill ``head`` ("AWS (EC2, S3)"), each asked for on
        its own too; any of them shows the skill, which stays one requirement with its plain mentions.
        ``kind``: the kind the sentence says it is ("... (RDN) credential"), not the one read off ``head``.
        ``closed``: ``alternatives`` are the options of the category ``head`` names ("scripting (Python or
        Bash)"), met by them alone, not by another member of the category.
        """
        members = [head, *alternatives]
        category = category_of(key=head.key, vocabulary=self.vocabulary)
        concepts = {c.concept_id for c in alternatives if c.concept_id is not None}
        named = named_member(key=head.key, concept_id=head.concept_id, vocabulary=self.vocabulary)
        if category is not None and named is not None:
            concepts |= named  # "Bash scripting": Bash, not any scripting language
        elif category is not None and not (closed and alternatives):
            concepts |= category_members(category=category, vocabulary=self.vocabulary)
        if category is not None:
            identity: tuple = ("g", category)  # "JavaScript frameworks" named twice is one requirement
        elif head.concept_id is not None and (parts or not alternatives):
            identity = ("c", head.concept_id)
        else:
            identity = ("k", tuple(sorted(m.key for m in members)))
        level = self.importance.at(sentence_start=head.sentence.start, position=head.start)
        existing = self.items.get(identity)
        if existing is not None:
            existing.occurrences += 1
            if (
                head.concept_id is not None
                and head.concept_id == existing.concept_id
                and head.key == normalize_phrase(text=self.vocabulary.concepts[head.concept_id].name)
            ):
                existing.name = (
                    head.text
                )  # the posting also names it plainly: "teamwork", not "cross-functional"
            existing.alternatives = tuple(
                dict.fromkeys((*existing.alternatives, *(c.text for c in alternatives)))
            )
            existing.alternative_keys = tuple(
                dict.fromkeys((*existing.alternative_keys, *(c.key for c in alternatives)))
            )
            if not (identity[0] == "g" and existing.category is None and named is None):
                existing.alternative_concepts |= concepts  # "scripting" of "Bash scripting" widens it not
            if level == REQUIRED and existing.importance == PREFERRED:
                existing.importance, existing.sentence = REQUIRED, head.sentence.text
            if existing.kind != "certification" and (kind or kind_of(candidate=head)) == "certification":
                # "in line with HCPC standards", then "HCPC registration": the credential asked, and where
                existing.kind, existing.sentence = "certification", head.sentence.text
            return
        kind = kind or kind_of(candidate=head)
        if kind != "certification" and any(kind_of(candidate=c) == "certification" for c in alternatives):
            kind = "certification"  # "(e.g. AZ-500, CCSP, CISSP)": credentials, whichever is named first
        if alternatives and kind == "responsibility":
            kind = "hard_skill"  # "libraries like jQuery": the examples make it concrete
        if name is None:
            name = quality_name(head=head, vocabulary=self.vocabulary) or (
                soft_skill_name(head=head, vocabulary=self.vocabulary) if kind == "soft_skill" else head.text
            )
        slashed = [part for member in members for part in slashed_names(text=member.text)]
        offset = head.start - head.sentence.start
        core = shared_head_core(text=head.text, sentence_text=head.sentence.text, offset=offset)
        if slashed:
            # "BANT/MEDDIC", "sales, SDR/BDR or ...": either name
            name = SLASHED_RE.sub(lambda m: " or ".join(m.group().split("/")), name or head.text)
        other_name = other_name_after(text=head.sentence.text, start=offset, end=offset + len(head.text))
        self.items[identity] = Requirement(
            id="",
            name=name,
            kind=kind,
            importance=level,
            sentence=head.sentence.text,
            key=head.key,
            concept_id=head.concept_id,
            alternatives=tuple(dict.fromkeys([*(c.text for c in alternatives if c is not head), *slashed])),
            alternative_concepts=frozenset(concepts),
            alternative_keys=tuple(
                dict.fromkeys(
                    [
                        *(c.key for c in alternatives if c is not head),
                        *(normalize_phrase(text=n) for n in slashed),
                        *filter(None, [core]),
                        *(normalize_phrase(text=form) for form in slashed_word_forms(text=head.text)),
                        *filter(None, [normalize_phrase(text=other_name)]),
                        *filter(None, [_product_first(text=head.text), _product_of_maker(text=head.text)]),
                        *name_keys(text=head.text),  # "NRSWA" of "New Roads and Street Works Act 1991"
                    ]
                )
            ),
            category=None if named is not None else category,
            position=head.start,
            confident=confident,
            source=head.category,
            in_title=any(f" {m.key} " in self.title_keys for m in members),
            asked_as=head.text if name != head.text and not alternatives else "",
        )


# A product's name, with a capital inside it, before lower-case words of what it does: "YieldStar revenue
# management", "SystmOne records".
_PRODUCT_FIRST_RE = re.compile(r"((?:[A-Z][a-z]+|[a-z]+)[A-Z][A-Za-z]*)(?:[ \t]+[a-z][\w-]*)+")


def _product_first(*, text: str) -> str:
    """Return the key of the product a phrase opens with ("yieldstar" of "YieldStar revenue management"): the
    product alone shows it."""
    match = _PRODUCT_FIRST_RE.fullmatch(text)
    return normalize_phrase(text=match.group(1)) if match else ""


# A maker's name before its product's coined name: "Fortinet FortiGate", "Ceridian Dayforce".
_MAKER_PRODUCT_RE = re.compile(r"[A-Z][a-z]+[ \t]+([A-Z][A-Za-z]{3,})")


def _product_of_maker(*, text: str) -> str:
    """Return the key of the product a maker's name goes before ("fortigate" of "Fortinet FortiGate"): a
    resume names the product alone ("FortiGate 60F firewalls"); not an everyday word ("Tally Prime")."""
    match = _MAKER_PRODUCT_RE.fullmatch(text)
    if match is None or match.group(1).lower() in everyday_words():
        return ""
    return normalize_phrase(text=match.group(1))
