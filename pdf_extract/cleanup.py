"""Turn raw extracted text into clean, stable text: one place for every normalisation rule."""

import re
import unicodedata

# Characters that carry no text: byte-order marks, non-characters, zero-width marks.
_INVISIBLE = dict.fromkeys(map(ord, "\ufeff\ufffe\uffff\u200b\u200c\u200d\u2060\u00ad"), None)
_PRIVATE_USE = re.compile("[\ue000-\uf8ff\ufffd]")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# A soft hyphen at a line end is a discretionary break: the word continues on the next line.
_SOFT_HYPHEN_BREAK = re.compile(r"(\w)\u00ad[ \t]*\n[ \t]*(\w)")
# The lookbehind anchors the match at a word start, so a long run of letters cannot make it backtrack.
_HYPHEN_BREAK = re.compile(r"(?<![^\W\d_])([^\W\d_]+)-[ \t]*\n[ \t]*([a-z]+)")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_BULLET = re.compile(r"^[ \t]*[•◦▪▫■□●○◆◇❖➢➤►▸▹‣⁃∙·*–—-](?:[ \t]+|(?=[^\W\d_]))", re.MULTILINE)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_BLANK_LINES = re.compile(r"\n{3,}")


def clean_text(*, text: str, soft_hyphens_visible: bool, auto_hyphenated: bool = True) -> str:
    """Return text normalised for matching while keeping line and paragraph breaks.

    soft_hyphens_visible says whether U+00AD was drawn (PDF text layers of TeX fonts) and should read as "-".
    auto_hyphenated says whether the typesetter breaks words at line ends (TeX, Typst) rather than only at
    real hyphens (browsers), which decides "devel-/opment" versus "cross-/device" when the text cannot.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _SOFT_HYPHEN_BREAK.sub(r"\1\2", text)
    if soft_hyphens_visible:
        # TeX fonts map their visible hyphen glyph to U+00AD: anywhere but a line end it was drawn as "-".
        text = text.replace("\u00ad", "-")
    text = text.translate(_INVISIBLE)
    text = _PRIVATE_USE.sub("", text)
    text = unicodedata.normalize("NFKC", text)
    text = _CONTROL.sub(" ", text.replace("\t", " "))
    text = _SPACES.sub(" ", text)
    text = _rejoin_line_end_hyphens(text=text, auto_hyphenated=auto_hyphenated)
    text = _BULLET.sub("- ", text)
    lines = [line.strip() for line in text.split("\n")]
    text = "\n".join(lines)
    text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()


def _rejoin_line_end_hyphens(*, text: str, auto_hyphenated: bool) -> str:
    if "-\n" not in text and "- \n" not in text:
        return text
    vocabulary = {word.lower() for word in _WORD.findall(text)}

    def rejoin(match: re.Match[str]) -> str:
        head, tail = match.group(1), match.group(2)
        joined, hyphenated = head + tail, f"{head}-{tail}"
        # The document itself is the best dictionary: the same word elsewhere settles it.
        if joined.lower() in vocabulary:
            return joined
        if hyphenated.lower() in vocabulary:
            return hyphenated
        # Acronyms ("SQL-databases") are not split by hyphenation.
        if auto_hyphenated and not head.isupper():
            return joined
        return hyphenated

    return _HYPHEN_BREAK.sub(rejoin, text)


def count_words(*, text: str) -> int:
    """Return the number of words that contain at least one letter or digit."""
    return sum(1 for token in text.split() if any(char.isalnum() for char in token))
