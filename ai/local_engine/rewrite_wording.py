"""The wording of a rewrite: a stronger opening where the verb fits, skills named where they were used, and a
request for a figure placed where the figure would go.

Every word a rewrite adds is either the resume's own (its sentence, a skill from the same entry) or one of the
fixed words here (a plainer opening, "using", "and", a bracketed request for a figure): nothing is invented.
"""

import re
from collections.abc import Sequence

from ai.local_engine.aliases import ROLE_NOUNS
from ai.local_engine.text import first_norm, tokenize
from ai.local_engine.tool_verbs import done_with_tools

METRIC_HINT = "[add a real figure: how much, how many or how fast]"
# Where the sentence already says what changed ("improved X", ", reducing Y"): ask for how much, there.
CHANGE_HINT = "[how much: %, time or money]"
# "a team of developers": ask for how many, where the number goes.
COUNT_HINT = "[how many]"
# Every request for a figure a rewrite can hold, with the words that lead into it ("by [how much ...]"):
# accepting a suggestion drops them (fabrication.without_hint).
HINT_RE = re.compile(r"\s*,?\s*(?:by\s+)?\[(?:add a real figure|how much|how many)[^\]]*\]")
MAX_ADDED_SKILLS = 2

# An action whose result can be counted: these verbs open sentences that deserve a figure.
MEASURABLE_VERBS = frozenset(
    """built improved reduced increased optimized optimised launched grew delivered migrated automated
    designed developed led scaled cut saved shipped served implemented created managed ran raised sold
    expanded accelerated boosted streamlined deployed established introduced redesigned rebuilt maintained
    trained organized organised analyzed analysed supported handled owned""".split()
)
# Current-role bullets in the present ("Supervise a crew of 18", "Manages vendor contracts"): actions too.
PRESENT_ACTION_VERBS = frozenset(
    """supervise run handle onboard train manage lead develop build design implement create maintain
    coordinate conduct prepare process perform provide ensure monitor oversee drive own deliver analyze
    analyse support plan organize organise review write test deploy operate serve sell negotiate collaborate
    partner mentor coach teach care administer document chart educate respond resolve track report reconcile
    audit schedule launch optimize optimise improve reduce increase automate migrate scale ship establish
    introduce redesign rebuild grow cut save raise load unload pick pack assemble install repair inspect
    diagnose troubleshoot configure cook assess evaluate research recruit hire interview advise guide
    streamline expand accelerate boost lower decrease shorten double use weld specify size fabricate greet
    restock trace send fix replace take pull post stock face count clean answer file submit book place chase
    close pour steam call check enter update collect scan sort label stack bill wash prep""".split()
)
# A result clause after the main one (", improving uptime", ", which cut ..."): woven skills go before it.
RESULT_GERUNDS = (
    "improving|reducing|increasing|enabling|ensuring|saving|cutting|boosting|driving|raising|lowering|"
    "achieving|allowing|helping|decreasing|eliminating|streamlining|enhancing|accelerating|shortening|"
    "growing|doubling|halving|speeding|closing|resolving|preventing|avoiding|freeing|winning|generating"
)
RESULT_CLAUSE_RE = re.compile(rf",\s+(?:(?:{RESULT_GERUNDS})\b|which\b|resulting\b|leading to\b)", re.I)
# A sentence that already says how it was done ("using Docker", "in Python", "tools like Ansible", "Used
# Angular for ..."): no more tools.
_SAYS_HOW_RE = re.compile(
    r"\b(?i:using|with|in|on|via|through)\s+(?:the\s+)?[A-Z][\w.+#/-]*|"
    r"(?i:\b(?:using|utili[sz]ing|leveraging|like|such\s+as|including)\b|^(?:used|utili[sz]ed|leveraged|applied)\b)|"
    r"[;:(]"
)
# A skill is woven in only as a name ("Excel", "k8s", "C#"), not a field ("databases", "statistics").
_NAMED_RE = re.compile(r"[A-Z0-9+#./]")
# Past this many words before a result clause, "using X" would hang off the end of a long sentence.
WEAVE_MAX_WORDS = 16
# A sentence that names its own instrument in a product's Title Case ("Implemented Core Data persistence",
# "Added Great Expectations suites", "Introduced Hilt"): another tool after it would claim what it does not.
_NAMES_ITS_TOOL_RE = re.compile(r"(?<=\S)\s+(?:[A-Z][a-z]+[A-Za-z]*)(?:\s+[A-Z][a-z]+[A-Za-z]*)*\b")
# ... and one that does two things ("Mapped the detection library ... and presented coverage gaps to the
# CISO"): "using X" at its end would attach to the second.
_SECOND_ACTION_RE = re.compile(
    r"\s(?:and|then)\s+(?:[a-z]+ed|led|ran|wrote|built|made|drove|gave|held|took)\b"
)
# Work with people, not with tools: no tool is woven into "Mentored 3 junior engineers" or "Scaled the team".
PEOPLE_VERBS = frozenset(
    "mentored coached hired recruited supervised onboarded taught interviewed advised guided trained "
    "presented briefed".split()
)
_PEOPLE_OBJECT_RE = re.compile(
    r"\b(?:team|teams|engineers|developers|people|staff|members|interns|reports|associates|employees|"
    r"technicians|operators|officers?|directors?)\b",
    re.I,
)
_PERSON_WORDS = re.compile(
    r"^(?:the\s+|a\s+|our\s+|my\s+)?(?:[\w-]+\s+){0,3}?(?:team|teams|engineers|developers|designers|managers|"
    r"scientists|analysts|stakeholders|clients|customers|vendors|partners|colleagues|nurses|physicians|"
    r"teachers|parents|leadership|executives|[A-Z][a-z]+\s+[A-Z][a-z]+)\b"
)
# Weak openings and the plainer wording that keeps their meaning: "{past}" turns the "-ing" word that follows
# into the past tense ("Responsible for managing X" -> "Managed X"); without one, the opening stays.
# "{people}" keeps the opening unless people follow ("Worked closely with the design team" -> "Partnered
# with the design team"; "Worked with Excel" stays).
_WEAK_OPENERS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(rf"^(?:i\s+)?(?:was\s+|were\s+)?{pattern}\s+", re.IGNORECASE), replacement)
    for pattern, replacement in (
        (r"responsible\s+for", "{past}"),
        (r"in\s+charge\s+of", "{past}"),
        (r"tasked\s+with", "{past}"),
        (r"duties\s+included", "{past}"),
        (r"worked\s+on", "{past}"),
        (r"worked\s+(?:closely\s+)?(?:together\s+)?with", "{people}"),
        (r"helped(?:\s+with)?(?=\s+(?:the|a|an|our|my|their|his|her)\b)", "Supported"),
        (r"assisted\s+(?:with|in)(?=\s+\w+ing\b)", "Contributed to"),
        (r"assisted\s+(?:with|in)", "Supported"),
        (r"involved\s+in", "Contributed to"),
        (r"participated\s+in", "Contributed to"),
        (r"took\s+part\s+in", "Contributed to"),
    )
)
# Whether any weak opening starts a sentence, in one match instead of one per opening.
ANY_WEAK_OPENER = re.compile("|".join(f"(?:{p.pattern})" for p, _ in _WEAK_OPENERS), re.IGNORECASE)
IRREGULAR_PAST = {
    "build": "built", "write": "wrote", "run": "ran", "lead": "led", "make": "made", "teach": "taught",
    "drive": "drove", "bring": "brought", "set": "set", "put": "put", "keep": "kept", "find": "found",
    "hold": "held", "get": "got", "give": "gave", "take": "took", "buy": "bought", "sell": "sold",
    "meet": "met", "grow": "grew", "begin": "began", "choose": "chose", "speak": "spoke", "cut": "cut",
}  # fmt: skip


