"""Two requirements a posting offers as either one though they are read as different kinds: "Pilot
certificate or ATC background" (a credential, or a background) is one requirement, met by either; reading them
apart reported the second missing beside a met first."""

import re

from ai.local_engine.requirement_forms import absorb
from ai.local_engine.requirement_model import Requirement
from ai.local_engine.text import STOPWORDS, normalize_phrase
from ai.local_engine.vocab import everyday_words

# Nothing but "or" between the first's words and the second's: "A or B", "A, or an B", "A and/or B".
_OR_ONLY_RE = re.compile(r"[ \t]*,?[ \t]*(?:and/)?or[ \t]+(?:an?[ \t]+|the[ \t]+)?", re.IGNORECASE)
# Degrees and languages have their own alternatives ("a degree or equivalent experience" is the education
# sub-score's; "English or French" the language asked).
_OWN_ALTERNATIVES = frozenset({"degree", "language"})


def merge_or_neighbours(*, requirements: list[Requirement], text: str) -> list[Requirement]:
    """Return the requirements (in reading order) with one that follows another after a bare "or" folded into
    it as an alternative."""
    kept: list[Requirement] = []
    for requirement in requirements:
        before = kept[-1] if kept else None
        if (
            before is not None
            and before.sentence == requirement.sentence
            and before.kind != requirement.kind
            and not {before.kind, requirement.kind} & _OWN_ALTERNATIVES
            and _joined_by_or(first=before, second=requirement, text=text)
        ):
            # a credential keeps its kind: "ACRP-CP or SOCRA CCRP certification" is the certification
            owner, other = (
                (requirement, before) if requirement.kind == "certification" else (before, requirement)
            )
            absorb(into=owner, other=other, as_alternative=True)
            kept[-1] = owner
            continue
        kept.append(requirement)
    return kept


def _joined_by_or(*, first: Requirement, second: Requirement, text: str) -> bool:
    written = first.asked_as or first.name
    end = first.position + len(written)
    return (
        text.startswith(written, first.position)
        and _OR_ONLY_RE.fullmatch(text, end, second.position) is not None
    )


# "another regulated industry", "a similar role": a kind offered beside an example named just before it
_OPEN_KIND_RE = re.compile(
    r"(?:an?other|other|any[ \t]+other|a[ \t]+similar|similar|a[ \t]+comparable)\b", re.I
)
# The example before it, its words back to a mark or a preposition opening the phrase ("in financial
# services or"); a phrase of more words is a clause, not a name
_EXAMPLE_BEFORE_RE = re.compile(r"((?:[A-Za-z][\w&/'-]*[ \t]+){0,4}[A-Za-z][\w&/'-]*),?[ \t]+or[ \t]+$")
_OPENING_WORDS = frozenset("in with within of from at for across as".split())
_EXAMPLE_LOOKBACK = 60


def name_open_examples(*, requirements: list[Requirement], text: str) -> None:
    """Name, as an alternative of a kind asked with "or another" ("financial services or another regulated
    industry"), the example written before it that no requirement was read from: either one meets the ask.
    The kind keeps its name: with the example's it would be too long a phrase to list as a gap."""
    taken = [(r.position, r.position + len(r.asked_as or r.name)) for r in requirements]
    for requirement in requirements:
        written = requirement.asked_as or requirement.name
        if not text.startswith(written, requirement.position) or not _OPEN_KIND_RE.match(written):
            continue
        line_start = text.rfind("\n", 0, requirement.position) + 1
        example = _EXAMPLE_BEFORE_RE.search(
            text, max(line_start, requirement.position - _EXAMPLE_LOOKBACK), requirement.position
        )
        if example is None:
            continue
        words = example.group(1).split()
        opening = max((n + 1 for n, w in enumerate(words) if w.lower() in _OPENING_WORDS), default=0)
        words = words[opening:]
        start = text.find(words[0], example.start(1)) if words else -1
        if (
            start < 0
            or len(words) > 3
            or all(w.lower() in STOPWORDS for w in words)
            or any(start < end and begin < example.end(1) for begin, end in taken)
        ):
            continue
        example_name = " ".join(words)
        requirement.alternatives = (*requirement.alternatives, example_name)
        requirement.alternative_keys = (*requirement.alternative_keys, normalize_phrase(text=example_name))


# A name written right before "or" and the name read after it ("Amplitude or Mixpanel", "forms in KoboToolbox
# or ODK"): up to three words back, then "or" alone between them.
_NAME_BEFORE_RE = re.compile(
    r"((?:[A-Za-z0-9][\w&+.'/-]*[ \t]+){0,2}[A-Za-z0-9][\w&+.'/-]*)"
    r"(?:[ \t]*,[ \t]*|[ \t]+)or[ \t]+(?:an?[ \t]+|the[ \t]+)?$"
)
# A name listed with a comma before another: "Brightpearl, " of "Brightpearl, Linnworks or Salesforce".
_LISTED_BEFORE_RE = re.compile(r"((?:[A-Za-z0-9][\w&+.'/-]*[ \t]+){0,2}[A-Za-z0-9][\w&+.'/-]*)[ \t]*,[ \t]*$")
# How the words before each pattern's match end (its blank space stripped): "or" or its article; a comma.
_OR_ENDS = ("or", "a", "an", "the")
_LISTED_ENDS = (",",)
# Two names a requirement was read as, either one: "Linnworks or Salesforce".
_OR_INSIDE_RE = re.compile(r" or ")
# What stands before such a name when it is the end of a longer one ("dbt Core or Cloud") or a bracket's
# first word ("dbt (Core or Cloud)"): a lower-case word of its own or an opening bracket.
_LONGER_NAME_RE = re.compile(r"(?:\(|\b([a-z][\w-]*))[ \t]*$")
# Nothing of a sentence before a word: it is the sentence's first, capitalised whatever it is.
_OPENS_RE = re.compile(r"(?:^|[.;:!?])[^A-Za-z0-9]*$", re.MULTILINE)


