"""Degrees a posting accepts by name ("B.E./B.Tech or MBA"): a resume meets the ask with one of them (by its
initials or written out) or a higher degree of the same kind (an M.Tech for a B.Tech), not with any other
degree of the level (a B.A. in Sociology). General knowledge of degree names, not read off any posting."""

import re

from ai.local_engine.degree_levels import degree_levels_of
from ai.local_engine.text import normalize_phrase

# initials (dots and spaces dropped, lower case) -> the degree written out
_WRITTEN_OUT = {
    "be": "bachelor of engineering",
    "btech": "bachelor of technology",
    "bsc": "bachelor of science",
    "bs": "bachelor of science",
    "basc": "bachelor of applied science",
    "ba": "bachelor of arts",
    "bcom": "bachelor of commerce",
    "bca": "bachelor of computer applications",
    "bba": "bachelor of business administration",
    "me": "master of engineering",
    "mtech": "master of technology",
    "msc": "master of science",
    "ms": "master of science",
    "ma": "master of arts",
    "mcom": "master of commerce",
    "mca": "master of computer applications",
    "mba": "master of business administration",
    "pgdm": "post graduate diploma in management",
}
# a degree -> the higher ones of its kind that show it
_HIGHER = {
    "be": {"me", "mtech"},
    "btech": {"mtech", "me"},
    "bsc": {"msc"},
    "bs": {"msc", "ms"},
    "ba": {"ma"},
    "bcom": {"mcom"},
    "bca": {"mca"},
    "mba": {"pgdm"},
    "pgdm": {"mba"},
}
# Degrees named by dotted initials, slashed or "or"-joined: "B.E./B.Tech or MBA", "B.Com / M.Com".
_DEGREE_INITIALS = r"[BM]\.?[ ]?(?:[A-Z][a-z]{0,4}\.?){1,2}|MBA|PGDM|MCA|BCA|BBA"
_DOTTED_DEGREE_LIST_RE = re.compile(
    rf"(?=[^\n]*\b[BM]\.[A-Za-z])\b(?:{_DEGREE_INITIALS})"
    rf"(?:[ \t]*(?:/|,|\bor\b)[ \t]*(?:{_DEGREE_INITIALS}))+"
)
_OR_EQUIVALENT_RE = re.compile(r"\bor\s+(?:an?\s+)?(?:equivalent|similar|related|other)\b", re.IGNORECASE)
_LIST_SPLIT_RE = re.compile(r"[ \t]*(?:/|,|\bor\b)[ \t]*")
_ENGINEERING_RE = re.compile(r"\bengineering\b|\bengenharia\b|\bingenier[ií]a\b", re.IGNORECASE)
_INITIALS_RE = re.compile(r"\b[A-Z](?:\.?[A-Za-z]){0,4}\.?")


def listed_degrees(*, text: str) -> re.Match[str] | None:
    """Return the list of degrees a posting's sentence accepts by name ("B.E./B.Tech or MBA"), or None: each
    item a degree, and no "or equivalent" opening it to any degree of the level."""
    listed = _DOTTED_DEGREE_LIST_RE.search(text)
    if listed is None or _OR_EQUIVALENT_RE.search(text):
        return None
    return listed if all(degree_levels_of(text=p) for p in _LIST_SPLIT_RE.split(listed.group())) else None


def degree_types(*, text: str) -> frozenset[str]:
    """Return the degrees ``text`` names, by their initials' key ("B.E./B.Tech or MBA": be, btech, mba)."""
    found = {
        key
        for m in _INITIALS_RE.finditer(text)
        if (key := re.sub(r"[.\s]", "", m.group()).lower()) in _WRITTEN_OUT
    }
    written = f" {normalize_phrase(text=text)} "
    found |= {key for key, name in _WRITTEN_OUT.items() if f" {normalize_phrase(text=name)} " in written}
    return frozenset(found)


def shows_a_type(*, asked: frozenset[str], text: str) -> bool:
    """Return whether a resume's degree line shows a degree ``asked`` or a higher one of its kind."""
    accepted = set(asked) | {higher for key in asked for higher in _HIGHER.get(key, ())}
    if {"be", "btech"} & asked and _ENGINEERING_RE.search(text):
        return True  # "BSc in Industrial Engineering": an engineering bachelor's, by another name
    return bool(degree_types(text=text) & accepted)
