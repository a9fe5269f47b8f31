"""Examples a posting gives of a field right after naming it: "Distributed systems concepts: idempotency,
retries, exactly-once processing", "distributed systems concepts (consensus such as Raft or Paxos,
replication)". The examples are plain words no vocabulary names, so they are no requirements of their own;
a resume that shows any of them shows the field."""

import re

from ai.local_engine.requirement_model import Requirement
from ai.local_engine.text import STOPWORDS, normalize_phrase

# After the field's name: a word saying its grounding is asked, then a colon or an opening bracket. Without
# that word a bracket or a colon may hold the field's parts ("P&L (sales, payroll, shrink)") or a remark
# ("(training provided)"), not examples that each show it.
_OPENING_RE = re.compile(r"[ \t]+(?:concepts|fundamentals|principles)[ \t]*(:|\()[ \t]*", re.IGNORECASE)
_SPLIT_RE = re.compile(
    r"\s*(?:[,;/]|\bor\b|\band\b|\bsuch as\b|\be\.g\.|\bincluding\b|\betc\b\.?)\s*", re.IGNORECASE
)
# An example is a name of one to three words ("idempotency", "exactly-once processing").
_ITEM_RE = re.compile(r"[A-Za-z][\w+#.'-]*(?:[ \t][A-Za-z][\w+#.'-]*){0,2}")
_SENTENCE_END_RE = re.compile(r"\.(?:\s|$)|\n")
_MAX_EXAMPLES = 6


def add_field_examples(*, requirements: list[Requirement], text: str) -> None:
    """Give each known field the posting names with examples after it those examples' keys (in place)."""
    for requirement in requirements:
        if requirement.kind != "hard_skill" or requirement.concept_id is None:
            continue
        written = requirement.asked_as or requirement.name
        end = requirement.position + len(written)
        if text[requirement.position : end].lower() != written.lower():
            continue
        opening = _OPENING_RE.match(text, end)
        if opening is None:
            continue
        closing = (
            text.find(")", opening.end())
            if opening.group(1) == "("
            else next((m.start() for m in _SENTENCE_END_RE.finditer(text, opening.end())), -1)
        )
        body = text[opening.end() : closing if closing >= 0 else len(text)]
        if "\n" in body:
            continue  # a bracket left open: no list of examples
        items = [item.strip(" .") for item in _SPLIT_RE.split(body) if item.strip(" .")]
        if not items or len(items) > _MAX_EXAMPLES or not all(_ITEM_RE.fullmatch(item) for item in items):
            continue
        keys = [normalize_phrase(text=item) for item in items if item.lower() not in STOPWORDS]
        requirement.alternative_keys = tuple(dict.fromkeys((*requirement.alternative_keys, *keys)))
