"""Which missing keywords a user is shown, and in what order, once the named gaps and the duties and tentative
requirements read as keywords (``keyword_gaps.listed_gaps``) are known."""

from collections.abc import Collection, Sequence

from ai.local_engine.resume_view import Match

# How long the list of missing keywords may grow with duties and tentative requirements
LISTED_UNTIL = 15
# How many missing keywords a user is shown
MAX_MISSING_KEYWORDS = 20


def join_listed(
    *, named: Sequence[str], listed: Sequence[Match], soft: Collection[str]
) -> tuple[list[str], tuple[Match, ...]]:
    """Return the missing keywords with the listed gaps joined, and the listed gaps kept.

    A credential read among the duties ("Fortinet NSE 4" on a line of its own, "OAVT registered") is a named
    gap as any certification is: it joins the named ones. Duties and tentative requirements fill the list
    only to LISTED_UNTIL: past it, a long posting's named gaps are worth the room more. A soft skill
    ("communication") takes none of it: no recruiter screens a resume for it as for a "Board portal" or
    "event budgets"."""
    keywords = list(named)
    keywords += [m.requirement.name for m in listed if m.requirement.kind == "certification"]
    duties = [m for m in listed if m.requirement.kind != "certification"]
    room = max(0, LISTED_UNTIL - sum(name not in soft for name in keywords))
    kept = tuple(m for m in listed if m.requirement.kind == "certification" or m in duties[:room])
    keywords += [m.requirement.name for m in duties[:room]]
    return keywords, kept


def in_room(*, keywords: Sequence[str], soft: Collection[str]) -> list[str]:
    """Return the missing keywords ordered for the room shown (MAX_MISSING_KEYWORDS): past it, soft skills go
    last ("CBAP / CCBA" asked is worth the room more than "communication")."""
    if len(keywords) <= MAX_MISSING_KEYWORDS:
        return list(keywords)
    return sorted(keywords, key=lambda name: name in soft)
