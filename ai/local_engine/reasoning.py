"""The reasoning a user reads: what the score rests on, what is missing and what to watch out for."""

from collections.abc import Sequence

from ai.local_engine.language import LanguageGuess
from ai.local_engine.requirements import HARD_KINDS
from ai.local_engine.resume_view import Match

ADD_IF_TRUE = "add this if true"
MAX_HINTED = 6
MOSTLY_COPIED = 0.5


_HELD_KINDS = frozenset({"certification", "language", "degree"})


def _join(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def explain(
    *,
    score: int,
    matches: Sequence[Match],
    missing_keywords: Sequence[str],
    years_asked: int | None,
    years_relevant: float | None,
    years_total: float | None,
    degree_asked: int | None,
    degree_met: bool,
    copied_share: float,
    languages: tuple[LanguageGuess, LanguageGuess],
) -> str:
    """Return two to six sentences explaining ``score``; missing skills only as an "add this if true" hint."""
    parts = []
    unreadable = [guess for guess in languages if guess.code != "en"]
    if unreadable:
        what = "resume" if languages[0].code != "en" else "job description"
        parts.append(
            f"This analysis is unreliable: the {what} looks {unreadable[0].name}, "
            "and the local engine reads English only."
        )
    parts.append(f"Match score {score}/100.")
    if copied_share >= MOSTLY_COPIED:
        parts.append(
            "Most of the resume repeats the job description word for word; copied text earns no credit, "
            "so describe your own experience instead."
        )
    hard = [m for m in matches if m.requirement.kind in HARD_KINDS]
    if hard:
        met = [m for m in hard if m.met and not m.short_of]
        # A credential or a language is held, not shown at work: no advice to write it into a sentence.
        listed = [m for m in met if m.context == "list" and m.requirement.kind not in _HELD_KINDS]
        # "shows 18 of 18" for a resume that only lists them reads as proof: a bare list is told apart
        shown = [m for m in met if m not in listed]
        names = ", ".join(m.requirement.name for m in shown[:5])
        parts.append(
            f"The resume shows {len(shown)} of {len(hard)} skills and qualifications the job asks for"
            + (f" (e.g. {names})" if names else "")
            + (f", and lists {len(listed)} more." if listed else ".")
        )
        if listed:
            parts.append(
                f"{_join([m.requirement.name for m in listed[:4]])} "
                + (
                    "appear only in a list; where you have used them, show them"
                    if len(listed) > 1
                    else "appears only in a list; where you have used it, show it"
                )
                + " in an experience or project sentence to earn full credit."
            )
    else:
        parts.append(
            "The job description names few concrete skills, so the score leans on overall similarity."
        )
    # ... of any kind: "HVAC service (3.7 of the 7+ years asked)" is a duty shown for fewer years than asked
    short = [f"{m.requirement.name} ({m.short_of})" for m in matches if m.met and m.short_of]
    if short:
        parts.append(f"Part credit only for what the resume does not hold as asked: {_join(short[:4])}.")
    if years_asked:
        shown = f"about {years_relevant:g} relevant years" if years_relevant else "no clearly relevant years"
        if years_total and years_total != years_relevant:
            shown += f" (of {years_total:g} in all)"
        parts.append(f"The job asks for {years_asked}+ years of experience; the resume shows {shown}.")
    if degree_asked is not None:
        parts.append(
            f"The resume {'meets' if degree_met else 'does not clearly meet'} the degree requirement."
        )
    if missing_keywords:
        names = _join(list(missing_keywords[:MAX_HINTED]))
        parts.append(f"Not found in the resume ({ADD_IF_TRUE}, and only if true): {names}.")
    return " ".join(parts)
