"""How well the resume's own titles name the posting's role: the signal a recruiter reads first.

The posting's title is split into its role noun ("engineer", "manager") and its field ("front end", "java",
"product"). The resume's titles are its headline (the first lines) and the titles of its roles (short lines
of the experience section that hold a role noun). Half the score is a role noun of the same family
(developer and engineer are one family), half the share of field words the same title shows; a title that
shows none of the field earns 0.3 of its noun's credit (another kind of role showing only part of the field
earns as much: nothing), and a bare role ("Electrician") its noun's alone. A field word only the role's own
work lines show, not its title, counts ``CONTEXT_FIELD`` of one. A placeholder noun ("IT
Specialist") is met by any role whose title shows the field.

A C-suite title is one role however it is written ("Chief Operating Officer" = "COO"): a resume's C-suite
title meets a C-suite posting (another function's counts ``OTHER_C_SUITE``), a manager's title only weakly.
"IT" in capitals is a field ("IT Specialist"), shown by operations titles (DevOps, SRE, sysadmin) too.
"""

import functools
import re
from collections.abc import Mapping, Sequence

from ai.local_engine.job import SENIORITY_WORDS
from ai.local_engine.role_words import C_SUITE, ROLE_EXTRA
from ai.local_engine.text import STOPWORDS, Token, normalized_words, tokenize
from ai.local_engine.title_names import title_names
from ai.local_engine.title_words_sets import (
    GRADE_WORDS,
    GRADES,
    JOINED,
    SHORT_TITLE_WORDS,
    SPELLED_TITLES,
    TRAINEE_ROLES,
    TRAINEE_WORDS,
)
from ai.local_engine.trade_fields import PRACTICE_SETTINGS, PRACTITIONERS, TRADE_SETTINGS, TRADE_WORKERS

OTHER_C_SUITE = 0.75
MANAGER_FOR_C_SUITE = 0.3
IT = "IT"
# Titles that name a field's work without its name: a DevOps engineer, a sysadmin or a service desk analyst
# works in IT.
_FIELD_MEMBERS = {
    IT: normalized_words(words="devops sre sysadmin infrastructure network helpdesk desk".split())
}
# Fields named by other words: a "Buyer" or a "Purchasing Manager" works in procurement.
_BUYING = normalized_words(words="procurement purchasing sourcing buyer buying".split())
_FIELD_MEMBERS.update({word: _BUYING for word in _BUYING})
# Customer care, service and support are one front line ("Customer Care Representative" for a "Customer
# Service Associate").
_CUSTOMER = normalized_words(words="care service support".split())
_FIELD_MEMBERS.update({word: _CUSTOMER for word in _CUSTOMER})
# A "Security Engineer" works in cybersecurity, and a "Cybersecurity Analyst" in security.
_SECURITY = normalized_words(words="security cybersecurity infosec".split())
_FIELD_MEMBERS.update({word: _SECURITY for word in _SECURITY})
# Role nouns that name the same kind of job. "DevOps" is none: it names the field of a "DevOps Engineer",
# whom a front-end developer, an engineer too, does not match.
_FAMILIES: tuple[frozenset[str], ...] = (
    normalized_words(words="engineer developer programmer architect sre".split()),
    normalized_words(
        words="manager lead leader supervisor foreman director head owner officer executive president".split()
    )
    | C_SUITE,
    normalized_words(words="scientist researcher analyst statistician".split()),
    normalized_words(words="designer artist".split()),
    normalized_words(words="consultant advisor adviser specialist".split()),
    # "Real Estate Broker" and "Buyer's Agent", an insurance agent or broker: one licensed selling job
    # ... and the front line's titles: a "Customer Care Representative" for a "Customer Service Associate"
    normalized_words(words="agent broker realtor representative associate".split()),
    # who flies or commands the aircraft or ship: a captain for a first officer's post and back
    normalized_words(words="pilot captain aviator".split()) | {"firstofficer"},
)
_FAMILY_WORDS = frozenset().union(*_FAMILIES)
# Role nouns that name no kind of work of their own: an "IT Specialist" is whoever does the field's work
# (a DevOps engineer, a sysadmin), so the field alone tells the role.
_PLACEHOLDER_NOUNS = normalized_words(words=["specialist"])
# A role whose title earns this much (the same kind of role in part of the field, or the whole field) is the
# posting's kind of work: its years count as relevant.
SAME_ROLE = 0.5
# A field word shown by a role's own lines, not its title: half of one in the title.
CONTEXT_FIELD = 0.5
_ACRONYM_RE = re.compile(r"\b[A-Z]{2,5}\b")


