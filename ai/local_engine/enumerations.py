"""Enumerations of short noun phrases a posting lists as what it asks: after a colon or a cue of knowing
("proficient in HTML, CSS and responsive design"), or in a bracket after what they make up ("customs
paperwork (commercial invoices, packing lists, bills of lading)")."""

import re

from ai.local_engine.knowing_phrases import knowing_spans
from ai.local_engine.perk_cues import names_benefits_duty
from ai.local_engine.text import Sentence

_ITEM_SPLIT_RE = re.compile(r"\s*(?:[,;]\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)")
_ITEM_LEAD_RE = re.compile(r"^(?:the|a|an|our|your)\s+", re.IGNORECASE)
_LEAD_IN_RE = re.compile(r"\b(?:incl\.|including|such as|e\.g\.|especially)\s*", re.IGNORECASE)
# A bracket with no bracket inside it ("(GWP, loss ratio, hit ratio)").
_BRACKET_RE = re.compile(r"\(([^()]*)\)")
# What a bracket lists after these is not asked of the hire: who the work is with or for ("a team of four
# staff (2IC, herd manager ...)", "supervise term contractors (cleaning, security, pest control)", "high-risk
# customers (MSBs, cash-intensive businesses)"), where or in what trade it is done ("in a heavy industrial
# setting (pulp & paper, power generation)", "sites (North Perth, Port Hedland)"), or the projects it will
# be given ("technology projects (EHR integrations, application rollouts)").
_NOT_ASKED_HEAD_RE = re.compile(
    r"\b(?:teams?|staff|crews?|professionals|contractors|subcontractors|customers|clients|partners|"
    r"stakeholders|vendors|suppliers|agencies|directors|managers|colleagues|employees|workers|settings?|"
    r"industries|sectors?|verticals|locations|sites|offices|regions|countries|cities|states|branches|"
    r"projects)\W*$",
    re.IGNORECASE,
)
# What the job gives ("Flexible remuneration plan (restaurant, transport and childcare vouchers)").
_GIVEN_RE = re.compile(
    r"\b(?:remuneration|benefits?|perks?|vouchers?|allowances?|discounts?|stipends?|reimburse\w*)\b",
    re.IGNORECASE,
)
ENUMERATION_MIN_ITEMS = 3
ENUMERATION_ITEM_MAX_WORDS = 4


def _pair_of_words(text: str, position: int, separator: re.Match[str]) -> bool:
    """Return whether "&" joins one word to one word ("health & safety"), not two phrases."""
    following = _ITEM_SPLIT_RE.search(text, separator.end())
    after = text[separator.end() : following.start() if following else len(text)]
    return len(text[position : separator.start()].split()) == 1 and len(after.split()) == 1


def _items(text: str, begin: int, end: int) -> list[tuple[int, int]]:
    """Return the spans of the pieces of ``text[begin:end]`` between the separators of a list, if they make
    an enumeration of short noun phrases (else none)."""
    items = []
    position = begin
    for separator in [*_ITEM_SPLIT_RE.finditer(text, begin, end), None]:
        if (
            separator is not None
            and separator.group().strip() == "&"
            and _pair_of_words(text[:end], position, separator)
        ):
            continue  # "health & safety", "food & beverage": one item
        stop = separator.start() if separator else end
        piece = text[position:stop]
        lead = _ITEM_LEAD_RE.match(piece.strip())
        start = position + (len(piece) - len(piece.lstrip())) + (lead.end() if lead else 0)
        if start < stop:
            items.append((start, stop))
        position = separator.end() if separator else stop
    # "Need: 2+ yrs hotel front desk incl. shift lead, Opera PMS, cash handling & night audit": a long first
    # piece whose last words follow "incl." or "including" leads in to the items.
    if items and len(text[items[0][0] : items[0][1]].split()) > ENUMERATION_ITEM_MAX_WORDS:
        lead_ins = list(_LEAD_IN_RE.finditer(text, items[0][0], items[0][1]))
        if lead_ins:
            items[0] = (lead_ins[-1].end(), items[0][1])
    if len(items) < ENUMERATION_MIN_ITEMS or any(
        len(text[s:e].split()) > ENUMERATION_ITEM_MAX_WORDS for s, e in items
    ):
        return []
    return items


def _term(item: str) -> bool:
    """Return whether a bracketed item reads as a term of the trade: words of a name ("loss ratio", "bills of
    lading") or letters of one ("GWP"), not one plain word, which more often names a part of what precedes
    ("the store P&L (sales, payroll, shrink)") or when it is done ("(nights, weekends, holidays)")."""
    return " " in item or (len(item) > 1 and item.isupper())


def _asked_bracket(*, text: str, bracket: re.Match[str]) -> bool:
    """Return whether a bracket lists what the work is made of, not who it is with, where, which projects it
    will be given, or what the job gives (unless the work is to administer that: "Administer benefits
    (medical plans, dental plans, flexible spending accounts)")."""
    if _NOT_ASKED_HEAD_RE.search(text, 0, bracket.start()):
        return False
    given = _GIVEN_RE.search(text, 0, bracket.end())
    return given is None or names_benefits_duty(sentence=text)


def enumeration_items(*, sentence: Sentence) -> frozenset[tuple[int, int]]:
    """Return the spans of the items of an enumeration of short noun phrases in the sentence ("assessments,
    medication administration, wound care, IV therapy, and patient education"): at least three items after
    the sentence's last colon or cue of knowing ("proficient in HTML, CSS and responsive design"), or the
    terms inside a bracket ("prepare MIS (GWP, loss ratio, hit ratio)": what the work is made of, each
    asked), each of at most four words."""
    text = sentence.text
    begin = text.rfind(":") + 1
    for start, _ in knowing_spans(sentence=sentence):
        begin = max(begin, start - sentence.start)
    items = _items(text, begin, len(text.rstrip(" .")))
    for bracket in _BRACKET_RE.finditer(text):
        if not _asked_bracket(text=text, bracket=bracket):
            continue
        items += [(s, e) for s, e in _items(text, bracket.start(1), bracket.end(1)) if _term(text[s:e])]
    return frozenset((sentence.start + s, sentence.start + e) for s, e in items)
