"""Read a resume into sections and entries once: the stored structure the export and the engine share.

Every line of the structure is a sentence of the resume as written (line breaks and bullets cleaned the way
``improve.clean`` does, so a suggested rewrite's ``sentence`` is one of them); nothing is paraphrased or
added. Each section keeps its own heading text. Inside work, education, projects and certificates the lines
are grouped into entries: a new entry starts at a short heading-like line once the current entry has its
dates and either an achievement line or a dates line just before. Page marks ("John Doe – 1/2") are dropped.
"""

import datetime
import functools
import json
import re
import threading
from collections import OrderedDict
from typing import Any

from ai.local_engine.improve import clean
from ai.local_engine.resume_dates import RANGE_RE, range_years
from ai.local_engine.section_reading import label_sections, section_starts
from ai.local_engine.sections import (
    ACTION_VERBS_IRREGULAR,
    KINDS,
    PAGE_MARK_RE,
    is_bare_list,
    is_contact,
)
from ai.local_engine.text import split_sentences
from ai.text_normalize import normalize_text

STRUCTURE_VERSION = 2  # raise when the reader changes: structures stored by an older one are read again
# Stored structures handed over by analyses (``remember_structure``), most recent last.
REMEMBERED_MAX = 256
_remembered: OrderedDict[str, tuple[str, ...]] = OrderedDict()
_remembered_lock = threading.Lock()
# Section kinds whose lines are grouped into entries (a job, a school, a project, a certificate); the lines
# of other sections form one entry.
# Labels a line takes inside any section without leaving it (an e-mail line in a job, a page footer).
_INLINE_LABELS = frozenset({"contact", "other"})
ENTRY_KINDS = frozenset({"experience", "education", "projects", "certifications"})
_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
_DATE_LINE_MAX_WORDS = 8
_YEAR_LINE_MAX_WORDS = 3
_DURATION_RE = re.compile(r"(?i)^\d{1,2}\s+(?:years?|months?|yrs?|mos?)\b")
_ACTION_MIN_WORDS = 5
_HEAD_MAX_WORDS = 12
# As in sections.py: a match starts only where no longer run of its characters began (linear on long runs).
_EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE_RE = re.compile(r"(?<![\d+(])\+?\(?\d[\d\s().-]{7,}\d")
_PHONE_MIN_DIGITS = 9
_URL_RE = re.compile(r"(?i)\b(?:https?://\S+|www\.\S+|[\w-]+\.(?:com|org|net|io|dev|me|ai|co)(?:/\S*)?)")
# "Zürich, Switzerland", "San Francisco, CA": a place on its own line.
_LOCATION_RE = re.compile(r"^[^\W\d_][\w.' -]{1,30},\s*[^\W\d_][\w. ]{1,25}$")
_LABEL_RE = re.compile(r"^([^:]{1,40}):\s+(.+)$")
_LIST_SPLIT_RE = re.compile(r"\s*[,|•·;▪●◦■\u2022]\s*|\s+/\s+")
LEVEL_WORDS = frozenset(
    "beginner elementary basic intermediate advanced expert proficient fluent native conversational "
    "professional working limited bilingual".split()
)


def line_role(*, text: str) -> str:
    """Return the role of one cleaned line in an entry: "date", "contact", "action", "list" or "head"."""
    words = text.split()
    if (
        _EMAIL_RE.search(text)
        or _URL_RE.search(text)
        or (
            (phone := _PHONE_RE.search(text))
            and sum(ch.isdigit() for ch in phone.group()) >= _PHONE_MIN_DIGITS
        )
    ):
        return "contact"
    if _DURATION_RE.match(text) or (
        (len(words) <= _DATE_LINE_MAX_WORDS and RANGE_RE.search(text))
        or (len(words) <= _YEAR_LINE_MAX_WORDS and _YEAR_RE.search(text))
    ):
        return "date"
    if is_bare_list(text=text):
        return "list"
    letters = [w for w in words if w[:1].isalpha()]
    first = words[0].lower().strip(",.") if words else ""
    capitals = sum(1 for w in letters if w[:1].isupper())
    reads_as_action = first.endswith("ed") or first in ACTION_VERBS_IRREGULAR
    if len(words) >= _ACTION_MIN_WORDS and (reads_as_action or capitals <= 0.6 * len(letters)):
        return "action"
    return "head" if len(words) <= _HEAD_MAX_WORDS else "action"


