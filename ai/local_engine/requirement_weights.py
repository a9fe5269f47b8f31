"""A requirement's weight in the score: required over preferred, named in the title or the first asks,
repeated, and a duty or soft skill below a named skill."""

import math

from ai.local_engine.job import REQUIRED
from ai.local_engine.requirement_model import Requirement

TITLE_BOOST = 1.5
EARLY_BOOST = 1.15
PHRASE_FACTOR = 0.6
SOFT_FACTOR = 0.6


def weigh(*, requirements: list[Requirement], asks_count: int, first_asks: dict[int, int]) -> None:
    """Number ``requirements`` (r1, r2, ...) and set each one's weight; ``first_asks`` gives, by a
    requirement's position, the index of the first ask that names it."""
    for number, requirement in enumerate(requirements, start=1):
        requirement.id = f"r{number}"
        weight = 2.0 if requirement.importance == REQUIRED else 1.0
        if requirement.in_title:
            weight *= TITLE_BOOST
        if first_asks.get(requirement.position, asks_count) < max(2, asks_count // 3):
            weight *= EARLY_BOOST
        weight *= 1 + 0.25 * math.log(requirement.occurrences)
        if requirement.kind == "responsibility":
            weight *= PHRASE_FACTOR
        elif requirement.kind == "soft_skill":
            weight *= SOFT_FACTOR
        requirement.weight = round(weight, 3)