def _past_tense(*, gerund: str) -> str | None:
    """Return the past tense of an "-ing" word ("managing" -> "managed", "building" -> "built"), or None."""
    if not gerund.lower().endswith("ing") or len(gerund) < 6:
        return None
    stem = gerund[:-3].lower()
    for base in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem):
        if base in IRREGULAR_PAST:
            return IRREGULAR_PAST[base]
    if stem.endswith("e"):
        return stem + "d"
    return stem[:-1] + "ed" if stem[-1:] == stem[-2:-1] else stem + "ed"


def strengthen(*, sentence: str) -> tuple[str, bool]:
    """Return the sentence with a weak opening replaced where the verb fits, and whether it changed."""
    body = sentence.strip().rstrip(".;,")
    for pattern, replacement in _WEAK_OPENERS:
        match = pattern.match(body)
        if not match:
            continue
        rest = body[match.end() :]
        if replacement == "{people}":
            if not _PERSON_WORDS.match(rest):
                break  # "Worked with Excel": a tool, not people to partner with
            return f"Partnered with {rest}", True
        if replacement == "{past}":
            first, _, remainder = rest.partition(" ")
            past = _past_tense(gerund=first)
            if past is None:  # "Worked on the X team": no verb to keep, so the opening stays
                break
            return f"{past[:1].upper()}{past[1:]} {remainder}".rstrip(), True
        return f"{replacement} {rest}", True
    return body[:1].upper() + body[1:], False


