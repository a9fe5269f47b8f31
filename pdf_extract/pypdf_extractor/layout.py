"""Positions of text lines on PDF pages and the layout facts derived from them."""

import re
from dataclasses import dataclass, field

# Running headers/footers live in the outer tenth of the page.
_MARGIN_SHARE = 0.1
_DIGITS = re.compile(r"\d+")
_DATE_OR_PLACE = re.compile(
    r"\b(?:19|20)\d{2}\b|\bpresent\b|\bnow\b|\d+ (?:years?|months?)\b|^[^,]{2,30}, [A-Z][A-Za-z]+$",
    re.IGNORECASE,
)


@dataclass
class Line:
    """A text line as drawn: start point in page space, font size and text."""

    x: float
    y: float
    size: float
    text: str


@dataclass
class PageLayout:
    """Lines of one page, its box and how many images it draws."""

    left: float
    bottom: float
    width: float
    height: float
    image_count: int = 0
    lines: list[Line] = field(default_factory=list)
    text: str = ""


def is_multi_column(*, pages: list[PageLayout]) -> bool:
    """Return True if a page has two text columns side by side (sidebar or two-column layout)."""
    return any(_page_is_multi_column(page=page) for page in pages)


def _page_is_multi_column(*, page: PageLayout) -> bool:
    # Dates and places right-aligned beside entries form a column of their own but not a second text column.
    lines = [line for line in page.lines if line.size > 0 and not _DATE_OR_PLACE.search(line.text)]
    bucket = page.width * 0.02
    starts: dict[int, list[Line]] = {}
    for line in lines:
        starts.setdefault(round((line.x - page.left) / bucket), []).append(line)
    columns = sorted((group for group in starts.values() if len(group) >= 5), key=lambda group: group[0].x)
    for index, left in enumerate(columns):
        for right in columns[index + 1 :]:
            if right[0].x - left[0].x < page.width * 0.2:
                continue
            if _keeps_left_of(left=left, right=right, page=page):
                return True
    return False


def _keeps_left_of(*, left: list[Line], right: list[Line], page: PageLayout) -> bool:
    """Return True if the left group's lines beside the right group end before the right group starts."""
    top = max(line.y for line in right)
    bottom = min(line.y for line in right)
    # Side-by-side blocks inside one section (two projects in a row) are not a column layout.
    if top - bottom < page.height * 0.35:
        return False
    beside = [line for line in left if bottom <= line.y <= top]
    if len(beside) < 3:
        return False
    edge = min(line.x for line in right)
    crossing = [line for line in beside if _estimated_end(line=line) > edge + page.width * 0.02]
    return len(crossing) <= len(beside) * 0.1


def _estimated_end(*, line: Line) -> float:
    # An average glyph of a proportional font is about half an em wide.
    return line.x + len(line.text) * line.size * 0.45


def header_footer_text(*, pages: list[PageLayout]) -> set[str]:
    """Return lines repeated in the top or bottom margin of several pages (running headers and footers)."""
    if len(pages) < 2:
        return set()
    seen: dict[str, set[int]] = {}
    originals: dict[str, set[str]] = {}
    for number, page in enumerate(pages):
        for line in page.lines:
            share = (line.y - page.bottom) / page.height
            if _MARGIN_SHARE < share < 1 - _MARGIN_SHARE:
                continue
            # Page numbers differ per page, so compare the text with digits masked.
            key = _DIGITS.sub("#", line.text.strip())
            seen.setdefault(key, set()).add(number)
            originals.setdefault(key, set()).add(line.text.strip())
    repeated: set[str] = set()
    for key, numbers in seen.items():
        if len(numbers) >= 2:
            repeated |= originals[key]
    return repeated