@functools.lru_cache(maxsize=8192)
def title_words(text: str) -> list[str]:
    """Return the words of a title that tell roles apart (see ``title_words_of``)."""
    return title_words_of(norms=[title_norm(t) for t in tokenize(text=text)])


def title_norm(token: Token) -> str:
    """Return the token's norm; "IT" (information technology) stays a field word, not the pronoun "it"."""
    return IT if token.text == "IT" else SHORT_TITLE_WORDS.get(token.norm, token.norm)


_HEAD_OF = "head of"  # one word of a title's words, never a token's norm


def title_words_of(*, norms: list[str]) -> list[str]:
    """Return a title's norms with a C-suite title as its abbreviation, words written apart joined ("front
    end" -> "frontend"), and stopwords and seniority words left out."""
    words: list[str] = []
    index = 0
    while index < len(norms):
        # (only "chief" opens a C-suite title: the other words are spared the call)
        c_suite, length = _c_suite_at(norms=norms, index=index) if norms[index] == "chief" else ("", 0)
        if c_suite:
            words.append(c_suite)
            index += length
            continue
        pair = tuple(norms[index : index + 2])
        if pair == ("head", "of"):
            words.append(_HEAD_OF)  # "Head of Data Protection": the role, not a grade of one
            index += 2
            continue
        if pair in JOINED:
            words.append(JOINED[pair])  # type: ignore[index]
            index += 2
            continue
        words.append(norms[index])
        index += 1
    grades = GRADE_WORDS
    if TRAINEE_WORDS.intersection(words):
        # "Software Engineering Intern": an intern in the role of a software engineer, at a grade below it;
        # "Marketing Intern" names no other role, so the intern is the role.
        words = [*words, *(TRAINEE_ROLES[w] for w in words if w in TRAINEE_ROLES)]
        if not _FAMILY_WORDS.intersection(words):
            grades = GRADE_WORDS - TRAINEE_WORDS
    return [
        "head" if w == _HEAD_OF else w
        for w in words
        if w not in STOPWORDS and w not in SENIORITY_WORDS and w not in grades
    ]


def _c_suite_at(*, norms: list[str], index: int) -> tuple[str, int]:
    """Return the abbreviation of "chief <one or two words> officer" at ``index`` and its word count."""
    if norms[index] != "chief":
        return "", 0
    for middle in (1, 2):
        end = index + middle + 1
        if end < len(norms) and norms[end] == "officer":
            abbreviation = "c" + "".join(w[0] for w in norms[index + 1 : end]) + "o"
            return (abbreviation, middle + 2) if abbreviation in C_SUITE else ("", 0)
    return "", 0


def _noun_credit(*, noun: str, present: set[str]) -> float:
    """Return how well a title's words ``present`` show the role noun ``noun`` (1 = the same kind of role)."""
    if noun not in C_SUITE:
        return float(bool(_family(noun) & present))
    if noun in present:
        return 1.0
    if present & (C_SUITE | {"president"}):
        return OTHER_C_SUITE
    return MANAGER_FOR_C_SUITE if _family(noun) & present else 0.0


def _shows_field(*, word: str, present: set[str]) -> bool:
    """Return whether a title's words ``present`` show the field word ``word``, by name or by a member."""
    return word in present or bool(_FIELD_MEMBERS.get(word, frozenset()) & present)


def _family(word: str) -> frozenset[str]:
    return next((family for family in _FAMILIES if word in family), frozenset({word}))


def role_lines(
    *,
    title: str | None,
    titles: Sequence[tuple[int, list[str]]],
    sections: Sequence[str],
    role_nouns: frozenset[str],
) -> set[int]:
    """Return the numbers of the experience lines whose title (of ``resume_titles``) names the posting's role
    (``SAME_ROLE``).

    A CEO's years count for a COO posting though no requirement names them: the title says the work.
    """
    wanted = _wanted_titles(title=title, role_nouns=role_nouns)
    return {
        number
        for number, words in titles
        if sections[number] == "experience"
        and max((_title_match(wanted=w, title=part, words=words) for part, w in wanted), default=0.0)
        >= SAME_ROLE
    }


def role_score(
    *,
    title: str | None,
    titles: Sequence[tuple[int, list[str]]],
    role_nouns: frozenset[str],
    contexts: Mapping[int, frozenset[str]] | None = None,
) -> float | None:
    """Return 0-1: the best of the resume's titles (``resume_titles``) against the posting's, or None
    without a title. ``contexts``: per title line, the words of its role's lines (``role_contexts``)."""
    wanted = _wanted_titles(title=title, role_nouns=role_nouns)
    if not wanted:
        return None
    contexts = contexts or {}
    return max(
        (
            _title_match(wanted=w, title=part, words=words, context=contexts.get(number, frozenset()))
            for number, words in titles
            for part, w in wanted
        ),
        default=0.0,
    )