def name_or_examples(*, requirements: list[Requirement], text: str) -> None:
    """Name, as an alternative of a requirement named after "or" ("Mixpanel"), the name written before it
    that the vocabulary does not know and no requirement was read from ("Amplitude or Mixpanel"): either one
    meets the ask, and a resume showing the first is not short of the second. Both are names, capitalised as
    a product's or a body's is ("NaviPac or EIVA", "AusIMM or AIG"); a lower-case word before "or" may be a
    verb or half of another phrase ("Achieve or exceed sales goals"). So too each name listed with commas
    before those ("Brightpearl, Linnworks or Salesforce", "A, B, or C"): a list closed by "or" offers each.
    The requirement keeps its name, as with "or another" (``name_open_examples``): how it is held is read
    from its name."""
    taken = [(r.position, r.position + len(r.asked_as or r.name)) for r in requirements]
    for requirement in requirements:
        written = requirement.asked_as or requirement.name
        end = _written_end(text=text, written=written, start=requirement.position)
        if (
            requirement.kind in _OWN_ALTERNATIVES | {"certification"}  # ("name_credentials_either")
            or end < 0
            or not (written[:1].isupper() or written[:1].isdigit())
        ):
            continue
        line_start = text.rfind("\n", 0, requirement.position) + 1
        # "➕ Amplitude or Mixpanel": a line of the two names alone offers a dictionary word as a name too
        alone = not text[end:].split("\n", 1)[0].strip(" .;,")
        found = _name_before(text=text, line_start=line_start, end=requirement.position, alone=alone)
        if found is None and _OR_INSIDE_RE.search(written):  # "Linnworks or Salesforce", one requirement
            found = _name_before(
                text=text, line_start=line_start, end=requirement.position, alone=alone, listed=True
            )
        while found is not None and not any(
            begin < found[0] + len(found[1]) and found[0] < e for begin, e in taken
        ):
            start, name, whole = found
            key = normalize_phrase(text=name)
            if key not in requirement.alternative_keys and key != requirement.key:
                requirement.alternatives = (*requirement.alternatives, name)
                requirement.alternative_keys = (*requirement.alternative_keys, key)
            # the list goes on back to a name that is not all its item ("Experience with Brightpearl, ...")
            found = (
                _name_before(text=text, line_start=line_start, end=start, alone=alone, listed=True)
                if whole
                else None
            )


def _written_end(*, text: str, written: str, start: int) -> int:
    """Return where a requirement's words end in ``text``, -1 if they are not written at ``start``: "B or
    C", read from a list, may be written "B, or C"."""
    for form in (written, ", or ".join(written.rsplit(" or ", 1))):
        if text.startswith(form, start):
            return start + len(form)
    return -1


def _name_before(
    *, text: str, line_start: int, end: int, alone: bool, listed: bool = False
) -> tuple[int, str, bool] | None:
    """Return the name written right before ``end`` and "or" (``listed``: and a comma), as where it starts,
    its words and whether they are all its item's; None if no name is."""
    # Every match ends in a comma, or in "or" and an article, and then blank space: a line whose words before
    # ``end`` end otherwise (most requirements' lines) is spared the pattern tried at each of its places.
    if not text[line_start:end].rstrip(" \t").endswith(_LISTED_ENDS if listed else _OR_ENDS):
        return None
    pattern = _LISTED_BEFORE_RE if listed else _NAME_BEFORE_RE
    before = pattern.search(text, line_start, end)
    if before is None:
        return None
    start, words = _trailing_name(text=text, line_start=line_start, found=before, alone=alone)
    if not words:
        return None
    longer = _LONGER_NAME_RE.search(text, line_start, start)
    if longer is not None and (longer.group(1) or "(").lower() not in STOPWORDS:
        return None
    return start, " ".join(words), start == before.start(1)


def _trailing_name(*, text: str, line_start: int, found: re.Match[str], alone: bool) -> tuple[int, list[str]]:
    """Return where the name ending ``found``'s words starts and its words: the last words that each read as
    a name's (a capital first; at a sentence's start, where every word has one, a capital or digit inside
    it, "E3D", "NaviPac", or a word no dictionary holds, "Dentrix", unless the two names are ``alone`` on
    their line)."""
    words = found.group(1).split()
    starts = []
    at = found.start(1)
    for word in words:
        at = text.index(word, at)
        starts.append(at)
        at += len(word)
    kept = len(words)
    while kept > 0 and _a_name_word(
        word=words[kept - 1],
        first=not alone and _OPENS_RE.search(text, line_start, starts[kept - 1]) is not None,
    ):
        kept -= 1
    return (starts[kept], words[kept:]) if kept < len(words) else (-1, [])


def _a_name_word(*, word: str, first: bool) -> bool:
    """Return whether a word reads as (a part of) a name: see ``_trailing_name``."""
    if not (word[:1].isupper() or word[:1].isdigit()) or word.lower() in STOPWORDS:
        return False
    if any(ch.isupper() or ch.isdigit() for ch in word[1:]):
        return True
    return not first or (word.isalpha() and word.lower() not in everyday_words())
