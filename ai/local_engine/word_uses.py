"""A skill's word used in a sense that asks nothing of the candidate: read from the words around it.

Found on SkillSpan train/dev postings (a generic resume's missing keywords that no annotated span covers) and
on postings written for this: "strategic initiatives" are projects, not the trait of initiative; "the Danish
office" and "all Danish markets" name a country's things, not the language; "the lab led by Prof. X" and
"has led to great success" are someone else's leading, or none.
"""

import re

from ai.local_engine.aliases import SOFT_SKILLS
from ai.local_engine.candidates import Candidate
from ai.local_engine.cue_gates import case_blind, holds_any
from ai.local_engine.text import STOPWORDS

# A trait's noun in the plural names countable things ("strategic initiatives", "scientific collaborations").
# An alias written in the plural ("presentations", "stakeholders") is the skill as listed, and so is a skill's
# own name in the plural ("strong written communications").
_TRAIT_NOUN_RE = re.compile(r"[a-z-]+(?:tion|ive|ity|ship)s", re.IGNORECASE)
_SKILL_WORDS = frozenset(
    word.lower() for name, aliases in SOFT_SKILLS.items() for word in (name, *aliases) if " " not in word
)


def names_things(*, text: str) -> bool:
    """Return whether a one-word soft candidate is a trait's noun in the plural: things, not the trait."""
    word = text.lower()
    return (
        _TRAIT_NOUN_RE.fullmatch(word) is not None
        and word not in _SKILL_WORDS
        and not any(word[:-1] == name.lower() for name in SOFT_SKILLS)
    )


# A language's name before a noun, in a sentence that says nothing of using a language, describes a
# country's or an era's things ("the Danish office", "all Danish markets", "Danish health technology
# partners", "a customer-owned Finnish cooperative", "from Georgian bathing houses"); before a word about the
# language or how much of it is asked it is the language ("the English language", "Spanish strongly
# preferred", "Italian conversation").
# Also the first of a list of kinds that share the noun ("Swedish, deep tissue and hot stone massages").
_NOUN_AFTER_RE = re.compile(r",?\s+([a-z][a-z-]*)\b")
_ACRONYM_AFTER_RE = re.compile(r"\s+[A-Z]{2,6}\b")
# Words after a language's name that say it is spoken or used, in a posting or a resume alike.
LANGUAGE_USE_WORDS = frozenset(
    """language languages skills skill speaker speakers speaking spoken written writing reading proficiency
    fluency fluent level native communication translation translator interpreter conversational""".split()
)
# ... and in a posting, how much it is wanted.
_LANGUAGE_USE_WORDS = LANGUAGE_USE_WORDS | frozenset(
    """knowledge communications conversation required preferred desirable desired essential mandatory
    necessary needed helpful advantage advantageous asset beneficial valued plus bonus welcome strongly highly
    ideally also considered""".split()
)


# A sentence about using a language asks for it, whatever its words around the name ("translate all Spanish
# correspondence", "you speak the Danish language and ...").
_LANGUAGE_USE_RE = re.compile(
    r"\b(?:speak\w*|spoken|fluen\w*|bilingual|languages?|proficien\w*|written|writ\w*|read\w*|translat\w*|"
    r"interpret\w*|native)\b",
    re.IGNORECASE,
)


# "Bachelor's degree in English, communications or ...", "a BA in Communications or English": a subject.
_SUBJECT_BEFORE_RE = re.compile(
    r"\b(?:degree|bachelor['’]?s|master['’]?s|diploma|b\.?a\.?|m\.?a\.?|major|majoring|studies)\s+"
    r"(?:\([^()]*\)\s+)?in\s+(?:[\w-]+\s*(?:,|\bor\b|\band\b|/)\s*){0,4}$",
    re.IGNORECASE,
)


def nationality_adjective(*, text: str, start: int, end: int, sentence: str) -> bool:
    """Return whether a language's name between ``start`` and ``end`` of ``text``, in ``sentence``, describes
    a country's things rather than naming the language asked for, or is a degree's subject."""
    if _SUBJECT_BEFORE_RE.search(text, max(0, start - 80), start):
        return True
    if _ACRONYM_AFTER_RE.match(text, end) and _LANGUAGE_USE_RE.search(sentence) is None:
        return True  # "Irish GAAP", "German HGB": a country's standard, not its language
    after = _NOUN_AFTER_RE.match(text, end)
    if after is None or after.group(1) in STOPWORDS or after.group(1) in _LANGUAGE_USE_WORDS:
        return False
    return not _language_used(sentence=sentence)


