"""Membership of a professional body a posting asks for: "Member of the Society of Radiographers", "CIPD
membership", "Licentiate / Associate / Fellow of Insurance Institute of India (III)". Each is a credential,
met where the resume names the body, its letters, or the post-nominal letters of a grade in it ("FIII",
"MCIPD")."""

import re

from ai.local_engine.job import Importance
from ai.local_engine.requirement_model import Requirement
from ai.local_engine.text import Sentence, normalize_phrase

# A body's name: capitalised words (small words inside: "Institute of Personnel and Development") that hold
# the noun of a professional body, or its letters alone ("CIPD"); its letters may follow in brackets.
_WORD = r"[A-Z][\w'’-]*"
_BODY_NOUN = (
    r"(?:Society|Institute|Institution|Association|College|Academy|Guild|Federation|Chamber|Council|"
    r"Faculty)"
)
_NAMED_BODY = rf"(?:{_WORD}[ \t]+(?:(?:of|for|and|&|in)[ \t]+(?:the[ \t]+)?)?){{0,6}}{_BODY_NOUN}"
# ... the words after its noun: "Association for Geographic Information", "Institute of India" (not a word
# that remarks on the ask: "Member of the Society of Radiographers Desirable").
_TAIL_WORD = rf"(?!(?:Preferred|Desirable|Essential|Required|Advantageous|Is|Are|Or|And)\b){_WORD}"
_BODY_TAIL = rf"(?:[ \t]+(?:of|for|and|&|in)[ \t]+(?:the[ \t]+)?{_TAIL_WORD}(?:[ \t]+{_TAIL_WORD}){{0,3}})*"
_LETTERS = r"[A-Z][A-Za-z]{1,5}[A-Z]"
_BODY = rf"(?P<body>{_NAMED_BODY}{_BODY_TAIL}|{_LETTERS})(?:[ \t]*\((?P<letters>{_LETTERS})\))?"
# The grades a body gives its members, one or several offered ("Licentiate / Associate / Fellow").
_GRADE = r"(?:[Mm]ember|[Ff]ellow|Licentiate|Associate)"
# "Member of the Society of Radiographers", "Membership of CIPD", "Fellow of the Institute of Actuaries".
_ASKED_OF_RE = re.compile(
    rf"\b(?:(?P<grades>{_GRADE}(?:[ \t]*(?:/|,|\bor\b)[ \t]*{_GRADE})*)(?:ship)?|[Mm]embership)[ \t]+"
    rf"(?:of|with|in)[ \t]+(?:the[ \t]+)?{_BODY}"
)
# "Society of Radiographers membership", "CIPD membership".
_BODY_MEMBERSHIP_RE = re.compile(rf"\b{_BODY}[ \t]+membership\b")
# "member of the Wessex Housing Association team": the employer's staff, not a body's membership.
_STAFF_AFTER_RE = re.compile(r"(?:['’]s\b|[ \t]+(?:team|staff|family|community|network)\b)")
_ROMAN_RE = re.compile(r"[IVXLC]+")


def add_memberships(
    *, items: dict[tuple, Requirement], asks: list[Sentence], text: str, importance: Importance
) -> None:
    """Add to ``items`` (a requirement builder's) a credential for each membership of a body asked."""
    for sentence in asks:
        if (
            "ember" not in sentence.text
            and "ellow" not in sentence.text
            and "Licentiate" not in sentence.text
        ):
            continue  # most sentences ask for no membership
        for match in [*_ASKED_OF_RE.finditer(sentence.text), *_BODY_MEMBERSHIP_RE.finditer(sentence.text)]:
            if _STAFF_AFTER_RE.match(sentence.text, match.end()):
                continue
            body, letters = match.group("body"), match.group("letters")
            if " " not in body and letters is None and not re.fullmatch(_LETTERS, body):
                continue  # "Membership of the Council": no body named
            grades = match.groupdict().get("grades")
            ladder = grades is not None and grades.lower() != "member"
            # (letters that read as a Roman numeral, "(III)", would let "Certificate III" meet it)
            written = f"{body} ({letters})" if letters and not _ROMAN_RE.fullmatch(letters) else body
            name = f"{grades} of {written}" if ladder else f"{written} membership"
            add_credential(
                items=items,
                name=name,
                sentence=sentence,
                start=match.start(),
                importance=importance,
                alternative_keys=_held_keys(body=body, letters=letters, grades=grades or "Member"),
            )


def add_credential(
    *,
    items: dict[tuple, Requirement],
    name: str,
    sentence: Sentence,
    start: int,
    importance: Importance,
    alternative_keys: tuple[str, ...],
    alternatives: tuple[str, ...] = (),
) -> bool:
    """Add to ``items`` (a requirement builder's) the credential ``name`` the sentence asks for at ``start``
    (an offset in it), with how a resume names it too; return False, adding nothing, where one of that name
    is there already."""
    key = normalize_phrase(text=name)
    if ("k", key) in items:
        return False
    position = sentence.start + start
    items[("k", key)] = Requirement(
        id="",
        name=name,
        kind="certification",
        importance=importance.at(sentence_start=sentence.start, position=position),
        sentence=sentence.text,
        key=key,
        concept_id=None,
        position=position,
        alternative_keys=alternative_keys,
        alternatives=alternatives,
    )
    return True


def _held_keys(*, body: str, letters: str | None, grades: str) -> tuple[str, ...]:
    """Return how a resume shows the membership: the body's name, its letters (not a Roman numeral alone,
    "III" being a level too), and a grade's post-nominal letters ("AIII", "FCIPD")."""
    keys = [normalize_phrase(text=body)]
    acronym = letters or (body if re.fullmatch(_LETTERS, body) else None)
    if acronym is not None:
        if not _ROMAN_RE.fullmatch(acronym):
            keys.append(normalize_phrase(text=acronym))
        initials = {grade.strip()[0].upper() for grade in re.split(r"/|,|\bor\b", grades) if grade.strip()}
        keys += [normalize_phrase(text=f"{initial}{acronym}") for initial in sorted(initials)]
    return tuple(dict.fromkeys(keys))
