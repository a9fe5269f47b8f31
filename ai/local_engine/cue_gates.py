"""Cheap literal pre-checks that let a case-blind cue pattern be skipped where it cannot match.

Python's ``re`` has no fast literal scan for a case-insensitive alternation: it tries every branch at every
place. Each gate below lists literal pieces of which every match of its pattern holds at least one (or a
digit), so a sentence with none of them is passed over without running the pattern. The result is the same,
only found sooner; ``tests/test_cue_gates.py`` checks each gate against its pattern.
"""

import re
from dataclasses import dataclass

# ``re.IGNORECASE`` also pairs "ı" with "i" and "ſ" with "s", which ``str.lower`` leaves alone.
_FOLD = str.maketrans({"ı": "i", "ſ": "s"})
_DIGIT_RE = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class Gate:
    """Literal pieces a pattern's every match holds: one of ``any_of`` (or a decimal digit, if ``digit``)
    and, when ``also_any_of`` is given, one of those as well."""

    any_of: tuple[str, ...]
    digit: bool = False
    also_any_of: tuple[str, ...] = ()


# Per posting sentence-cue kind (posting_cues.SENTENCE_CUES).
SENTENCE_CUE_GATES: dict[str, Gate] = {
    "eeo": Gate(
        any_of=(
            "equal ",
            "without regard to",
            "regardless of ",
            "sexual orientation",
            "gender identity",
            "veteran status",
            "reasonable accommodation",
            "celebrate diversity",
            "e-verify",
            "inclusive ",
            "committed to equality",
            "committed to diversity",
            "committed to safeguarding",
            "disability confident",
            "applications in welsh",
        ),
        digit=False,
    ),
    # The e-mail, "Call ... 555" and telephone branches need an "@" or a digit.
    "apply": Gate(
        any_of=(
            "to apply",
            "linkedin",
            "promoted by hirer",
            "who can apply",
            "preference will be given",
            "applicants",
            "apply ",
            "please ",
            "send ",
            "submit your",
            "cover letter",
            "references available",
            "application form",
            "application",
            "files",
            "attachments",
            "share ",
            "@",
            "agencies",
            "no phone",
            "no calls",
            "no recruiters",
            "no third",
            "questions",
            "queries",
            "enquiries",
            "information",
            "details",
        ),
        digit=True,
    ),
    # Pay ("$120k", "120k", "401k") needs a digit.
    "benefits": Gate(
        any_of=(
            "salary",
            "per ",
            "health",
            "insurance",
            "paid time off",
            "pto",
            "vacation",
            "parental leave",
            "stock options",
            "equity",
            "wellness",
            "gym",
            "retirement",
            "pension",
            "competitive ",
            "flexible ",
            "hybrid ",
            "work from home",
            "remote",
            "free ",
            "professional development opportunities",
            "opportunit",
            "included",
            "provided",
            "funded",
            "paid ",
            "relocation",
            "perks",
            "benefits",
            "offer",
            "provide",
            "rewards",
            "allowance",
            " pay",
            " bonus",
            "wage supplement",
            "th month",
            "th-month",
            "company ",
            "unlimited access",
        ),
        digit=True,
    ),
    "facts": Gate(any_of=(":",)),
    "not_asked": Gate(any_of=("not ", "no need for", "n't ", "n’t ")),
    "about": Gate(
        any_of=(
            *("we are ", "we're ", "we’re ", "founded in", "our mission", "at ", " is ", "'s ", "’s "),
            *("about ", "growing", "winning", "leading", "who we are"),
        )
    ),
}
# resume_facts._SCHOOL_OR_YEAR_RE: a year ("19xx", "20xx") or a school.
SCHOOL_OR_YEAR_GATE = Gate(
    any_of=(
        "19",
        "20",
        "univers",
        "college",
        "institut",
        "school",
        "academy",
        "polytechnic",
        "faculty",
        "hochschule",
    )
)
# phrases._PRACTICES_COLON_RE: "engineering practices:" and the like.
PRACTICES_WORDS = (
    "practices",
    "methods",
    "methodologies",
    "techniques",
    "principles",
    "rituals",
    "ceremonies",
    "equipment",
    "instruments",
    "instrumentation",
)


def folded(text: str) -> str:
    """Return ``text`` lower-cased as ``re.IGNORECASE`` compares letters, for ``in`` tests."""
    lower = text.lower()
    # ``translate`` reads the text a character at a time (some ten times the cost of ``lower``); two scans
    # for its only two keys are cheap, and most texts hold neither.
    return lower.translate(_FOLD) if "ı" in lower or "ſ" in lower else lower


def case_blind(text: str) -> str:
    """Return ``text`` lower-cased so that an ASCII literal ``re.IGNORECASE`` finds in it is a piece of the
    result: ``folded``, with "İ" read as "i" (``str.lower`` makes it "i" and a combining dot, where the
    pattern compares it with "i" as one letter). A gate in front of a pattern run on any text uses this."""
    return folded(text.replace("İ", "i") if "İ" in text else text)


def holds_any(*, words: tuple[str, ...], lower: str) -> bool:
    """Return whether ``lower`` holds one of ``words`` (a plain loop: called some 50,000 times per 100
    analyses, where a generator under ``any`` costs more than the tests themselves)."""
    for word in words:
        if word in lower:
            return True
    return False


def may_match(*, gate: Gate, text: str, lower: str) -> bool:
    """Return whether a pattern behind ``gate`` can match ``text`` (``lower`` is ``folded(text)``)."""
    # The short ``any_of`` (a few verbs) is tested before the long ``also_any_of`` (some 30 people nouns):
    # most sentences fail the verbs, so the nouns are rarely read.
    if not (holds_any(words=gate.any_of, lower=lower) or (gate.digit and _DIGIT_RE.search(text) is not None)):
        return False
    return not gate.also_any_of or holds_any(words=gate.also_any_of, lower=lower)


def narrow_gates(*, gates: dict[str, Gate], text: str, lower: str) -> dict[str, Gate | None]:
    """Return each of ``gates`` cut to the literals the whole ``text`` holds (``lower`` is ``folded(text)``),
    or None for a gate the whole text fails.

    A sentence is a piece of its text, and its ``folded`` form a piece of the text's where a literal can
    match (only a Greek sigma is lower-cased by its neighbours, and no literal holds one): a literal the text
    lacks is in none of its sentences, so a sentence passes the cut gate exactly where it passes the whole
    one, and none passes a gate the text fails. Reading the text once spares each sentence the scans for
    the many literals a document never holds (a posting holds a few of a cue's forty).
    """
    digit = _DIGIT_RE.search(text) is not None
    narrowed: dict[str, Gate | None] = {}
    for name, gate in gates.items():
        any_of = tuple(word for word in gate.any_of if word in lower)
        also_any_of = tuple(word for word in gate.also_any_of if word in lower)
        passes = (any_of or (gate.digit and digit)) and (also_any_of or not gate.also_any_of)
        narrowed[name] = (
            Gate(any_of=any_of, digit=gate.digit and digit, also_any_of=also_any_of) if passes else None
        )
    return narrowed
