"""Find a term written in the resume as another form of the same compound.

English writes many compounds three ways: "floor plans", "floor-plans", "floorplans"; "data sets",
"datasets"; "trouble-shooting", "troubleshooting". A posting and a resume often pick different ones, and
both name the same thing. The tokenizer splits a hyphen, so "floor-plans" is "floor plans" already; this
reads the term's words closed up into one resume word, and a one-word term the resume writes hyphenated.
(Not a one-word term written as two free words: those are too often two other words, "net working
capital" for "networking".)
"""

from ai.local_engine.text import STOPWORDS, Sentence, Token, normalize_token

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


# resume text -> its hyphenated words closed up ("troubleshooting" -> sentence, "trouble-shooting")
_JOINED: dict[str, dict[str, tuple[int, str]]] = {}
_JOINED_KEPT = 32


def hyphenated_word(
    *, word: str, text: str, sentences: tuple[Sentence, ...], tokens: tuple[tuple[Token, ...], ...]
) -> tuple[int, str] | None:
    """Return (sentence, words as written) where the resume writes the one word ``word`` (normalised) with
    a hyphen inside ("trouble-shooting", "e-mail"), or None."""
    joined = _JOINED.get(text)
    if joined is None:
        if len(_JOINED) >= _JOINED_KEPT:
            _JOINED.clear()
        joined = _JOINED[text] = {}
        for number, (sentence, row) in enumerate(zip(sentences, tokens, strict=True)):
            for first, second in zip(row, row[1:], strict=False):
                if sentence.text[first.end : second.start] == "-" and (first.text + second.text).isalpha():
                    joined.setdefault(
                        normalize_token(raw=first.text + second.text),
                        (number, sentence.text[first.start : second.end]),
                    )
    return joined.get(word) if len(word) >= 5 else None
