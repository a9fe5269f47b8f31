"""Label each resume sentence with its section, whatever order the PDF's text came out in.

Most resumes put a heading above its section. Some layouts do not survive text extraction that way:
- a heading printed beside its first line comes out glued to it ("Experience Creative Solutions Inc.");
- a heading in a margin comes out after its section's lines, so the dated jobs precede "EXPERIENCE";
- a second column's jobs come out after another column's heading ("EDUCATION ... DevOps engineer Jan 15 -
  Sep 15").
Each is read only where the resume shows the layout, so a resume written heading-first reads as before.
"""

import re
from collections.abc import Sequence

from ai.local_engine.language_grid import grid_headings
from ai.local_engine.resume_dates import RANGE_RE, RANGE_YEAR_RE
from ai.local_engine.section_headings import HEADINGS
from ai.local_engine.sections import PAGE_MARK_RE, has_email, heading_kind, is_contact, phone
from ai.local_engine.shared_line_headings import lone_headings
from ai.local_engine.text import Sentence

# A glued heading is read as one only when the resume shows the layout this many times, in different
# sections: one line opening "Experience Design Lead" proves nothing.
_GLUED_MIN = 3
_GLUED_MAX_WORDS = 3
# A name-and-contact block never lists a career's dates: this many dated lines above the first heading mean
# the headings may come after their sections.
_LEADING_DATED_MIN = 2
# Lines above a dated line that belong to its entry (its title and employer).
_ENTRY_TITLE_LINES = 3
# Words of a school entry, not a job ("University" is also an employer: it is not one of them).
_DEGREE_RE = re.compile(
    r"(?i)\b(?:bachelor'?s?|master'?s?|degree|ph\.?\s?d|doctorate|diploma|[bm]\.?\s?sc|[bm]\.?[as]\b|[bm]\.[as]\."
    r"|studies|semester|thesis|graduated|graduation|coursework|gpa)\b"
)
_HEADING_FIRST_WORDS = frozenset(key.split()[0] for key in HEADINGS)
_SCHOOL_RE = re.compile(r"(?i)\b(?:university|college|school|institute|academy)\b")
_WORK = "experience"
# Sections whose own entries are not jobs, so a job's lines found there came from another column. Volunteer
# work, activities and awards are dated like jobs and stay where they are.
_NOT_JOBS = frozenset(
    {"education", "certifications", "skills", "languages", "interests", "summary", "contact"}
)

Start = tuple[str, str, str]  # kind, heading text, the rest of the sentence after the heading


def _own_heading(*, text: str) -> Start | None:
    """Return the heading a sentence is, alone or above contact lines joined to it ("EDUCATION\\nx.com")."""
    kind = heading_kind(text=text)
    if kind is not None:
        return kind, text, ""
    first, _, rest = text.partition("\n")
    if rest and (kind := heading_kind(text=first)) is not None and is_contact(text=rest):
        return kind, first, rest
    return None


def _glued_heading(*, text: str) -> Start | None:
    """Return the heading a sentence opens with, glued to a capitalised line ("Skills Web Technologies")."""
    words = text.split(maxsplit=_GLUED_MAX_WORDS)
    # Most sentences open with no heading's first word: they are answered here.
    if not words or words[0].lower() not in _HEADING_FIRST_WORDS:
        return None
    for count in range(min(_GLUED_MAX_WORDS, len(words) - 1), 0, -1):
        head = words[:count]
        if not all(word[:1].isupper() for word in head) or not words[count][:1].isupper():
            continue
        kind = HEADINGS.get(" ".join(head).lower())
        if kind is not None:
            return kind, " ".join(head), " ".join(text.split()[count:])
    return None


# A job's own subhead ("Key achievements:" under each role) reads as an Awards heading.
_SUBHEAD_WORDS = frozenset({"achievements", "accomplishments"})


def _form(*, heading: str) -> tuple[bool, bool]:
    return heading.isupper(), heading.rstrip().endswith(":")


