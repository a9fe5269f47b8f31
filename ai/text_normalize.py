"""One normaliser for every text the product analyses: REST, WebSocket, CLI and uploads all call it.

It fixes what copy-paste and PDF extraction leave behind, so the same words give the same analysis from any
entry point: compatibility forms (ligatures, full-width letters), invisible characters, words hyphenated
across a line break, bullet glyphs, Markdown headings and emphasis, HTML markup and character references
(a job board's description field pasted as it is), headings set in spaced letters ("S K I L L S"), stray page
numbers and runs of blank space. It never changes words.
"""

import functools
import html
import re
import unicodedata

_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_OTHER_SPACES = r"\t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000"
# A run of blank space, except one plain space: replacing each single space by itself was most of the work.
_SPACES_RE = re.compile(rf" [ {_OTHER_SPACES}]+|[{_OTHER_SPACES}][ {_OTHER_SPACES}]*")
# Both re-joining patterns need a dash before a line break: most texts have none and skip them.
_DASH_BREAK_RE = re.compile(r"[–—-][ \t]*\n")
# "develop-\nment" was one word split by the layout; "front-\nEnd" or "2019-\n2021" keep their hyphen, and so
# does "Well-\nmanaged": two words of their own that make none together (``_rejoined``).
_HYPHEN_BREAK_RE = re.compile(r"([^\W\d_]+)-[ \t]*\n[ \t]*([a-zß-ÿ]+)")
# "June 2022 –\nPresent": a date range broken by the layout.
_OPEN_RANGE_RE = re.compile(r"(\d{4}|\b\w{3,9}\.?)[ \t]+([–—-])[ \t]*\n[ \t]*")
# A tilde opens an item only before a space ("~ steam milk"), not a figure ("~5 years").
_BULLET_RE = re.compile(r"^[ \t]*(?:[•▪●◦■□►▸▹➢➤✓✔❖◆◇○·∙‣⁃*]|~(?=[ \t]))[ \t]*", re.MULTILINE)
_PAGE_NUMBER_RE = re.compile(
    r"^[ \t]*(?:page[ \t]+)?\d{1,3}(?:[ \t]*(?:/|of)[ \t]*\d{1,3})?[ \t]*$", re.I | re.M
)
# HTML a posting was pasted in ("<li>Write DAX measures</li>", "What you&#39;ll do"): two or more tags of
# the kinds a job board's description field holds make the text markup; its blocks become lines, list items
# bullets, other tags nothing. A lone "<5 years" or "C<T>" is no tag of these kinds.
_HTML_TAG_RE = re.compile(
    r"</?(?:p|br|li|ul|ol|div|span|h[1-6]|strong|b|em|i|u|a|table|tr|td|th|section|article)\b[^<>]{0,300}>",
    re.IGNORECASE,
)
_HTML_TAGS_MIN = 2
_HTML_ITEM_RE = re.compile(r"<li\b[^<>]*>", re.IGNORECASE)
_HTML_BLOCK_RE = re.compile(
    r"</?(?:p|br|ul|ol|div|h[1-6]|table|tr|section|article)\b[^<>]*>|</li\s*>", re.IGNORECASE
)
# A word processor's bullet, then a tab before the item's text ("o" is its second level).
_BULLET_TAB_RE = re.compile(r"^([ \t]*(?:[•▪●◦■□►▸▹➢➤✓✔❖◆◇○·∙‣⁃*o–-]))\t+", re.MULTILINE)
_GAP_PIECE_WORDS = 5  # words of a short piece: a skill's or a tool's name, not a sentence
_MARKUP_LINES_RE = re.compile(r"\n(?:[ \t]*\n)+")
# A character reference written out in full ("&amp;", "&#39;", "&#x2019;"): "AT&T" or "R&D" are none.
_CHARACTER_REFERENCE_RE = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
# Markdown a posting or resume was written in: "## Your role", "**Hartwell & Pryce LLP**", "__Skills__".
_MARKDOWN_HEADING_RE = re.compile(r"^[ \t]*#{1,6}[ \t]+", re.MULTILINE)
_MARKDOWN_STRONG_RE = re.compile(r"(\*\*|__)(?=\S)([^\n]+?)(?<=\S)\1")
# ... and emphasis by one asterisk: "*March 2021 – Present*" (not a bullet's "* ", nor "2*3*4" or "C*").
_MARKDOWN_EMPHASIS_RE = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])")
# Two columns laid side by side in plain text ("pdftotext -layout", a table pasted): a gap of three or more
# spaces (or a tab) between two pieces of text on a line.
_COLUMN_GAP_RE = re.compile(r"(?<=\S)(?: {3,}|\t+ *)(?=\S)")
_COLUMN_MIN_LINES = 4  # lines split at the same place before the text is read as two columns
_COLUMN_MIN_SHARE = 0.3  # ... and that share of its lines with text
_COLUMN_SLACK = 3  # characters a right column's lines may start apart
# A right "column" of dates or places beside entries ("Acme Corp      Jan 2020 – Present") is no second
# column: each belongs to its line.
_DATE_PIECE_RE = re.compile(
    r"\b(?:19|20)\d\d\b|\b(?:present|current|now)\b|^[A-Z][\w .'-]*,\s*[A-Z]{2}\b", re.IGNORECASE
)
# A word set in spaced letters, a heading style of resume builders ("W O R K   E X P E R I E N C E",
# "S K I L L S"): four letters or more, each alone.
_SPACED_WORD_RE = re.compile(r"(?<!\S)(?:[^\W\d_] ){3,}[^\W\d_](?!\S)")
_SPACED_LINE_SHARE = 0.6  # of a line's characters in such words: the line is set so, its gaps part words
# ... and its shorter words too ("Y A N")
_SPACED_RUN_RE = re.compile(r"(?<!\S)(?:[^\W\d_] )+[^\W\d_](?!\S)")
# Every spaced word holds a letter alone between two spaces and then another ("W O R K": " O R "): a pattern
# that opens with a space is found by a fast scan for it, where the lookbehind above is tried at every place.
_SPACED_HINT_RE = re.compile(r" \S \S ")
# "\n\n\n+", not "\n{3,}": a pattern that opens with plain characters is found by a fast scan for them.
_BLANK_LINES_RE = re.compile(r"\n\n\n+")


