"""A sector a posting asks experience of ("biotech, pharma or another life sciences company", "with a general
insurer", "financial services or another regulated industry") is shown by an employer the resume places in it
or in a narrower one ("a medical device company", "Suraksha General Insurance Co.", "in the BFSI domain"): a
sector is where the work was done, which the resume says of its employers, not a skill it names."""

import re
from collections.abc import Sequence
from functools import cache

from ai.local_engine.requirement_model import Requirement
from ai.local_engine.resume_view import Match, ResumeView, sentence_match
from ai.local_engine.text import Token, normalize_phrase

# A sector -> the names it goes by (its organisations' too: "insurer") and the narrower sectors inside it.
# Written by hand from general industry knowledge (the usual industry classifications' groupings).
_SECTORS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "financial services": (
        ("financial services", "financial institution", "BFSI", "financial sector"),
        ("banking", "insurance", "fintech", "payments", "lending", "asset management"),
    ),
    "banking": (
        (
            "banking",
            "bank",
            "retail banking",
            "commercial banking",
            "investment banking",
            "credit union",
            "building society",
            "NBFC",
        ),
        (),
    ),  # fmt: skip
    "insurance": (
        ("insurance", "insurer", "assurance", "insurtech"),
        ("general insurance", "life insurance", "reinsurance"),
    ),
    "general insurance": (
        (
            "general insurance",
            "general insurer",
            "non-life insurance",
            "property and casualty",
            "P&C insurance",
        ),
        (),
    ),  # fmt: skip
    "life insurance": (("life insurance", "life insurer", "life assurance"), ()),
    "reinsurance": (("reinsurance", "reinsurer"), ()),
    "fintech": (("fintech",), ()),
    "payments": (("payments", "payment processing"), ()),
    "lending": (
        ("lending", "lender", "mortgage lending", "consumer finance", "vehicle finance", "auto finance"),
        (),
    ),
    "asset management": (("asset management", "wealth management", "investment management"), ()),
    "life sciences": (
        ("life sciences", "life science"),
        ("biotech", "pharma", "medical devices", "diagnostics", "contract research"),
    ),
    "biotech": (("biotech", "biotechnology", "biopharma", "biopharmaceutical"), ()),
    "pharma": (("pharma", "pharmaceutical", "biopharma", "biopharmaceutical"), ()),
    "medical devices": (("medical device", "medtech", "medical technology"), ()),
    "diagnostics": (("diagnostics", "in vitro diagnostics"), ()),
    "contract research": (("contract research", "clinical research organisation", "CRO"), ()),
    "software": (("software",), ("SaaS",)),
    "SaaS": (("SaaS", "software as a service"), ()),
    "telecommunications": (("telecommunications", "telecom", "telecoms"), ()),
    "retail": (("retail", "retailer", "supermarket", "grocery", "department store"), ()),
    "hospitality": (("hospitality", "hotel", "resort", "restaurant group"), ()),
    "logistics": (("logistics", "freight", "third-party logistics", "3PL", "trucking"), ()),
    # A company's stage is asked as a sector is: "experience in a scale-up or SaaS business".
    "start-up": (("start-up", "startup", "early-stage"), ("scale-up",)),
    "scale-up": (("scale-up", "scaleup", "high-growth"), ()),
}

# Words that only frame a sector asked: before it "another life sciences company", "a regulated industry";
# after it "SaaS business", "healthcare setting", "banking experience". Only determiners go before: "business
# banking" is a narrower sector than banking.
_ASK_OPENERS = frozenset("a an another other any similar the".split())
_ASK_HEADS = frozenset(
    "company companies business businesses firm firms industry industries sector sectors environment "
    "environments organisation organisations organization organizations setting settings employer employers "
    "experience background domain space".split()
)
# What a sector's name stands before when it places an employer in the sector: "a medical device company",
# "the general insurance industry", "BFSI domain", "a fintech scale-up", "Suraksha General Insurance Co.".
_EMPLOYER_HEADS = frozenset(
    "company firm business organisation organization group industry sector domain startup scaleup provider "
    "platform institution corporation corp co ltd limited inc llc plc gmbh ag dac sa employer".split()
)
# "start-up", "scale-up": a head only written as one word ("helped scale up the team" is no employer).
_STAGE_HEADS = frozenset({"start", "scale"})
# How many words (of the employer's description) may stand between the sector and its head: "a pharma
# contract manufacturing company".
_HEAD_REACH = 3
_PARTS_RE = re.compile(r"\s*(?:,|/|\bor\b|\band\b)\s*", re.IGNORECASE)


@cache
def _sector_of_name() -> dict[str, str]:
    """Return the key of each name a sector goes by -> the sector."""
    return {normalize_phrase(text=name): sector for sector, (names, _) in _SECTORS.items() for name in names}


@cache
def _shown_by(sector: str) -> tuple[tuple[str, ...], ...]:
    """Return the word keys of every name of ``sector`` and of the sectors inside it."""
    names, narrower = _SECTORS[sector]
    keys = {tuple(normalize_phrase(text=name).split()) for name in names}
    for inner in narrower:
        keys.update(_shown_by(inner))
    return tuple(sorted(keys))


