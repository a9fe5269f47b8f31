"""Names written as codes: letters and digits in one word ("8D", "5S", "CCN1", "HTR1", "T4", "G3", "CP12"),
and a standard's or exam's letters with their number ("ISO 9001", "VDA 6.3", "AZ-500")."""

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


# A standard's or code's letters and number: "IATF 16949", "ISO 9001:2015", "VDA 6.3", "NFPA 70E", "AWS D1.1",
# "NIST SP 800-53". Not a sum, a pay point or grade ("RM 5,500", "SCP 18", "GS-11"), a place's code
# ("Columbus, OH 43123"), nor a part of a longer code ("FDA 21 CFR Part 11").
_NOT_CODES = (
    "RM USD GBP EUR AUD CAD NZD INR SGD HKD JPY CHF MYR ZAR AED PHP IDR SAR QAR CNY RMB KES NGN PKR LKR BDT "
    "THB VND KRW BRL MXN SEK NOK DKK PLN RON SCP AM PM NO TEL FAX PO ID REF VAT UTC GMT EST PST CET GS WG WS "
    "WL SES COVID"
).split()
_NOT_CODE = rf"(?<![a-z],[ \t])(?!(?:{'|'.join(_NOT_CODES)})\b)"
# (a year is an edition, not the code: "IMO 2020", "COSO 2013" are read by their letters, and a year stuffed
# in a line of names would read as a date)
_CODE_NUMBER = r"(?:(?!(?:19|20)\d\d\b)\d{2,6}(?:[.-]\d+)*[A-Z]?|\d\.\d+|[A-Z]\d+(?:\.\d+)*)"
STANDARD_CODE_RE = re.compile(
    rf"\b{_NOT_CODE}[A-Z]{{2,6}}(?:[ \t]+[A-Z]{{2,6}})?[ \t]+{_CODE_NUMBER}(?![\w,]|[ \t]+[A-Z]{{2,}})"
    rf"|\b{_NOT_CODE}[A-Z]{{2,6}}-\d{{1,3}}[A-Z]?\b(?!-)"
)


def standard_code(*, text: str) -> bool:
    """Return whether ``text`` is a standard's or exam's letters with their number ("ISO 9001", "AZ-500")."""
    return STANDARD_CODE_RE.fullmatch(text) is not None


def code_or_standard(*, text: str) -> bool:
    """Return whether ``text`` is a name written as a code ("CCN1") or a standard's or exam's letters with
    their number ("ISO 9001", "SC-200")."""
    return coded_name(text=text) or standard_code(text=text)


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
