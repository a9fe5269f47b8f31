"""The lines of a resume's experience section that are a role's own title: a dated line ("Senior Android
Engineer, Cashwell, 2021 - present"), or a short line just above its role's dates. A skill such a title
names is the role's work, not a bare list (``resume_view``). Read once per resume (``resume_facts``)."""

import re
from collections.abc import Sequence

from ai.local_engine.resume_dates import RANGE_RE, RANGE_YEAR_RE

# A role's title line above its dates is short ("Senior Android Engineer").
_TITLE_LINE_MAX_WORDS = 6
# ... or its title comes first, before a dash, bar or comma and the employer ("IT Project Manager II —
# Lakeview Health Partners, Grand Rapids, MI" over "2020 – Present").
_TITLE_PIECE_RE = re.compile(r"\s+[—–|-]\s+|,\s+|\s*\|\s*")


def role_title_lines(
    *,
    texts: Sequence[str],
    norms: Sequence[Sequence[str]],
    sections: Sequence[str],
    keyword_lines: Sequence[bool],
) -> frozenset[int]:
    """Return the numbers of the lines that are a role's title."""
    return frozenset(
        number
        for number, section in enumerate(sections)
        if section == "experience"
        and not keyword_lines[number]
        and _titles_a_role(number=number, texts=texts, norms=norms, sections=sections)
    )


def _titles_a_role(
    *, number: int, texts: Sequence[str], norms: Sequence[Sequence[str]], sections: Sequence[str]
) -> bool:
    if RANGE_YEAR_RE.search(texts[number]) and RANGE_RE.search(texts[number]):
        return True
    if len(norms[number]) > _TITLE_LINE_MAX_WORDS:
        return _title_then_employer(number=number, texts=texts, sections=sections)
    # "Operations Manager | Wincanton – Corby NDC | 2020 – Present", read as three pieces: the dates one to
    # three pieces on, after the employer's and its place ("... | Nutmeg Mutual | Middletown, CT | 2022 ...")
    for following in range(number + 1, min(number + 4, len(texts))):
        if sections[following] != "experience":
            return False
        if RANGE_RE.search(texts[following]) is not None:
            return True
        if len(norms[following]) > _TITLE_LINE_MAX_WORDS:
            return False
    return False


def _title_then_employer(*, number: int, texts: Sequence[str], sections: Sequence[str]) -> bool:
    """Return whether a longer line is a short title, then its employer and place, just above the role's
    dates ("IT Project Manager II — Lakeview Health Partners, Grand Rapids, MI" over "2020 – Present")."""
    following = number + 1
    if following >= len(texts) or sections[following] != "experience":
        return False
    if len(texts[following].split()) > _TITLE_LINE_MAX_WORDS or not RANGE_YEAR_RE.search(texts[following]):
        return False  # the dates alone on the next line, not a sentence that names years
    if RANGE_RE.search(texts[following]) is None:
        return False
    pieces = _TITLE_PIECE_RE.split(texts[number].strip(), maxsplit=1)
    return len(pieces) == 2 and 0 < len(pieces[0].split()) <= _TITLE_LINE_MAX_WORDS