def _job_subheads(*, texts: list[str], starts: list[Start | None]) -> list[Start | None]:
    """Return the starts without the subheads of the work section's jobs: an achievements heading written
    unlike the work heading above it ("Key achievements:" under "CAREER HISTORY") is a job's subhead when a
    dated job follows it before the next heading, or the same subhead was one above (the last job's)."""
    starts = list(starts)
    work_heading, subheads = None, set()
    for number, start in enumerate(starts):
        if start is None:
            continue
        key = start[1].strip().rstrip(":").strip().lower()
        if (
            work_heading is not None
            and start[0] == "awards"
            and not start[2]
            and key.split()[-1] in _SUBHEAD_WORDS
            and _form(heading=start[1]) != _form(heading=work_heading)
        ):
            following = next(
                (n for n in range(number + 1, len(starts)) if starts[n] is not None), len(starts)
            )
            if key in subheads or any(
                RANGE_YEAR_RE.search(text) and RANGE_RE.search(text) for text in texts[number + 1 : following]
            ):
                subheads.add(key)
                starts[number] = None
                continue
        work_heading = start[1] if start[0] == _WORK else None
    return starts


def section_starts(*, sentences: Sequence[Sentence], text: str = "") -> list[Start | None]:
    """Return, per sentence, the section it starts (kind, heading text, rest of the sentence) or None;
    ``text`` is the resume the sentences were split from (which sentences share a line)."""
    texts = [sentence.text for sentence in sentences]
    starts = [_own_heading(text=sentence) for sentence in texts]
    starts = lone_headings(text=text, sentences=sentences, starts=starts)
    starts = _job_subheads(texts=texts, starts=starts)
    starts = grid_headings(texts=texts, starts=starts)  # "WRITING" above a language grid's levels
    glued = [
        None if start else _glued_heading(text=s.text) for s, start in zip(sentences, starts, strict=True)
    ]
    found = [start for start in glued if start is not None]
    if len(found) < _GLUED_MIN or len({kind for kind, _, _ in found}) < 2:
        return starts
    current = None
    for number, gluing in enumerate(glued):
        # Inside its own kind of section a heading's word is the content's ("Project Lead" under Projects).
        if starts[number] is None and gluing is not None and gluing[0] != current:
            starts[number] = gluing
        current = starts[number][0] if starts[number] is not None else current
    return starts


def _line_label(*, text: str, current: str | None) -> str:
    if PAGE_MARK_RE.match(text.strip()):
        return "other"
    if current is None:
        return "contact" if is_contact(text=text) else "header"
    # A name block printed after a sidebar: its e-mail or phone line is contact wherever it is.
    return "contact" if has_email(text=text) or phone(text=text) else current


def _headings_first(*, texts: list[str], starts: list[Start | None]) -> list[str]:
    labels, current = [], None
    for text, start in zip(texts, starts, strict=True):
        if start is not None:
            current = start[0]
            labels.append(current)
        else:
            labels.append(_line_label(text=text, current=current))
    return labels


def _headings_after(*, texts: list[str], starts: list[Start | None], dated: list[bool]) -> list[str]:
    """Return the labels when each heading closes the lines above it, from the first dated line on."""
    labels: list[str] = []
    block_start = dated.index(True)
    pending: list[int] = []
    for number, (text, start) in enumerate(zip(texts, starts, strict=True)):
        if start is None and number < block_start:
            labels.append(_line_label(text=text, current=None))
        elif start is None:
            labels.append("")
            pending.append(number)
        else:
            labels.append(start[0])
            for line in pending:
                labels[line] = _line_label(text=texts[line], current=start[0])
            pending = []
    for line in pending:  # below the last heading: a footer of links, or lines of no known section
        labels[line] = "contact" if is_contact(text=texts[line]) else "other"
    return labels


