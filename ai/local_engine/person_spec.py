"""A public-sector person specification's coded criteria ("E1 Degree in Environmental Health (AF, I)", "D3
Experience of Uniform (AF)"): each code opens an item, essential (E) or desirable (D), and the bracket after
it says how the criterion is assessed, which asks nothing. Read as plain items before the posting is read."""

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


def uncoded(*, text: str) -> str:
    """Return a posting with its coded criteria as plain items (a desirable one marked so), or as it is."""
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