def _rejoined(match: re.Match[str]) -> str:
    """Return a word hyphenated across a line break written whole ("develop-\nment" -> "development"), or a
    compound's two words with their hyphen ("Well-\nmanaged", "cross-\nfunctional", "follow-\nup"): each
    piece a word of its own and the two together none, no word nor a product's name."""
    # (the embedding model's word list and the skills vocabulary: read once, when needed)
    from ai.local_engine.vocab import get_vocabulary, word_pieces

    first, second = match.group(1), match.group(2)
    pieces, joined = word_pieces(), (first + second).lower()
    if (
        first.lower() in pieces
        and second in pieces
        and joined not in pieces
        and joined not in get_vocabulary().surfaces  # "Auto-\ntask PSA": the product Autotask
    ):
        return f"{first}-{second}"
    return first + second


@functools.lru_cache(maxsize=128)
def normalize_text(*, text: str) -> str:
    """Return ``text`` cleaned: NFKC, no invisible characters, re-joined words, one bullet glyph."""
    if "<" in text and len(_HTML_TAG_RE.findall(text)) >= _HTML_TAGS_MIN:
        text = _HTML_TAG_RE.sub("", _HTML_BLOCK_RE.sub("\n", _HTML_ITEM_RE.sub("\n• ", text)))
        text = _MARKUP_LINES_RE.sub("\n", text)  # one line per block: the tags' own breaks are no paragraphs
    if "&" in text:
        text = _CHARACTER_REFERENCE_RE.sub(lambda m: html.unescape(m.group()), text)
    text = unicodedata.normalize("NFKC", text)
    for invisible in _INVISIBLE:
        if invisible in text:
            text = text.replace(invisible, "")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\t" in text:
        text = _BULLET_TAB_RE.sub(r"\1 ", text)  # "•\tSupport 75 databases": a bullet, no second column
    if _SPACED_HINT_RE.search(text) and _SPACED_WORD_RE.search(text):
        text = _unspaced_letters(text=text)
    if "   " in text or "\t" in text:
        text = _part_gaps(text=_one_column(text=text))
    text = _SPACES_RE.sub(" ", text)
    if _DASH_BREAK_RE.search(text):
        text = _HYPHEN_BREAK_RE.sub(_rejoined, text)
        text = _OPEN_RANGE_RE.sub(r"\1 \2 ", text)
    if "#" in text:
        text = _MARKDOWN_HEADING_RE.sub("", text)
    if "**" in text or "__" in text:
        text = _MARKDOWN_STRONG_RE.sub(r"\2", text)
    if "*" in text:
        text = _MARKDOWN_EMPHASIS_RE.sub(r"\1", text)
    text = _BULLET_RE.sub("• ", text)
    text = _PAGE_NUMBER_RE.sub("", text)
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return _BLANK_LINES_RE.sub("\n\n", text).strip()