# A need denied just before a word of using a language: "where you do not have to speak Danish", "no need to
# read German", "you won't need fluent Dutch", "you do not have to be able to speak Danish": the language is
# named as not needed ("if you do not speak German" is no such denial).
_NEGATION_BEFORE_RE = re.compile(
    r"(?:(?:\bnot|n['’]t)\s+(?:have\s+to|need(?:ed)?(?:\s+to)?|required(?:\s+to)?|necessary|expected\s+to)|"
    r"\bno\s+need\s+to)(?:\s+be\s+able\s+to)?(?:\s+[\w-]+){0,2}\s*$",
    re.IGNORECASE,
)
# "Dutch language skills are not required": the language's own words between it and the denial ("Dutch is not
# required" itself is unasked_contexts' plain form, read for every candidate).
_NOT_NEEDED_AFTER_RE = re.compile(
    r"(?:\s+language(?:\s+skills?)?|\s+skills?)\s+(?:is|are)\s+not\s+"
    r"(?:required|necessary|needed|essential|mandatory)\b",
    re.IGNORECASE,
)
_NEGATION_REACH = 42


def _language_used(*, sentence: str) -> bool:
    return any(
        not _NEGATION_BEFORE_RE.search(sentence, max(0, use.start() - _NEGATION_REACH), use.start())
        for use in _LANGUAGE_USE_RE.finditer(sentence)
    )


def language_not_needed(*, text: str, start: int, end: int) -> bool:
    """Return whether the language named between ``start`` and ``end`` of ``text`` is said not to be needed
    ("you do not have to speak Danish", "Dutch is not required")."""
    return bool(
        _NEGATION_BEFORE_RE.search(text, max(0, start - _NEGATION_REACH), start)
        or _NOT_NEEDED_AFTER_RE.match(text, end)
    )


# "The lab led by Prof. X", "has led to great success": led by someone else, or led to an outcome.
_LED_BY_OR_TO_RE = re.compile(r"\s+(?:by|to)\b", re.IGNORECASE)


def led_by_or_to(*, text: str, start: int, end: int) -> bool:
    """Return whether "led" between ``start`` and ``end`` of ``text`` is passive or causal, not leading."""
    return text[start:end].lower() == "led" and _LED_BY_OR_TO_RE.match(text, end) is not None


# A soft word among what a workplace's culture or values are made of ("a culture centered on collaboration,
# quality and best practice", "values: impact, ownership, speed"): the employer described, not an ask.
_CULTURE_BEFORE_RE = re.compile(
    r"\b(?:culture|values)(?:\s+(?:is|are|that\s+is|which\s+is))?\s+(?:(?:centered|centred|based|built|"
    r"founded|focused|rooted)\s+(?:on|upon|around)|of|like|such\s+as|:)[^.;:!?\n]{0,60}$",
    re.IGNORECASE,
)


def in_described_culture(*, text: str, start: int) -> bool:
    """Return whether the word starting at ``start`` of ``text`` is listed in what a culture is made of."""
    return _CULTURE_BEFORE_RE.search(text, max(0, start - 100), start) is not None


# How a project or a process is run, passive, or what it is: "The research will be carried out in close
# collaboration with other groups", "the final selection will be made by the supervisor in collaboration with
# a committee", "The project is a collaboration between ...": others' way of working, no skill asked of the
# hire ("Analyse requirements in close collaboration with the client" is a duty and asks it).
_RUN_IN_COLLABORATION_RE = re.compile(
    r"(?:\b(?:is|are|was|were|be|been)\s+(?:[\w-]+\s+){0,2}?(?:carried\s+out|made|done|conducted|performed|"
    r"undertaken|run|based|chosen|developed|established|funded|hosted|organi[sz]ed)\b[^.;:!?\n]{0,80}?\bin\s+"
    r"(?:close\s+|tight\s+|active\s+)?|\b(?:is|as)\s+an?\s+(?:[\w-]+\s+)?)$",
    re.IGNORECASE,
)


