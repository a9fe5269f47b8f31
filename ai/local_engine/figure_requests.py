"""Where a rewrite asks for a figure: only in an action whose result could be measured and that states none,
and where the figure would go ("a team of [how many] developers", "Reduced build time by [how much ...]",
"Inspected [how many] installations"); a general request ends the sentence only when no place is found."""

import re

from ai.local_engine.rewrite_wording import (
    CHANGE_HINT,
    COUNT_HINT,
    MEASURABLE_VERBS,
    METRIC_HINT,
    PRESENT_ACTION_VERBS,
    RESULT_CLAUSE_RE,
    RESULT_GERUNDS,
    present_action,
)
from ai.local_engine.text import COUNT_WORDS, STOPWORDS, first_norm, tokenize

_PRESENT_CHANGE_VERBS = frozenset(
    """improve reduce increase optimize optimise grow cut save raise lower decrease shorten accelerate boost
    streamline expand double""".split()
)
# Verbs that state a change: the figure is how much ("Reduced build time" -> "... by [how much]").
CHANGE_VERBS = frozenset(
    """improved reduced increased optimized optimised grew cut saved raised lowered decreased shortened
    accelerated boosted streamlined expanded doubled tripled halved sped""".split()
)
# A result clause that names what changed without saying by how much (", improving cross-device support").
# Only a change of amount takes "by [how much]": not ", helping customers find sizes", ", ensuring safety".
_CHANGE_GERUNDS = "|".join(
    g
    for g in RESULT_GERUNDS.split("|")
    if g not in {"enabling", "ensuring", "driving", "achieving", "allowing", "helping"}
)
_CHANGE_CLAUSE_RE = re.compile(
    rf",\s+(?:{_CHANGE_GERUNDS}|resulting in)\s+(?:[\w'-]+\s+){{0,4}}[\w'-]+(?=\s*(?:[,;.]|$))", re.I
)
# A purpose that names a change of amount, to the end of its clause: "... to optimize recommendation
# algorithms and enhance user experience" -> "... enhance user experience by [how much ...]".
_PURPOSE_CHANGE_RE = re.compile(
    r"\bto\s+(?:improve|reduce|increase|optimi[sz]e|enhance|boost|cut|lower|raise|grow|streamline|"
    r"accelerate|shorten|speed\s+up)\s+(?:[\w'-]+\s+){0,6}[\w'-]+(?=\s*(?:[,;.]|$))",
    re.I,
)
_TEAM_OF_RE = re.compile(r"\b((?:teams?|crews?|staff|groups?)\s+of\s+)(?=(?:[a-z-]+\s+)?[a-z]+s\b)", re.I)
# "Trained new associates", "Onboard and mentor junior engineers": how many people, before who they were.
_PEOPLE_COUNT_RE = re.compile(
    r"^(?:(?:trained|train|mentored|mentor|coached|coach|supervised|supervise|onboarded|onboard|hired|hire|"
    r"recruited|recruit|taught|teach|managed|manage|led|lead|interviewed|interview|precepted|precept)"
    r"(?:\s*(?:,|and|&)\s*[a-z]+){0,2}\s+)(?=(?:(?:new|junior|senior|student|entry-level|part-time|seasonal|"
    r"graduate|summer)\s+)?(?:associates|engineers|developers|nurses|staff|employees|hires|interns|students|"
    r"volunteers|analysts|agents|technicians|drivers|pickers|packers|reps|representatives|apprentices|"
    r"trainees|cashiers|servers|cooks|designers|teachers|tutors|colleagues|team\s+members)\b)",
    re.I,
)
# Where "by [how much]" goes in a change: before how it was done ("Improved code quality by [...] through
# testing"), else at the end of the main clause.
_HOW_DONE_RE = re.compile(r"\s(?:through|via|with|using|by)\s", re.IGNORECASE)
CHANGE_MAX_WORDS = 14
_NUMBER_WORDS = COUNT_WORDS | frozenset(
    """fifteen twenty thirty forty fifty hundred hundreds thousand thousands million millions dozen dozens
    double twice half zero""".split()
)  # "zero": "with zero deficiencies" states its result

# Work whose objects are not its output, so no count of them is asked: "Use RF guns", "Document assessments
# in the chart", "Administer IV medications", "Worked larder and pastry sections".
_UNCOUNTED_VERBS = frozenset(
    """use used utilise utilised utilize utilized document documented administer administered chart charted
    work worked follow followed wear wore keep kept hold held know knew speak spoke apply applied clean
    cleaned""".split()
)
# Plurals that name a kind of work or a whole, not things one could count: "Managed warehouse operations",
# "Delivered results", "Led sales".
_UNCOUNTED_PLURALS = frozenset(
    """operations sales services communications relations logistics finances goods affairs premises needs
    results efforts expectations requirements processes procedures standards regulations means arrangements
    proceedings works systems diabetes series species news""".split()
)
# How often, already a figure of a kind: "Ran weekly audits" is not "Ran [how many] weekly audits".
_FREQUENCY_WORDS = frozenset("daily weekly monthly quarterly annual yearly nightly hourly regular".split())
_OBJECT_WORD_RE = re.compile(r"[A-Za-z][A-Za-z0-9+/-]*")
_ACRONYM_PLURAL_RE = re.compile(r"[A-Z][A-Z0-9]+s")
OBJECT_MAX_WORDS = 4


