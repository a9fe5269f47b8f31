"""Products a duty is done in, named after "in" though the vocabulary does not know them: "organize document
productions in Relativity", "documenting networks in Visio and IT Glue". What is done in a name (records,
productions, tickets) or a name listed with a known tool there is a product the job uses, a tool asked, met
where the resume names it."""

import re

from ai.local_engine.job import Importance
from ai.local_engine.list_words import LIST_JOIN
from ai.local_engine.requirement_model import Requirement
from ai.local_engine.resume_dates import MONTH
from ai.local_engine.text import Sentence, normalize_phrase
from ai.local_engine.vocab import Vocabulary

# A product's name: capitalised words, an acronym before them, letters or a number after them allowed
# ("IT Glue", "Argo CD", "Microsoft 365").
_NAME = r"(?:[A-Z]{2,5}[ \t]+)?[A-Z][\w.'-]*[a-z0-9][\w.'-]*(?:[ \t]+(?:[A-Z][\w.'+-]*|\d[\w.]*)){0,2}"
# "in" and the names after it, one or a list.
_IN_NAMES_RE = re.compile(rf"\b(?P<done>\w+)[ \t]+in[ \t]+(?P<names>{_NAME}(?:{LIST_JOIN}{_NAME})*)")
_NAME_RE = re.compile(_NAME)
# What is done in a product, never in a place: "document productions in Relativity", "tickets in Jira".
_DONE_IN_A_PRODUCT = frozenset(
    """productions entries records documentation documents tickets diagrams dashboards timesheets invoices
    transactions workflows reconciliations""".split()
)
# When the work is done, not where: "Post journal entries in January and July", "reports in Q4".
_WHEN_RE = re.compile(rf"{MONTH}|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
# A name that goes on into what it names: "in Visio and IT Glue format", "in Finance teams".
_GOES_ON_RE = re.compile(r"[ \t]+(?:teams?|departments?|offices?|format|files?)\b")


def add_products_done_in(
    *,
    items: dict[tuple, Requirement],
    asks: list[Sentence],
    importance: Importance,
    vocabulary: Vocabulary,
    name_words: frozenset[str],
) -> None:
    """Add to ``items`` (a requirement builder's) a tool for each product the asks do work in (see module)."""
    for sentence in asks:
        if " in " not in sentence.text:
            continue
        for match in _IN_NAMES_RE.finditer(sentence.text):
            if _GOES_ON_RE.match(sentence.text, match.end()):
                continue
            names = list(_NAME_RE.finditer(match.group("names")))
            if re.search(r"\bor\b", match.group("names")):
                continue  # "in MS Project or Asta Powerproject": either one, read as the known one's other
            known = [n for n in names if _known(name=n.group(), vocabulary=vocabulary)]
            tools = any(_a_tool(name=n.group(), vocabulary=vocabulary) for n in known)
            if not tools and match.group("done").lower() not in _DONE_IN_A_PRODUCT:
                continue  # "based in Leeds", "a degree in Safety, Environmental Science or Engineering"
            for name in names:
                if (
                    name in known
                    or all(w.lower() in name_words for w in name.group().split())
                    or _WHEN_RE.match(name.group())
                ):
                    continue  # a known tool is read already; an employer's, a place's or a month's is none
                position = sentence.start + match.start("names") + name.start()
                _add(
                    items=items,
                    name=name.group(),
                    position=position,
                    sentence=sentence,
                    importance=importance,
                )


def _known(*, name: str, vocabulary: Vocabulary) -> bool:
    """Return whether the vocabulary knows ``name`` or one of its words (a field, a known product)."""
    key = normalize_phrase(text=name)
    return key in vocabulary.surfaces or any(word in vocabulary.surfaces for word in key.split())


def _a_tool(*, name: str, vocabulary: Vocabulary) -> bool:
    """Return whether the vocabulary knows ``name`` as a tool ("Visio"), not a field ("Engineering")."""
    hit = vocabulary.surfaces.get(normalize_phrase(text=name))
    return hit is not None and vocabulary.concepts[hit[0]].category == "tool"


def _add(
    *, items: dict[tuple, Requirement], name: str, position: int, sentence: Sentence, importance: Importance
) -> None:
    key = normalize_phrase(text=name)
    if ("k", key) in items or any(r.key == key for r in items.values()):
        return
    items[("k", key)] = Requirement(
        id="",
        name=name,
        kind="tool",
        importance=importance.at(sentence_start=sentence.start, position=position),
        sentence=sentence.text,
        key=key,
        concept_id=None,
        position=position,
        alternative_keys=(key.replace(" ", ""),) if " " in key else (),  # "ITGlue" for "IT Glue"
    )