def date_range(*, text: str) -> tuple[str, str] | None:
    """Return the (start, end) years of the first date range in ``text`` ("present" ends as ""), or None."""
    match = RANGE_RE.search(text)
    # A two-digit year ("Sep 15") is no year the resume wrote: an export writes only years as written.
    if match and not (match.group(2) or match.group(4)):
        start, end = range_years(match=match, this_year=datetime.date.today().year)
        return str(start), "" if end is None else str(end)
    years = _YEAR_RE.findall(text)
    if years:
        return years[0], years[0]
    return None


def _entries(*, lines: list[dict[str, str]]) -> list[list[dict[str, str]]]:
    entries: list[list[dict[str, str]]] = []
    current: list[dict[str, str]] = []
    for number, line in enumerate(lines):
        roles = [item["role"] for item in current]
        following = lines[number + 1]["role"] if number + 1 < len(lines) else ""
        # After a dates line, a location line ("Berlin, Germany") still belongs to the entry when its
        # achievements follow; a heading followed by more heading lines opens the next entry.
        new_entry = (
            line["role"] == "head"
            and "date" in roles
            and ("action" in roles or (roles[-1] == "date" and following != "action"))
        )
        if new_entry:
            entries.append(current)
            current = []
        current.append(line)
    if current:
        entries.append(current)
    return entries


def _contact(*, lines: list[str]) -> dict[str, Any]:
    """Return the name, headline and contact details found in the header lines, each as written."""
    contact: dict[str, Any] = {"name": "", "label": "", "email": "", "phone": "", "location": "", "urls": []}
    for text in lines:
        if not contact["email"] and (email := _EMAIL_RE.search(text)):
            contact["email"] = email.group()
        if not contact["phone"] and (phone := _PHONE_RE.search(text)):
            if sum(ch.isdigit() for ch in phone.group()) >= _PHONE_MIN_DIGITS:
                contact["phone"] = phone.group().strip()
        for url in _URL_RE.findall(_EMAIL_RE.sub(" ", text)):
            if "@" not in url and url not in contact["urls"]:
                contact["urls"].append(url.rstrip(".,;"))
        if not contact["location"] and _LOCATION_RE.match(text):
            contact["location"] = text
            continue
        if is_contact(text=text) or any(ch.isdigit() for ch in text):
            continue
        words = text.split()
        if not contact["name"] and 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words):
            contact["name"] = text
        elif contact["name"] and not contact["label"] and len(words) <= 8:
            contact["label"] = text
    return contact


def skill_groups(*, lines: list[str], heading: str) -> list[dict[str, Any]]:
    """Return skill groups {name, level, keywords} from skills lines, every name and keyword as written."""
    groups: list[dict[str, Any]] = []
    for text in lines:
        label = _LABEL_RE.match(text)
        name, body = (label.group(1), label.group(2)) if label else ("", text)
        items = [item.strip(" .") for item in _LIST_SPLIT_RE.split(body) if item.strip(" .")]
        if (
            not label
            and len(items) == 1
            and text.lower() in LEVEL_WORDS
            and groups
            and not groups[-1]["level"]
        ):
            groups[-1]["level"] = text
        elif label or len(items) > 1:
            if not label and groups and not groups[-1]["keywords"]:
                groups[-1]["keywords"] = items
            else:
                groups.append({"name": name or heading, "level": "", "keywords": items})
        else:
            groups.append({"name": text, "level": "", "keywords": []})
    return groups


def _section(*, kind: str, heading: str | None, texts: list[str]) -> dict[str, Any]:
    lines = [{"text": text, "role": line_role(text=text)} for text in texts]
    entries = _entries(lines=lines) if kind in ENTRY_KINDS else ([lines] if lines else [])
    return {"kind": kind, "heading": heading, "entries": [{"lines": entry} for entry in entries]}