def _counted_plural(word: str) -> bool:
    """Return whether ``word`` is a plural noun of things one could count ("installations", "APIs")."""
    if _ACRONYM_PLURAL_RE.fullmatch(word):
        return True
    low = word.lower()
    return (
        (word.islower() or word[1:].islower())
        and len(low) >= 4
        and low.endswith("s")
        and not low.endswith(("ss", "us", "is", "ics", "ness", "ous"))
        and low not in _UNCOUNTED_PLURALS
    )


def _verb(word: str) -> bool:
    low = word.lower()
    return low in PRESENT_ACTION_VERBS or low in MEASURABLE_VERBS or (low.endswith("ed") and len(low) > 4)


def object_count_at(*, text: str) -> int | None:
    """Return where "[how many]" goes before the plural object of the opening verb ("Inspect and test
    installations" -> before "installations", "Hauled hazmat loads" -> before "hazmat"), or None when the
    object is not a plain count of things (a determiner, a list, a mass noun, how often)."""
    words = text.split(" ")
    last = 0  # the last verb of the opening: "Inspect and test installations", "Book, reschedule and cancel"
    listing = False  # the opening is a list of verbs, so the one after its "and" is a verb too
    while last + 1 < len(words):
        if words[last].endswith(",") and words[last + 1][:1].islower():  # "Book, reschedule and cancel"
            last, listing = last + 1, True
        elif (
            last + 2 < len(words) and words[last + 1] in {"and", "&"} and (listing or _verb(words[last + 2]))
        ):
            last += 2
        else:
            break
    at = last + 1
    verbs = {w.lower().rstrip(",") for w in words[:at]} - {"and", "&"}
    if verbs & _UNCOUNTED_VERBS:
        return None
    for offset, word in enumerate(words[at : at + OBJECT_MAX_WORDS]):
        bare = word.rstrip(",.;:")
        if not _OBJECT_WORD_RE.fullmatch(bare) or bare.lower() in _FREQUENCY_WORDS:
            return None
        # "card and ACH payments": one word shares the plural; "network performance and alerts" does not
        if bare.lower() in STOPWORDS and (bare.lower() != "and" or offset != 1):
            return None
        if _counted_plural(bare):
            return len(" ".join(words[:at])) + 1
        if bare != word:  # a list or a clause ends before any plural: "Configured GL, AP, ..."
            return None
    return None


def has_figure(*, text: str) -> bool:
    """Return whether ``text`` states a figure, in digits or in words ("a team of four")."""
    return any(map(str.isdigit, text)) or any(token.norm in _NUMBER_WORDS for token in tokenize(text=text))


def ask_for_figure(*, text: str, original: str) -> tuple[str, bool]:
    """Return ``text`` with a request for a figure where one belongs, and whether one was added.

    Only an action whose result could be measured, with no figure yet. The request goes where the figure
    would: "a team of [how many] developers", "Reduced build time by [how much ...]", ", improving uptime by
    [how much ...]", "Inspected [how many] installations"; otherwise a general request ends the sentence.
    """
    first = first_norm(text=text)
    present = present_action(first=first, text=text)
    measurable = first in MEASURABLE_VERBS or (first.endswith("ed") and len(first) > 4) or present is not None
    if not measurable or has_figure(text=original):
        return text, False
    team = _TEAM_OF_RE.search(text) or _PEOPLE_COUNT_RE.match(text)
    if team:
        return f"{text[: team.end()]}{COUNT_HINT} {text[team.end() :]}", True
    change = _CHANGE_CLAUSE_RE.search(text)
    if change:
        return f"{text[: change.end()]} by {CHANGE_HINT}{text[change.end() :]}", True
    clause = RESULT_CLAUSE_RE.search(text)
    end = clause.start() if clause else len(text)
    if (first in CHANGE_VERBS or present in _PRESENT_CHANGE_VERBS) and len(
        text[:end].split()
    ) <= CHANGE_MAX_WORDS:
        how = _HOW_DONE_RE.search(text, 0, end)
        where = how.start() if how else end
        return f"{text[:where]} by {CHANGE_HINT}{text[where:]}", True
    purpose = _PURPOSE_CHANGE_RE.search(text, 0, end)
    if purpose:
        return f"{text[: purpose.end()]} by {CHANGE_HINT}{text[purpose.end() :]}", True
    count_at = object_count_at(text=text)
    if count_at is not None:
        return f"{text[:count_at]}{COUNT_HINT} {text[count_at:]}", True
    return f"{text}, {METRIC_HINT}", True
