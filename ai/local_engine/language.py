"""Tell which language a text is written in, from its most common function words.

The engine's vocabulary, rules and rewrites are English. A text in another language is still analysed, but
the result says it cannot be read well instead of showing a silent, confident score.
"""

import functools
import re
from collections import Counter
from dataclasses import dataclass

# Frequent short words of each language, chosen to overlap as little as possible with the others.
_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the and of to in for with is are we you our will be on as this that your have from".split()
    ),
    "es": frozenset(
        "el la los las de del y en con para por que una un es somos tu nuestro experiencia se".split()
    ),
    "fr": frozenset(
        "le la les des du et en avec pour que une un est nous vous votre notre sur dans au".split()
    ),
    "de": frozenset(
        "der die das und mit für von zu ist wir sie ein eine den dem auf im bei oder nicht".split()
    ),
    "pt": frozenset("o a os as de do da e em com para que uma um é nós você nosso na no experiência".split()),
    "it": frozenset("il la le di del e con per che una un è noi voi nostro della nel alla sono gli".split()),
    "nl": frozenset("de het een en van met voor is wij je jouw onze op in te bij zijn ervaring".split()),
}
LANGUAGE_NAMES = {
    "en": "English", "es": "Spanish", "fr": "French", "de": "German", "pt": "Portuguese", "it": "Italian",
    "nl": "Dutch", "other": "a language the engine does not know",
}  # fmt: skip
# Each function word's languages, in the order above (the order ties are broken in).
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {
    word: tuple(code for code, words in _FUNCTION_WORDS.items() if word in words)
    for word in sorted(frozenset().union(*_FUNCTION_WORDS.values()))
}
# The opening of a text tells its language as well as the whole.
SAMPLE_CHARS = 4000
_WORD_RE = re.compile(r"[^\W\d_]+")
# Fewer function words than this and the text is too short or too list-like to judge: it counts as English.
MIN_EVIDENCE = 8


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    """The language code ("en", "es", ... or "other"), and the share of function words that agree."""

    code: str
    confidence: float

    @property
    def name(self) -> str:
        """Return the language's English name."""
        return LANGUAGE_NAMES[self.code]


@functools.lru_cache(maxsize=128)
def detect_language(*, text: str) -> LanguageGuess:
    """Return the language of ``text``; scripts other than Latin count as "other"."""
    words = _WORD_RE.findall(text[:SAMPLE_CHARS].lower())
    if not words:
        return LanguageGuess(code="en", confidence=0.0)
    latin = sum(map(str.isascii, words))
    if latin < len(words):
        latin = sum(1 for word in words if word.isascii() or all(ch < "\u0250" for ch in word))
    if latin < 0.5 * len(words):
        return LanguageGuess(code="other", confidence=round(1 - latin / len(words), 2))
    counts: Counter[str] = Counter()
    for word in filter(_LANGUAGES_OF.__contains__, words):
        for code in _LANGUAGES_OF[word]:
            counts[code] += 1
    total = sum(counts.values())
    if total < MIN_EVIDENCE:
        return LanguageGuess(code="en", confidence=0.0)
    # Ties go to English: the engine's own language is the safer reading of an ambiguous text.
    code, hits = max(counts.items(), key=lambda item: (item[1], item[0] == "en"))
    return LanguageGuess(code=code, confidence=round(hits / total, 2))