# The word offered before a sector asked, sharing its head: "scale-up" of "a scale-up or SaaS business".
_OFFERED_BEFORE_RE = re.compile(r"\b([A-Za-z][\w&-]*)[ \t]*,?[ \t]+or[ \t]+(?:an?[ \t]+)?$", re.IGNORECASE)
_LOOKBACK = 40
# The fields a bracket of examples stands after, the one the requirement is in and one offered after it by
# "or": "Lending" and "payments" of "Lending (LOS / LMS) or payments (UPI, NEFT/RTGS)".
_FIELD_BEFORE_BRACKET_RE = re.compile(r"\b([A-Za-z][\w&-]*)[ \t]*\($")
_FIELD_AFTER_BRACKET_RE = re.compile(r"[^()\n]{0,40}\)[ \t]*,?[ \t]*or[ \t]+([A-Za-z][\w&-]*)[ \t]*\(")


def _bracket_fields(*, requirement: Requirement, text: str) -> list[str]:
    """Return the fields whose bracket of examples the requirement is named in, or none."""
    opening = text.rfind("(", 0, requirement.position)
    if opening < 0 or ")" in text[opening : requirement.position]:
        return []
    fields = []
    if before := _FIELD_BEFORE_BRACKET_RE.search(text, max(0, opening - _LOOKBACK), opening + 1):
        fields.append(before.group(1))
    if after := _FIELD_AFTER_BRACKET_RE.match(text, requirement.position):
        fields.append(after.group(1))
    return fields


def asked_sectors(*, requirement: Requirement, text: str) -> list[str]:
    """Return the sectors a requirement asks experience of, in its name or alternatives ("life sciences" of
    "biotech, pharma or another life sciences company"), offered just before it in the posting's ``text``
    ("scale-up" of "a scale-up or SaaS business") or the field its bracket names examples of ("lending" and
    "payments" of "Lending (LOS / LMS) or payments (UPI)"), or none."""
    sectors: list[str] = []
    written_at = requirement.asked_as or requirement.name
    before = (
        _OFFERED_BEFORE_RE.search(text, max(0, requirement.position - _LOOKBACK), requirement.position)
        if text.startswith(written_at, requirement.position)
        else None
    )
    for written in (requirement.name, *requirement.alternatives):
        for part in _PARTS_RE.split(written):
            words = normalize_phrase(text=part).split()
            while words and words[0] in _ASK_OPENERS:
                words.pop(0)
            while words and words[-1] in _ASK_HEADS:
                words.pop()
            sector = _sector_of_name().get(" ".join(words))
            if sector is not None and sector not in sectors:
                sectors.append(sector)
    offered = _sector_of_name().get(normalize_phrase(text=before.group(1))) if before else None
    if sectors and offered is not None and offered not in sectors:
        sectors.append(offered)
    # "LOS" of "Lending (LOS / LMS) or payments (UPI, NEFT/RTGS)": an example of the field asked
    for field in _bracket_fields(requirement=requirement, text=text):
        sector = _sector_of_name().get(normalize_phrase(text=field))
        if sector is not None and sector not in sectors:
            sectors.append(sector)
    return sectors


def _places_employer(*, view: ResumeView, number: int, sector: str) -> bool:
    """Return whether the resume's sentence ``number`` places an employer in ``sector``: a name of it that is
    itself the employer ("a fintech scale-up"), stands before an employer's head word ("a medical device
    company") or inside an employer's name ("Northgate Bank")."""
    text = view.index.sentences[number].text
    tokens = view.index.tokens[number]
    norms = [t.norm for t in tokens]
    for key in _shown_by(sector):
        for start in range(len(norms) - len(key) + 1):
            if tuple(norms[start : start + len(key)]) != key:
                continue
            end = start + len(key)
            if _head_at(text=text, tokens=tokens, index=start):
                return True
            if any(_head_at(text=text, tokens=tokens, index=i) for i in range(end, end + _HEAD_REACH)):
                return True
            if start > 0 and all(t.text[:1].isupper() for t in tokens[start - 1 : end]):
                return True
    return False


def _head_at(*, text: str, tokens: Sequence[Token], index: int) -> bool:
    """Return whether token ``index`` is an employer's head word: singular ("insurance companies" a clinic
    billed are not its employer), a company's stage written as one word ("scale-up", not "scale up")."""
    if index >= len(tokens):
        return False
    token = tokens[index]
    if token.norm in _STAGE_HEADS:
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        return after is not None and after.norm == "up" and " " not in text[token.start : after.end]
    return token.norm in _EMPLOYER_HEADS and token.text.lower() == token.norm


def shown_by_sector(*, missing: Sequence[Match], view: ResumeView, text: str) -> dict[str, Match]:
    """Return, by requirement id, the unmet asks of a sector (in the posting's ``text``) that the resume's own
    lines (not copied from the posting, not a list of keywords) place an employer in."""
    shown: dict[str, Match] = {}
    for match in missing:
        if match.requirement.kind not in ("hard_skill", "responsibility"):
            continue
        sectors = asked_sectors(requirement=match.requirement, text=text)
        for number in range(len(view.index.sentences)) if sectors else ():
            if view.copied[number] or view.keyword_lines[number]:
                continue
            if any(_places_employer(view=view, number=number, sector=s) for s in sectors):
                shown[match.requirement.id] = sentence_match(
                    requirement=match.requirement, view=view, number=number, via="sector"
                )
                break
    return shown