def _unspaced_letters(*, text: str) -> str:
    """Return ``text`` with each line set in spaced letters written as words ("W O R K   E X P E R I E N C E"
    is "WORK EXPERIENCE"); letters spaced inside other text stay as they are."""
    lines = text.split("\n")
    for number, line in enumerate(lines):
        spaced = _SPACED_WORD_RE.findall(line)
        if not spaced or sum(map(len, spaced)) < _SPACED_LINE_SHARE * len(line.strip()):
            continue
        joined = _SPACED_RUN_RE.sub(lambda m: m.group().replace(" ", ""), line.strip())
        lines[number] = line[: len(line) - len(line.lstrip())] + " ".join(joined.split())
    return "\n".join(lines)


def _part_gaps(*, text: str) -> str:
    """Return ``text`` with a line of short capitalised pieces set apart by gaps parted as a bar does
    ("Budget management        Contractor management": two skills); any other gap is one space ("Skills:
    Python", "Acme Corp      Jan 2020 – Present", a tab inside a sentence)."""
    lines = text.split("\n")
    for number, line in enumerate(lines):
        pieces = _COLUMN_GAP_RE.split(line.strip())  # a gap left when the text is no two columns
        if len(pieces) < 2:
            continue
        parted = all(
            piece[:1].isupper() and len(piece.split()) <= _GAP_PIECE_WORDS and not piece.endswith(":")
            for piece in pieces
        ) and not any(_DATE_PIECE_RE.search(piece) for piece in pieces)
        indent = line[: len(line) - len(line.lstrip())]
        lines[number] = indent + (" | " if parted else " ").join(pieces)
    return "\n".join(lines)


def _one_column(*, text: str) -> str:
    """Return a text laid out in two columns as its left column, then its right one ("PROFILE    SKILLS"
    over "Data analyst with ...    SQL (BigQuery)": the profile's lines, then the skills'); any other text as
    it is.

    A line is split where a gap of three or more spaces starts the right column (the place most such gaps
    start, give or take ``_COLUMN_SLACK``); a line indented that far is all right column.
    """
    lines = text.expandtabs(4).split("\n")
    starts = [[m.end() for m in _COLUMN_GAP_RE.finditer(line)] for line in lines]
    counts: dict[int, int] = {}
    for line_starts in starts:
        for start in line_starts:
            counts[start] = counts.get(start, 0) + 1
    if not counts:
        return text
    column = max(
        counts,
        key=lambda start: sum(counts.get(start + d, 0) for d in range(-_COLUMN_SLACK, 1 + _COLUMN_SLACK)),
    )
    # where each line's right column starts (None: no gap there)
    cuts = [
        next((s for s in line_starts if abs(s - column) <= _COLUMN_SLACK), None) for line_starts in starts
    ]
    split = sum(cut is not None for cut in cuts)
    filled = sum(1 for line in lines if line.strip())
    if split < _COLUMN_MIN_LINES or split < _COLUMN_MIN_SHARE * filled:
        return text
    pieces = [
        line[line_start:]
        for line, line_starts in zip(lines, starts, strict=True)
        for line_start in line_starts[-1:]
    ]
    if 2 * sum(1 for piece in pieces if _DATE_PIECE_RE.search(piece)) >= len(pieces):
        return text
    # A left "column" of dates or labels beside entries ("04/2021 – present     Senior Consultant", "Name:
    # Jo Park") is none either: a CV laid out as a table, each row one line.
    keys = [line[:cut].strip() for line, cut in zip(lines, cuts, strict=True) if cut is not None]
    if 2 * sum(1 for key in keys if key.endswith(":") or _DATE_PIECE_RE.search(key)) >= len(keys):
        return text
    left, right = [], []
    for line, cut in zip(lines, cuts, strict=True):
        indent = len(line) - len(line.lstrip(" "))
        if cut is not None:
            left.append(line[:cut].rstrip())
            right.append(line[cut:])
        elif line.strip() and indent >= column - _COLUMN_SLACK:
            right.append(line.strip())
        else:
            left.append(line)
    return "\n".join([*left, *right])
