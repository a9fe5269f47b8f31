"""Read SkillSpan postings and score keyword lists against their gold spans (training and benches only)."""

import json
from dataclasses import dataclass
from pathlib import Path

from ai.local_engine.text import STOPWORDS, tokenize

# The test split is for reporting only: nothing that builds vocabulary or weights may read it.
TRAINING_SPLITS = ("train", "dev")


@dataclass(frozen=True, slots=True)
class GoldSpan:
    """One annotated span: its text and character offsets in the rebuilt posting."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Posting:
    """A whole job posting rebuilt from its sentences, with its gold knowledge and skill spans."""

    source: str
    idx: int
    text: str
    knowledge: tuple[GoldSpan, ...]
    skills: tuple[GoldSpan, ...]


def _spans(*, tokens: list[str], tags: list[str], offsets: list[int]) -> list[GoldSpan]:
    spans: list[GoldSpan] = []
    first = None
    for index, tag in enumerate([*tags, "O"]):
        if first is not None and tag != "I":
            end = offsets[index - 1] + len(tokens[index - 1])
            spans.append(GoldSpan(text=" ".join(tokens[first:index]), start=offsets[first], end=end))
            first = None
        if tag == "B":
            first = index
    return spans


def load_postings(*, eval_dir: Path, split: str) -> list[Posting]:
    """Return the postings of one SkillSpan split, grouped by (source, idx), in file order."""
    grouped: dict[tuple[str, int], list[dict]] = {}
    with (eval_dir / "skillspan" / f"{split}.json").open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                grouped.setdefault((row["source"], row["idx"]), []).append(row)
    postings = []
    for (source, idx), rows in grouped.items():
        parts: list[str] = []
        knowledge: list[GoldSpan] = []
        skills: list[GoldSpan] = []
        position = 0
        for row in rows:
            offsets = []
            for token in row["tokens"]:
                offsets.append(position)
                position += len(token) + 1
            parts.append(" ".join(row["tokens"]))
            knowledge += _spans(tokens=row["tokens"], tags=row["tags_knowledge"], offsets=offsets)
            skills += _spans(tokens=row["tokens"], tags=row["tags_skill"], offsets=offsets)
        postings.append(
            Posting(
                source=source,
                idx=idx,
                text="\n".join(parts),
                knowledge=tuple(knowledge),
                skills=tuple(skills),
            )
        )
    return postings


def content_tokens(*, text: str) -> frozenset[str]:
    """Return the normalised non-stopword tokens of ``text`` (the unit of the loose match)."""
    return frozenset(token.norm for token in tokenize(text=text)) - STOPWORDS


@dataclass(frozen=True, slots=True)
class LooseCounts:
    """Counts behind loose (token-overlap) recall and precision."""

    gold: int
    gold_found: int
    predicted: int
    predicted_correct: int

    @property
    def recall(self) -> float:
        return self.gold_found / self.gold if self.gold else 0.0

    @property
    def precision(self) -> float:
        return self.predicted_correct / self.predicted if self.predicted else 0.0


def loose_counts(*, gold: list[str], predicted: list[str]) -> LooseCounts:
    """Count gold spans sharing a content token with a prediction, and predictions sharing one with gold.

    Predictions are deduplicated by their content tokens first, so repeating a keyword earns nothing.
    """
    gold_sets = [tokens for tokens in (content_tokens(text=g) for g in gold) if tokens]
    predicted_sets = list(dict.fromkeys(t for t in (content_tokens(text=p) for p in predicted) if t))
    return LooseCounts(
        gold=len(gold_sets),
        gold_found=sum(1 for g in gold_sets if any(g & p for p in predicted_sets)),
        predicted=len(predicted_sets),
        predicted_correct=sum(1 for p in predicted_sets if any(g & p for g in gold_sets)),
    )
