"""What the engine reads from a posting: its requirements, each with its weight, and the posting itself."""

from dataclasses import dataclass, field

from ai.local_engine.posting import Posting
from ai.local_engine.text import Sentence


@dataclass(slots=True)
class Requirement:
    """One thing the job asks for, the ways a resume may show it, and how much it weighs."""

    id: str
    name: str
    kind: str
    importance: str
    sentence: str
    key: str
    concept_id: int | None
    alternatives: tuple[str, ...] = ()
    alternative_concepts: frozenset[int] = frozenset()
    alternative_keys: tuple[str, ...] = ()
    category: str | None = None
    weight: float = 0.0
    occurrences: int = 1
    position: int = 0
    confident: bool = True
    source: str = "phrase"
    level: int | None = None
    in_title: bool = False
    asked_as: str = ""  # the posting's own words, where the name differs ("clear communicator")
    extra: dict = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class JobRequirements:
    """Everything the engine reads from a job posting."""

    requirements: tuple[Requirement, ...]
    tentative: tuple[Requirement, ...]
    min_years: int | None
    degree_level: int | None
    title: str | None
    posting: Posting
    norms: tuple[str, ...]  # every word of the posting, normalised
    asks_norms: tuple[str, ...]  # the words of the sentences that may state requirements
    line_keys: frozenset[tuple[str, ...]]  # each line's words (a resume line equal to one is copied)
    entry_years: int | None = (
        None  # the most years an entry-level posting is for ("New Grad": 2, "Junior": 3)
    )
    no_experience_asked: bool = False  # "No experience required - we train you!"
    no_years_asked: bool = False  # that, or "0–2 years", "great, but not essential": no years to score

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        """Return every sentence of the posting."""
        return self.posting.sentences
