"""Two requirements a posting offers as either one though they are read as different kinds: "Pilot
certificate or ATC background" (a credential, or a background) is one requirement, met by either; reading them
apart reported the second missing beside a met first."""

import re

from ai.local_engine.requirement_forms import absorb
from ai.local_engine.requirement_model import Requirement
from ai.local_engine.text import STOPWORDS, normalize_phrase

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
