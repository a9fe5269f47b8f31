"""A kind of thing named over its own members, each asked in its own right: "a solid understanding of
financial processes: record to report, month-end close, IFRS reporting", "its MongoDB and PostgreSQL
databases", "Jenkins, Terraform, Python and other programming languages". The members are the requirements;
the kind is no ask of its own (a resume showing any member shows it; one showing none lacks the members,
which are listed)."""

import re

from ai.local_engine.requirement_model import Requirement

# The kinds of requirement that name a thing to know or use, of which a posting lists members.
_THING_KINDS = frozenset({"hard_skill", "tool"})
# Between two members of a list: "MongoDB and PostgreSQL", "Jenkins, Terraform, Python".
_JOINER_RE = re.compile(r"\s*(?:,|/|&)?\s*(?:(?:and|or)\s+)?")
# Between the last member and the kind after them: "MongoDB and PostgreSQL databases", "Python and other
# programming languages".
_BEFORE_KIND_RE = re.compile(r"\s*(?:(?:,\s*)?(?:and|or)\s+(?:any\s+)?other\s+)?")
# The plural nouns that name a kind of thing over its members ("databases", "programming languages",
# "financial processes", "life safety codes"); not a field of work whose parts follow ("inventory control:
# receiving, cycle counts") nor what a list of things is done to ("PPO and Medicaid billing", "SQL & Postgres
# data modeling").
_KIND_NOUNS = frozenset(
    "databases languages processes systems tools platforms frameworks technologies libraries codes standards "
    "applications packages methods methodologies environments services stacks".split()
)
# A colon opening the members after the kind: "financial processes: record to report, ...".
_COLON_RE = re.compile(r"[ \t]*:[ \t]*")


def _span(*, requirement: Requirement, text: str) -> tuple[int, int] | None:
    """Return where a requirement is written in the posting, or None where its name is not written there."""
    written = requirement.asked_as or requirement.name
    end = requirement.position + len(written)
    return (requirement.position, end) if text[requirement.position : end] == written else None


def _members_after_colon(*, end: int, spans: list[tuple[int, int]], text: str) -> int:
    """Return how many requirements are written on the line after a colon right after offset ``end``."""
    colon = _COLON_RE.match(text, end)
    if colon is None or colon.end() == end or ":" not in colon.group():
        return 0
    line_end = text.find("\n", colon.end())
    line_end = len(text) if line_end < 0 else line_end
    return sum(colon.end() <= start < line_end for start, _ in spans)


def _members_before(*, start: int, spans: list[tuple[int, int]], text: str) -> int:
    """Return how many requirements are listed right before offset ``start``, joined by commas or "and"."""
    starts = {e: s for s, e in spans}
    ends = sorted(starts, reverse=True)
    count, until, joiner, joined = 0, start, _BEFORE_KIND_RE, False
    while True:
        end = next((e for e in ends if e <= until and joiner.fullmatch(text, e, until)), None)
        if end is None:
            # names run together with no comma or "and" are no list ("Linux cloud computing relational
            # databases": a list pasted without its commas)
            return count if joined else 0
        joined = joined or bool(text[end:until].strip())
        count, until, joiner = count + 1, starts[end], _JOINER_RE


def drop_category_heads(*, requirements: list[Requirement], text: str) -> list[Requirement]:
    """Return the requirements without a kind of thing named over two or more of its own members that are
    requirements too (see above)."""
    spans = {
        id(r): span
        for r in requirements
        if r.kind in _THING_KINDS and (span := _span(requirement=r, text=text)) is not None
    }
    kept = []
    for requirement in requirements:
        span = spans.get(id(requirement))
        # a kind is a common noun, in lower case ("databases"; not "Microsoft Office: Word, Excel")
        if (
            span is not None
            and requirement.name[:1].islower()
            and requirement.name.rsplit(" ", 1)[-1] in _KIND_NOUNS
        ):
            others = [s for key, s in spans.items() if key != id(requirement)]
            if (
                _members_after_colon(end=span[1], spans=others, text=text) >= 2
                or _members_before(start=span[0], spans=others, text=text) >= 2
            ):
                continue
        kept.append(requirement)
    return kept