def _wanted_titles(
    *, title: str | None, role_nouns: frozenset[str]
) -> list[tuple[str, tuple[list[str], list[str]]]]:
    """Return each title the posting's title names, with its role nouns and field words."""
    return [
        (part, w) for part in title_names(title) if (w := _posting_title(title=part, role_nouns=role_nouns))
    ]


def _title_match(
    *,
    wanted: tuple[list[str], list[str]],
    title: str,
    words: list[str],
    context: frozenset[str] = frozenset(),
) -> float:
    """Return 0-1: how well one resume title (its words) names the posting's role, acronyms read both ways."""
    return _title_credit(wanted=wanted, present=_spelled(title=title, words=words), context=context)


def _spelled(*, title: str, words: list[str]) -> set[str]:
    """Return a resume title's words with an acronym of the posting's title read as its words ("SRE" for
    "Site Reliability Engineer"), and the posting's acronym where the resume spells it ("QA" for "Quality
    Assurance Engineer")."""
    present = set(words)
    # "QC Microbiology Analyst" names a microbiologist's field; "Sonography Extern" a sonographer's
    present.update(
        w[:-1] + "ist" if w.endswith("ology") else w[:-1] + "er"
        for w in words
        if w.endswith(("ology", "graphy"))
    )
    for short, spelled in SPELLED_TITLES.items():
        if short in present:
            present.update(spelled)  # "Senior Oracle DBA" for "Oracle Database Administrator"
    wanted = [w for w in title_words(title) if w not in GRADES and not w.isdigit()]
    if len(wanted) >= 2 and "".join(w[0] for w in wanted) in present:
        present.update(wanted)
    # "Cabinetmaker" for "Cabinet Maker", "Bookkeeper" for "Book Keeper": the title's two words written as one
    present.update(w for a, b in zip(wanted, wanted[1:], strict=False) if a + b in present for w in (a, b))
    for acronym in () if title.isupper() else _ACRONYM_RE.findall(title):  # "LINE COOK" has no acronym
        size = len(acronym)
        if any("".join(w[0] for w in words[i : i + size]) == acronym.lower() for i in range(len(words))):
            present.add(acronym.lower())
    return present


def _posting_title(*, title: str | None, role_nouns: frozenset[str]) -> tuple[list[str], list[str]] | None:
    """Return the role nouns and the field words of the posting's title, or None when it has neither."""
    if not title:
        return None
    words = title_words(title)
    nouns = [w for w in words if w in role_nouns or w in ROLE_EXTRA]
    field = [w for w in words if w not in nouns and not w.isdigit()]  # "(2026 intake)": no field
    if len(nouns) >= 2 and nouns[-2] not in _FAMILY_WORDS:
        # "Nurse Practitioner": a practitioner whose field is nursing (a registered nurse is not one)
        field = [*nouns[:-1], *field]
        nouns = nouns[-1:]
    if any(noun in TRADE_WORKERS for noun in nouns):
        field = [w for w in field if w not in TRADE_SETTINGS]  # "Commercial Carpenter": a carpenter
    if any(noun in PRACTITIONERS for noun in nouns):
        field = [w for w in field if w not in PRACTICE_SETTINGS]  # "Community Pharmacist": a pharmacist
    return (nouns, field) if nouns or field else None


def _title_credit(
    *, wanted: tuple[list[str], list[str]], present: set[str], context: frozenset[str] = frozenset()
) -> float:
    """Return 0-1: how well one resume title (its words ``present``) names the posting's role ``wanted``; a
    field word only the role's own lines show (``context``: "Software Engineer" over Java work, for a "Java
    Developer") counts ``CONTEXT_FIELD`` of one in the title."""
    nouns, field = wanted
    noun_part = 1.0 if not nouns else max(_noun_credit(noun=n, present=present) for n in nouns)
    if not field:  # a bare role ("Electrician"): the same kind of job or not
        return noun_part
    field_part = sum(
        1.0
        if _shows_field(word=w, present=present)
        else CONTEXT_FIELD * _shows_field(word=w, present=context)
        for w in field
    ) / len(field)
    if field_part and nouns and set(nouns) <= _PLACEHOLDER_NOUNS:
        noun_part = 1.0  # "IT Specialist": any role of the field is its kind of work
    if not field_part or (not noun_part and field_part < 1):
        # Another kind of job in part of the field ("client services" for a customer service post) is
        # no kin of the posting's role
        return 0.3 * noun_part
    return 0.5 * noun_part + 0.5 * field_part
