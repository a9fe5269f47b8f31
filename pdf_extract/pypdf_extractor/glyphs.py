"""Map glyph names that pypdf leaves in the text (e.g. "/four.pnum" from TeX fonts) back to characters."""

import re
from typing import Any

from pypdf._codecs.adobe_glyphs import adobe_glyphs
from pypdf.generic import ArrayObject, DictionaryObject


def _glyph_name_to_text(name: str) -> str | None:
    """Return the text of a glyph name per the Adobe Glyph List naming rules, or None if unknown."""
    # "/one.lnum" -> "one": the suffix after the first dot only names a variant of the same character.
    base = name.lstrip("/").split(".", 1)[0]
    if not base:
        return None
    parts = []
    # "f_f_i" is a ligature of the named components.
    for component in base.split("_"):
        char = adobe_glyphs.get("/" + component)
        if char is None and re.fullmatch(r"uni[0-9A-F]{4}", component):
            char = chr(int(component[3:], 16))
        if char is None and re.fullmatch(r"u[0-9A-F]{4,6}", component):
            char = chr(int(component[1:], 16))
        if char is None:
            return None
        parts.append(char)
    return "".join(parts)


class GlyphNameFixer:
    """Replace unmapped glyph names in text drawn with a font that declares them in /Differences."""

    def __init__(self) -> None:
        self._by_font: dict[int, tuple[re.Pattern[str], dict[str, str]] | None] = {}

    def fix(self, *, text: str, font: Any) -> str:
        """Return text with the font's unmapped glyph names replaced by their characters."""
        if not isinstance(font, DictionaryObject):
            return text
        key = id(font)
        if key not in self._by_font:
            self._by_font[key] = self._compile(font=font)
        compiled = self._by_font[key]
        if compiled is None:
            return text
        pattern, mapping = compiled
        return pattern.sub(lambda match: mapping[match.group(0)], text)

    @staticmethod
    def _compile(*, font: DictionaryObject) -> tuple[re.Pattern[str], dict[str, str]] | None:
        encoding = font.get("/Encoding")
        encoding = encoding.get_object() if encoding is not None else None
        if not isinstance(encoding, DictionaryObject):
            return None
        differences = encoding.get("/Differences")
        differences = differences.get_object() if differences is not None else None
        if not isinstance(differences, ArrayObject):
            return None
        mapping: dict[str, str] = {}
        # pypdf passes the name of an unknown glyph through the font's ToUnicode map as if it were text: with
        # an icon font whose map sends "/" to U+2642 and "m" to U+00B6, "/mobile-alt" reads "♂¶obile-alt".
        single_bytes = _single_byte_to_unicode(font)
        for entry in differences:
            name = str(entry)
            # Names pypdf resolves itself never reach the text, so only unknown ones need a mapping.
            if name.startswith("/") and name not in adobe_glyphs:
                # An unknown name is dropped: a missing glyph reads better than "/g123" in the text.
                replacement = _glyph_name_to_text(name) or ""
                mapping[name] = replacement
                mapping["".join(single_bytes.get(ord(char), char) for char in name)] = replacement
        if not mapping:
            return None
        alternatives = "|".join(re.escape(name) for name in sorted(mapping, key=len, reverse=True))
        return re.compile(alternatives), mapping


_BFCHAR_SECTION = re.compile(r"beginbfchar(.*?)endbfchar", re.DOTALL)
_ONE_BYTE_ENTRY = re.compile(r"<([0-9A-Fa-f]{2})>\s*<([0-9A-Fa-f]{4,})>")


def _single_byte_to_unicode(font: DictionaryObject) -> dict[int, str]:
    """Return the one-byte codes of the font's ToUnicode map (``bfchar`` entries) with their text."""
    to_unicode = font.get("/ToUnicode")
    try:
        data = to_unicode.get_object().get_data().decode("latin-1") if to_unicode is not None else ""
    except Exception:  # a broken map only costs this repair, never the extraction
        return {}
    mapping = {}
    for section in _BFCHAR_SECTION.findall(data):
        for code, target in _ONE_BYTE_ENTRY.findall(section):
            try:
                mapping[int(code, 16)] = bytes.fromhex(target).decode("utf-16-be")
            except ValueError:
                continue
    return mapping


# Fonts subset by pdf-lib drop the ToUnicode entry of the fi/fl ligature glyphs, so pypdf yields U+0000.
_UNMAPPED_LIGATURE = re.compile(r"\x00(?=[^\W\d_])")


def repair_unmapped_ligatures(*, text: str) -> str:
    """Return text with U+0000 inside a word replaced by the ligature it most likely stood for."""

    def ligature(match: re.Match[str]) -> str:
        # "fl" is followed by o/u/a in English far more often than "fi" is (flow, influence, flat).
        following = match.string[match.end() : match.end() + 1].lower()
        return "fl" if following in "oua" else "fi"

    return _UNMAPPED_LIGATURE.sub(ligature, text)