@functools.lru_cache(maxsize=256)
def _labels(text: str) -> tuple[str, ...]:
    return tuple(label_sections(sentences=split_sentences(text=text), text=text))


@functools.lru_cache(maxsize=256)
def _read(text: str) -> str:
    sentences = split_sentences(text=text)
    labels = _labels(text)
    sections: list[dict[str, Any]] = []
    kind, heading, texts = "header", None, []
    header_lines: list[str] = []
    starts = section_starts(sentences=sentences, text=text)
    for sentence, start, label in zip(sentences, starts, labels, strict=True):
        line = clean(sentence.text)
        if not line or PAGE_MARK_RE.match(line):
            continue
        if start is not None and heading is None and kind == start[0] and texts:
            # A heading printed after its section's lines names the section above it.
            heading = clean(start[1])
            texts.extend([clean(start[2])] if start[2].strip() else [])
            continue
        if start is not None:
            if texts or heading is not None:
                sections.append(_section(kind=kind, heading=heading, texts=texts))
            # A heading glued to its section's first line ("Skills Web Technologies") heads that line.
            kind, heading, texts = start[0], clean(start[1]), [clean(start[2])] if start[2].strip() else []
            continue
        if label != kind and label not in _INLINE_LABELS and not (kind == "header" and label == "contact"):
            # The labels put these lines in another section than the heading above (a heading printed after
            # its section, a second column's job): they open a section of their own, its heading unknown.
            if texts or heading is not None:
                sections.append(_section(kind=kind, heading=heading, texts=texts))
            kind, heading, texts = label, None, []
        texts.append(line)
        if kind == "header":
            header_lines.append(line)
    if texts or heading is not None:
        sections.append(_section(kind=kind, heading=heading, texts=texts))
    structure = {
        "version": STRUCTURE_VERSION,
        "contact": _contact(lines=header_lines),
        "sections": sections,
        "labels": list(labels),
    }
    return json.dumps(structure, ensure_ascii=False)


def read_structure(*, text: str) -> dict[str, Any]:
    """Return the resume's structure: {version, contact, sections: [{kind, heading, entries: [{lines}]}]}.

    Each line is ``{"text", "role"}`` with role "head", "date", "contact", "action" or "list". Read once
    per text (cached); the caller owns the returned dict.
    """
    return json.loads(_read(text))


def remember_structure(*, text: str, structure: dict[str, Any] | None) -> None:
    """Let the engine use the stored structure of ``text`` (read at upload) instead of reading it again.

    The engine reads the normalised text, so only a structure of a normalised text (as uploads are stored)
    can stand in; one of another reader version, or whose labels do not fit the sentences, is ignored.
    """
    if not structure or structure.get("version") != STRUCTURE_VERSION or normalize_text(text=text) != text:
        return
    labels = structure.get("labels")
    if not isinstance(labels, list) or not all(label in KINDS for label in labels):
        return
    if len(labels) != len(split_sentences(text=text)):
        return
    with _remembered_lock:
        _remembered[text] = tuple(labels)
        _remembered.move_to_end(text)
        while len(_remembered) > REMEMBERED_MAX:
            _remembered.popitem(last=False)


def sentence_sections(*, text: str) -> tuple[str, ...]:
    """Return the section kind of each sentence of ``text`` in ``split_sentences`` order: the stored
    structure's labels when the analysis brought them, else read once per text."""
    with _remembered_lock:
        labels = _remembered.get(text)
    return labels if labels is not None else _labels(text)


def structure_lines(*, structure: dict[str, Any]) -> list[str]:
    """Return every line of a stored structure, in order."""
    return [
        line["text"]
        for section in structure.get("sections", ())
        for entry in section.get("entries", ())
        for line in entry.get("lines", ())
    ]


def clear_structure_cache() -> None:
    """Forget the structures read or remembered so far (benchmarks measure cold analyses)."""
    _read.cache_clear()
    _labels.cache_clear()
    with _remembered_lock:
        _remembered.clear()
