"""Find a term's words written in the resume as one closed compound.

English writes many compounds three ways: "floor plans", "floor-plans", "floorplans"; "data sets",
"datasets"; "code base", "codebase". A posting and a resume often pick different ones, and both name the
same thing. Hyphens are read already (the tokenizer splits them); this reads the closed form. (Not the other
way: a word split in two is too often two other words, "net working capital" for "networking".)
"""

from ai.local_engine.text import STOPWORDS, normalize_token

# A closed compound's parts are whole words: "floor" + "plan", never "the" + "rapist" (no stopword part,
# and each part at least this long).
_MIN_PART = 3


def closed_compound(
    *, words: list[str], positions: dict[str, tuple[tuple[int, int], ...]]
) -> tuple[int, str] | None:
    """Return (sentence, resume word) where the resume writes ``words`` (two or three normalised words) as
    one word ("floor plan" -> "floorplans"), or None."""
    if not 2 <= len(words) <= 3 or not all(w.isalpha() and len(w) >= _MIN_PART for w in words):
        return None
    if any(w in STOPWORDS for w in words):
        return None
    fused = normalize_token(raw="".join(words))  # the last word carries the plural: "floorplans"
    places = positions.get(fused)
    return (places[0][0], fused) if places else None