def _agreement(*, texts: list[str], labels: list[str]) -> int:
    """Return how many degree lines a labelling puts in education, less those it puts in work."""
    score = 0
    for text, label in zip(texts, labels, strict=True):
        if _DEGREE_RE.search(text):
            score += (label == "education") - (label == _WORK)
    return score


def _work_form(*, text: str, match: re.Match[str] | None) -> tuple[bool, str] | None:
    """Return the form of a line's date range ``match`` (words before it, its start written as "M 99")."""
    if match is None:
        return None
    start = re.sub(r"[a-z]+\.?", "M", re.sub(r"\d", "9", match.group().split("-")[0].strip().lower()))
    # Words before the range (a title on the date's line), not an icon or a bullet.
    titled = re.search(r"[^\W\d_]", text[: match.start()]) is not None
    return titled, start.split()[0] if start else ""


def _rejoin_work(
    *,
    texts: list[str],
    starts: list[Start | None],
    labels: list[str],
    ranges: list[re.Match[str] | None],
) -> list[str]:
    """Return the labels with jobs of the work section's form, found under another heading, put back in work.

    A two-column page's jobs come out after the other column's heading; a line dated the way the work
    section's entries are ("Systems Analyst Mar 14 - Jan 15"), naming no school or degree, starts a job.
    """
    forms = {
        _work_form(text=text, match=match)
        for text, label, match in zip(texts, labels, ranges, strict=True)
        if label == _WORK and match
    }
    labels = list(labels)
    rejoined = False
    for number, text in enumerate(texts):
        if starts[number] is not None:
            rejoined = False
        elif (form := _work_form(text=text, match=ranges[number])) is not None:
            rejoined = (
                labels[number] in _NOT_JOBS
                and form[0]
                and form in forms
                and not _DEGREE_RE.search(text)
                and not _SCHOOL_RE.search(text)
            )
        if rejoined:
            labels[number] = _WORK
    return labels


def label_sections(*, sentences: Sequence[Sentence], text: str = "") -> list[str]:
    """Return one section kind (see ``sections.KINDS``) per sentence of a resume, in order."""
    texts = [sentence.text for sentence in sentences]
    starts = section_starts(sentences=sentences, text=text)
    labels = _headings_first(texts=texts, starts=starts)
    first = next((n for n, start in enumerate(starts) if start is not None), len(texts))
    # Most lines have no two digits in a row, and the plain pattern tells at a tenth of the range's cost.
    ranges = [RANGE_RE.search(text) if RANGE_YEAR_RE.search(text) else None for text in texts]
    dated = [match is not None for match in ranges]
    if sum(dated[:first]) >= _LEADING_DATED_MIN:
        after = _headings_after(texts=texts, starts=starts, dated=dated)
        if _agreement(texts=texts, labels=after) > _agreement(texts=texts, labels=labels):
            labels = after
        elif _WORK not in labels:
            labels = _unheaded_work(texts=texts, labels=labels, dated=dated, first=first)
    if not any(dated):
        return labels
    return _rejoin_work(texts=texts, starts=starts, labels=labels, ranges=ranges)


def _unheaded_work(*, texts: list[str], labels: list[str], dated: list[bool], first: int) -> list[str]:
    """Return the labels with a resume's unheaded jobs read as work: it opens with its dated roles and names
    no work heading ("BUSINESS DEVELOPMENT REPRESENTATIVE | Clearpath | Mar 2024 - Present" right after the
    contact lines); from the title lines of its first dated entry to the first heading, header lines are
    work, unless they name a degree or a school."""
    start = max(dated.index(True) - _ENTRY_TITLE_LINES, 0)
    while start < first and labels[start] != "header":
        start += 1
    if start == 0:
        return labels  # the name line opens the block: no room for a header above the jobs
    labels = list(labels)
    for number in range(start, first):
        if labels[number] == "header" and not (
            _DEGREE_RE.search(texts[number]) or _SCHOOL_RE.search(texts[number])
        ):
            labels[number] = _WORK
    return labels
