"""Names joined by slashes: alternatives ("BANT/MEDDIC", "IBM Debug Tool / Xpediter") and a slashed pair of
words sharing the head after them ("import/export documentation")."""

import re

# One token of two or three names joined by slashes, each of three or more letters: "BANT/MEDDIC", "SDR/BDR",
# "Jira/Confluence". Shorter parts are one term ("CI/CD", "TCP/IP", "UI/UX").
SLASHED_RE = re.compile(r"\b[A-Z][\w+#.]{2,}(?:/[A-Z][\w+#.]{2,}){1,2}\b")


# "IBM Debug Tool / Xpediter", "Endevor / ChangeMan": names of a few words each, a spaced slash between them.
_SPACED_SLASH_RE = re.compile(
    r"[A-Z][\w+#.-]*(?: [A-Z][\w+#.-]*){0,3}(?: / [A-Z][\w+#.-]*(?: [A-Z][\w+#.-]*){0,3})+"
)


# "court work / care proceedings": phrases in lower case, two words each at least, a spaced slash between.
_SPACED_SLASH_PHRASES_RE = re.compile(
    r"[a-z][\w'-]* [a-z][\w'-]*(?: [a-z][\w'-]*)?(?: / [a-z][\w'-]* [a-z][\w'-]*(?: [a-z][\w'-]*)?)+"
)


def slashed_names(*, text: str) -> list[str]:
    """Return the names a slashed term offers as alternatives, or none."""
    if SLASHED_RE.fullmatch(text):
        return text.split("/")
    if _SPACED_SLASH_RE.fullmatch(text) or _SPACED_SLASH_PHRASES_RE.fullmatch(text):
        return text.split(" / ")
    return []


# "import/export documentation", "inbound/outbound logistics": two words joined by a slash share the head
# after them, and either with it names the requirement ("export documentation").
_SLASHED_WORDS_RE = re.compile(
    # ... or two acronyms: "MTSS/RTI teams"
    r"(?P<before>.*?)\b(?P<one>[a-z][a-z-]{2,}|[A-Z]{2,6})/(?P<other>[a-z][a-z-]{2,}|[A-Z]{2,6})\s+(?P<head>\S.*)"
)


def slashed_word_forms(*, text: str) -> list[str]:
    """Return the two readings of a phrase whose slashed pair of words shares the head after it ("import
    documentation", "export documentation"), or none."""
    match = _SLASHED_WORDS_RE.fullmatch(text)
    if match is None:
        return []
    before, head = match["before"], match["head"]
    return [f"{before}{match[word]} {head}" for word in ("one", "other")]
