"""A public-sector person specification's coded criteria ("E1 Degree in Environmental Health (AF, I)", "D3
Experience of Uniform (AF)"): each code opens an item, essential (E) or desirable (D), and the bracket after
it says how the criterion is assessed, which asks nothing. A flattened table puts the code after the criterion
instead ("Experience of supervising contractors D I", "Full UK driving licence E A/I"). Read as plain items
before the posting is read."""

import re

# "E1 ", "D2 ", "E10 " opening a line (or after a bullet).
_CODED_LINE_RE = re.compile(
    r"^([ \t]*(?:[•*-][ \t]*)?)([ED])(\d{1,2})[ \t]*[.:)–-]?[ \t]+(?=\S)", re.MULTILINE
)
_CODED_LINES_MIN = 3  # coded lines a posting needs before its codes are read as criteria
# How a criterion is assessed, closing its line: "(AF, I)", "(I)", "(Assessment: Application Form (AF),
# Certificates (C))".
_ASSESSED_RE = re.compile(
    r"[ \t]*\((?:assess(?:ed|ment)[^()\n]*(?:\([^()\n]*\)[^()\n]*)*|"
    r"(?:AF|A|I|C|P|T|Q|R|P/I|IV|INT)(?:[ \t]*[,/&][ \t]*(?:AF|A|I|C|P|T|Q|R|IV|INT))*)\)[ \t.]*$",
    re.MULTILINE | re.IGNORECASE,
)


# "... elected members E I", "... insurance claims D A/I/T": the Essential/Desirable column, then the
# Assessed-by column, left at the end of each criterion's line by a flattened table.
_CODE = r"(?:AF|A|I|C|P|T|Q|R|IV|INT)"
_TRAILING_CODE_RE = re.compile(
    rf"[ \t]+([ED])(?:[ \t]+{_CODE}(?:[ \t]*[,/&][ \t]*{_CODE})*)?[ \t]*$", re.MULTILINE
)


def uncoded(*, text: str) -> str:
    """Return a posting with its coded criteria as plain items (a desirable one marked so), or as it is."""
    if len(_TRAILING_CODE_RE.findall(text)) >= _CODED_LINES_MIN:
        text = "\n".join(_trailing_uncoded(line=line) for line in text.split("\n"))
    if len(_CODED_LINE_RE.findall(text)) < _CODED_LINES_MIN:
        return text
    lines = []
    for line in text.split("\n"):
        coded = _CODED_LINE_RE.match(line)
        if coded is None:
            lines.append(line)
            continue
        item = _ASSESSED_RE.sub("", line[coded.end() :]).rstrip()
        lines.append(f"{coded.group(1)}• " + ("Desirable: " if coded.group(2) == "D" else "") + item)
    return "\n".join(lines)


def _trailing_uncoded(*, line: str) -> str:
    """Return a criterion's line without its trailing codes, a desirable one marked so."""
    coded = _TRAILING_CODE_RE.search(line)
    if coded is None:
        return line
    return ("Desirable: " if coded.group(1) == "D" else "") + line[: coded.start()]
