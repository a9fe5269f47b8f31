"""How a practice area (``practice_areas``) is shown in a resume beyond its names: by a sentence in other
words that the semantic matcher finds close enough."""

from ai.local_engine.embeddings import get_encoder
from ai.local_engine.practice_areas import practice_keys
from ai.local_engine.requirement_model import Requirement

# How far over the encoder's threshold a sentence in other words must be to show a practice area
PRACTICE_MARGIN = 0.04


def is_practice(*, requirement: Requirement) -> bool:
    """Return whether a requirement is a practice area (``practice_areas``) named in words: work a resume
    describes in its own ("manage my cash drawer and balance it" for "cash handling"), like a duty. Not one
    named by letters or a single word, whose meaning the name alone does not carry ("SEND" is no "send")."""
    return (
        requirement.concept_id is not None
        and requirement.key in practice_keys()
        and len(requirement.name.split()) > 1
        and not requirement.name.isupper()
    )


def close_enough(*, cosine: float) -> bool:
    """Return whether a resume sentence the semantic matcher found closest to a practice area is close enough
    to show it: a clearer margin over the encoder's threshold than a duty needs, since a practice area's short
    name matches loosely ("Supported older patients at home" shows "care of the elderly"; "Diabetes education
    for patients and families", barely over the threshold, does not)."""
    encoder = get_encoder()
    return encoder is not None and cosine >= encoder.threshold + PRACTICE_MARGIN
