"""Names written as codes, letters and digits in one word: "8D", "5S", "CCN1", "HTR1", "T4", "G3", "CP12"."""

import re

# "NFPA 70E"'s "70E" too. Not a sum or a size ("2M", "55K", "8GB"), a quarter or half year ("Q3", "H1") nor a
# language's level ("B2", "C1": read with the language).
# Nor a business model ("B2B", "P2P"), a sum in a currency's letters ("RON0"), a grade ("GS11") nor a number
# of dimensions ("3D CAD").
_CODED_WORD_RE = re.compile(
    r"(?!(?:Q[1-4]|H[12]|[ABC][12]|[BCDP]2[BCGP]\w*|(?:RON|USD|EUR|GBP|INR|GS)\d+)$)[A-Z]{1,5}\d{1,4}[A-Z]?"
    r"|\d{1,2}(?!(?:K|M|B|BN|MM|GB|MB|TB|KB|X|AM|PM)$|(?<=[234])D$)[A-Z]{1,3}"
)
# A code that starts with a letter: "T4", "CCN1" (not "3D", "4WD": a number of a thing's dimensions or wheels,
# read with the words after it).
_LETTER_FIRST_RE = re.compile(r"[A-Z]")


def coded_name(*, text: str) -> bool:
    """Return whether ``text`` is a name written as a code (``_CODED_WORD_RE``)."""
    return _CODED_WORD_RE.fullmatch(text) is not None


def lettered_code(*, text: str) -> bool:
    """Return whether ``text`` is a name written as a code that starts with a letter ("T4", "CCN1")."""
    return coded_name(text=text) and _LETTER_FIRST_RE.match(text) is not None


# A code that labels a line ("AEX1: Experience measuring streamflow"), one given in a field of the posting's
# own ("Classification: AO3", "Reference number: ENV26J-039411") or a degree's level ("Bachelor's degree
# (S1)"): no requirement.
_LABEL_AFTER_RE = re.compile(r"[ \t]*:")
_FIELD_BEFORE_RE = re.compile(
    r"(?:^|\n)[ \t]*(?:[\w ]{0,20}\b(?:reference|ref|number|no|classification|grade|band|level|scale|salary|"
    r"requisition|id|post|vacancy|location|postcode|zip|code))[ \t]*:[^\n]*$"
    r"|\b(?:degree|diploma)[ \t]*\($",
    re.IGNORECASE,
)


def code_of_the_posting(*, text: str, start: int, end: int) -> bool:
    """Return whether the code at ``text[start:end]`` labels a line or fills a field of the posting's own."""
    return bool(_LABEL_AFTER_RE.match(text, end)) or bool(
        _FIELD_BEFORE_RE.search(text, max(0, start - 60), start)
    )


def code_asked(*, text: str, start: int, end: int) -> bool:
    """Return whether ``text[start:end]`` is a name written as a code that the posting does not give of its
    own (``code_of_the_posting``): "8D", "CCN1", not "AEX1: Experience ...", "Classification: AO3"."""
    return coded_name(text=text[start:end]) and not code_of_the_posting(text=text, start=start, end=end)