# "Design and implementation of ...", "Research on ...", "Lead Associate: ...": the word is a noun there.
_NOUN_OPENING_RE = re.compile(
    r"^\S+(?:\s+and\s+\w+(?:tion|ment|ance|ence|sis))?\s*(?:of|on|is|was|are|[:–-])(?:\s|$)", re.I
)


def present_action(*, first: str, text: str) -> str | None:
    """Return the plain form of a present-tense action verb opening a bullet ("supervise" for "Supervises";
    ``first`` is the first token's norm, plural folded; ``text`` the bullet), or None."""
    form = next(
        (f for f in (first, first[:-1] if first.endswith("e") else "") if f in PRESENT_ACTION_VERBS), None
    )
    if form is None:
        return None
    words = text.split(maxsplit=2)
    title = len(words) > 1 and words[1].lower().strip(":,–-") in ROLE_NOUNS  # "Research Assistant: ..."
    return None if title or _NOUN_OPENING_RE.match(text) else form


def reads_as_action(*, text: str) -> bool:
    """Return whether ``text`` opens with an action, past or present, or a weak opening that hides one."""
    first = first_norm(text=text)
    return (
        first.endswith("ed")
        or first in MEASURABLE_VERBS
        or present_action(first=first, text=text) is not None
        or bool(ANY_WEAK_OPENER.match(text))
    )


def _about_people(*, text: str) -> bool:
    first = first_norm(text=text)
    # a present-tense bullet too: "Train new scientists on the bench", "Coaches two juniors"
    base = first[:-1] if first.endswith("s") and not first.endswith("ss") else first
    present = bool({f"{base}ed", f"{base}d"} & PEOPLE_VERBS) or base == "teach"
    return (
        first in PEOPLE_VERBS
        or present
        or (
            first in {"led", "managed", "scaled", "grew", "built", "partnered", "collaborated", "worked"}
            and _PEOPLE_OBJECT_RE.search(" ".join(text.split()[1:5])) is not None
        )
    )


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def weave(*, text: str, original: str, skills: Sequence[str]) -> tuple[str, bool]:
    """Return ``text`` with up to two ``skills`` named where the work was done, and whether any was.

    Only a plain action gets tools: not one that already says how ("using Docker", "in Python") or names a
    thing in Title Case (its instrument, a place, a client: the tools would claim what it does not say), not
    work with people, not a sentence of several clauses (";" or ":") or of two actions ("... and presented"),
    where "using X" would attach to one of them.
    """
    clause = RESULT_CLAUSE_RE.search(text)
    where = clause.start() if clause else len(text)
    if (
        not reads_as_action(text=text)
        or not done_with_tools(text=text)
        or _about_people(text=text)
        or _SAYS_HOW_RE.search(original)
        or _NAMES_ITS_TOOL_RE.search(original)
        or _SECOND_ACTION_RE.search(original[:where])
        or len(text[:where].split()) > WEAVE_MAX_WORDS
    ):
        return text, False
    present = {t.norm for t in tokenize(text=original)}
    added: list[str] = []
    for skill in skills:
        words = {t.norm for t in tokenize(text=skill)}
        if _NAMED_RE.search(skill) and words and not words <= present and skill not in added:
            added.append(skill)
        if len(added) == MAX_ADDED_SKILLS:
            break
    if not added:
        return text, False
    return f"{text[:where]} using {_join(added)}{text[where:]}", True