def run_in_collaboration(*, text: str, start: int, end: int) -> bool:
    """Return whether "collaboration" between ``start`` and ``end`` of ``text`` says how others run a project
    or a process, or names the project itself (see above)."""
    return (
        text[start:end].lower() == "collaboration"
        and _RUN_IN_COLLABORATION_RE.search(text, max(0, start - 140), start) is not None
    )


# The industries of the clients the work is for ("tests for clients in healthcare, finance and SaaS",
# "campaigns for brands across retail and travel"): who the employer serves, not a skill asked. Experience
# asked in an industry ("experience with clients in healthcare") is not matched: no "for"/"serving" before.
_CLIENTS_IN_RE = re.compile(
    r"\b(?:for|serving|serve|serves)\s+(?:our\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:clients|customers|brands|"
    r"companies|businesses|organi[sz]ations)\s+(?:in|across|from)\s+(?:the\s+)?"
    r"(?:[\w&/-]+(?:\s+[\w&/-]+)?\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*&\s*))*$",
    re.IGNORECASE,
)


# One of which every match of _CLIENTS_IN_RE holds: most windows have none, and the pattern tries each place.
_CLIENT_NOUNS = ("client", "customer", "brand", "compan", "business", "organi")


def clients_industry(*, text: str, start: int) -> bool:
    """Return whether the word starting at ``start`` of ``text`` names an industry of the clients served."""
    window = max(0, start - 120)
    if not holds_any(words=_CLIENT_NOUNS, lower=case_blind(text[window:start])):
        return False
    return _CLIENTS_IN_RE.search(text, window, start) is not None


# Names whose key folds a plural the product is only ever written in: "Rails" (Ruby on Rails), never "Rail"
# ("Network Rail standards", "light rail").
_PLURAL_ONLY_NAMES = frozenset({"rail"})


def singular_of_a_plural_name(*, text: str) -> bool:
    """Return whether ``text`` is a name's key written in the singular it is never written in ("Rail")."""
    last = text.rsplit(" ", 1)[-1]
    return last.lower() in _PLURAL_ONLY_NAMES


# A platform naming the kind of a device the candidate is to own or bring ("An iPhone or Android smartphone
# with a data plan", "must have a Windows laptop"): equipment to have, not a skill to show.
_DEVICE_AFTER_RE = re.compile(
    r"[ \t]+(?:(?:smart|mobile[ \t]+|cell[ \t]*)?phones?|(?:mobile[ \t]+)?devices?|tablets?|laptops?|"
    r"computers?|pcs?)\b",
    re.IGNORECASE,
)
# ... right after "a" (opening the line, or after "have", "own", "bring"), another such name and "or" between
_HAVE_A_RE = re.compile(
    r"(?:^\W*|\b(?:own|have|has|possess|provide|bring|access[ \t]+to|use[ \t]+of)[ \t]+)"
    r"(?:an?|your[ \t]+own|their[ \t]+own|a[ \t]+personal|a[ \t]+reliable)[ \t]+"
    r"(?:[\w.+-]+[ \t]*(?:,|/|\bor\b|\band\b)[ \t]*)?$",
    re.IGNORECASE,
)


def owned_device(*, text: str, start: int, end: int, sentence_start: int) -> bool:
    """Return whether the name between ``start`` and ``end`` of ``text`` is the kind of a device the sentence
    (from ``sentence_start``) asks the candidate to own ("An iPhone or Android smartphone")."""
    return (
        _DEVICE_AFTER_RE.match(text, end) is not None
        and _HAVE_A_RE.search(text[sentence_start:start]) is not None
    )


def used_in_other_sense(*, candidate: Candidate, text: str) -> bool:
    """Return whether a skill's word is used in a sense that asks nothing: "strategic initiatives" (things),
    "the Danish office" (a country's), "the lab led by Prof. X" (someone else leads), "a culture centered
    on collaboration" (the employer's)."""
    if candidate.category == "soft":
        return (
            names_things(text=candidate.text)
            or led_by_or_to(text=text, start=candidate.start, end=candidate.end)
            or in_described_culture(text=text, start=candidate.start)
            or run_in_collaboration(text=text, start=candidate.start, end=candidate.end)
        )
    return candidate.category == "language" and (
        nationality_adjective(
            text=text, start=candidate.start, end=candidate.end, sentence=candidate.sentence.text
        )
        or language_not_needed(text=text, start=candidate.start, end=candidate.end)
    )
