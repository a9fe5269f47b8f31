"""The resume's own titles: its headline and the title lines of its roles, and the lines each role holds."""

import re
from bisect import bisect_left
from collections.abc import Sequence

from ai.local_engine.role import title_norm, title_words, title_words_of
from ai.local_engine.role_words import ROLE_EXTRA
from ai.local_engine.text import Token, normalized_words, tokenize

HEADLINE_LINES = 4
# Words that make a line name a credential, not a role: "Qualified Teacher Status (QTS)" is held by teachers
# and non-teachers alike, so it says nothing of the job the writer did.
_CREDENTIAL_NOUNS = normalized_words(
    words="status certificate certification licence license diploma qualification".split()
)
MAX_TITLE_TOKENS = 12
# A line's parts: "Title, Employer | Place – Dates".
_PARTS_RE = re.compile(r",|\||–|—|\s-\s|\sat\s|\s@\s|\(")
# Where a headline or summary turns to the role the writer wants ("seeking a", "looking to step into a",
# "aspiring"): the titles after it are sought, not held.
_SOUGHT_RE = re.compile(
    r"\b(?:seeking|looking\s+(?:for|to)|aspir(?:e|es|ing)\b|aim(?:s|ing)?\s+to|hop(?:e|es|ing)\s+to|eager\s+to|"
    r"(?:want|wish|plan)(?:s|ing)?\s+to|step(?:ping)?\s+(?:up\s+)?into|transition(?:ing)?\s+(?:in)?to|"
    r"move\s+into|to\s+become|career\s+(?:goal|objective))",
    re.IGNORECASE,
)
# The lines after a role's title that tell its work ("Senior Software Engineer" over "Developed 14 Spring Boot
# microservices in Java 17"), up to the next title.
ROLE_CONTEXT_LINES = 8


def resume_titles(
    *, sentences: Sequence[str], sections: Sequence[str], role_nouns: frozenset[str]
) -> list[tuple[int, list[str]]]:
    """Return (line number, title words) of the resume's titles: its headline and its roles' title lines.

    A role's line often carries its employer, place and dates ("Full Stack Java Developer, ABC Inc., June
    2018 - Present"): its capitalised parts of a few words each count as titles too.
    """
    titles = []
    for number, (text, section) in enumerate(zip(sentences, sections, strict=True)):
        headline = number < HEADLINE_LINES or section in {"header", "summary"}
        if not (headline or section == "experience"):
            continue
        if section != "experience" and (sought := _SOUGHT_RE.search(text)):
            text = text[: sought.start()]  # "Senior Buyer, looking to step into a procurement manager role"
        tokens = tokenize(text=text)
        plural = _plural_only(tokens=tokens) | _others_titles(text=text)
        for words in _line_parts(text=text, tokens=tokens):
            if (
                words
                and len(words) <= MAX_TITLE_TOKENS
                and any((w in role_nouns or w in ROLE_EXTRA) and w not in plural for w in words)
                and not _CREDENTIAL_NOUNS.intersection(words)
            ):
                titles.append((number, words))
    if sentences:
        titles += [(0, [letters]) for letters in _signed_credentials(line=sentences[0])]
    return titles


# "Emily Sorensen, PA-C", "Dana Ruiz, RN, BSN": the letters signed after the name, a title's initials.
_SIGNED_RE = re.compile(r"([A-Z]{2,5})(-[A-Z])?")
# Letters that follow a name as a place or a degree, never a role: "Jane Doe, Boston, MA" is no medical
# assistant, "Jo Kim, MA" no more; a state's letters count only with a credential's suffix ("PA-C").
_NOT_SIGNED = frozenset(
    """AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY
    NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC ON BC AB QC NS MB SK NB NL PE US USA UK UAE EU
    BA BS BSC MSC MBA PHD JD MPH MSN BSN BBA""".split()
)


def _signed_credentials(*, line: str) -> list[str]:
    """Return the letters after the name on the resume's first line, lower-cased ("pa" of "PA-C"): the role
    read from them only where they spell the posting's title (``role._spelled``)."""
    parts = [part.strip() for part in line.split(",")]
    if len(parts) < 2 or len(parts[0].split()) > 4:
        return []
    return [
        m.group(1).lower()
        for part in parts[1:]
        if (m := _SIGNED_RE.fullmatch(part)) and (m.group(2) or m.group(1) not in _NOT_SIGNED)
    ]


# "for review by the Finance Manager", "reporting to the Head of Sales": someone else's title.
_OTHERS_TITLE_RE = re.compile(
    r"\b(?:by|to|for|with|from|under|alongside)\s+(?:the|our|a|an|my|their)\s+"
    # ... and the others listed after it ("with the RN care manager, behavioral health consultant and ...")
    # (a title's words are never "and": "the Director of Sales and Reservations Manager" is two people)
    r"((?:(?!and\b)[A-Za-z][\w&/-]*\s+){0,3}(?!and\b)[A-Za-z][\w-]*"
    r"(?:(?:\s*,\s*|\s+and\s+)(?:(?:the|our|a|an)\s+)?(?:(?!and\b)[A-Za-z][\w&/-]*\s+){0,3}"
    r"(?!and\b)[A-Za-z][\w-]*)*)"
)


def _others_titles(*, text: str) -> set[str]:
    """Return the role words a line names as someone else's title (see above), never the writer's."""
    return {
        title_norm(token)
        for match in _OTHERS_TITLE_RE.finditer(text)
        for token in tokenize(text=match.group(1))
    }


def _plural_only(*, tokens: list[Token]) -> set[str]:
    """Return the norms a line writes only in the plural.

    "Oversaw 1000+ engineers and product managers" speaks of people, it is no title: a noun written only in
    the plural on a line names no role.
    """
    plural = {t.norm for t in tokens if t.text.lower() in (t.norm + "s", t.norm + "es")}
    return plural - {t.norm for t in tokens if t.text.lower() == t.norm}


def _line_parts(*, text: str, tokens: list[Token]) -> list[list[str]]:
    """Return the title words of a line (when it is short enough) and of each of its capitalised parts."""
    whole = title_words(text)
    parts = [whole] if len(whole) <= MAX_TITLE_TOKENS else []
    # Each part's words from the line's own tokens (no token crosses a separator): no tokenising again.
    starts = [token.start for token in tokens]
    position = 0
    for end, following in [*((m.start(), m.end()) for m in _PARTS_RE.finditer(text)), (len(text), 0)]:
        if text[position:end].strip()[:1].isupper():
            inside = tokens[bisect_left(starts, position) : bisect_left(starts, end)]
            parts.append(title_words_of(norms=[title_norm(token) for token in inside]))
        position = following
    return parts


def role_contexts(
    *,
    titles: Sequence[tuple[int, list[str]]],
    sentence_norms: Sequence[Sequence[str]],
    sections: Sequence[str],
) -> dict[int, frozenset[str]]:
    """Return, per experience title line (of ``resume_titles``), the words of the lines after it that belong
    to its role: up to ``ROLE_CONTEXT_LINES`` lines of Experience before the next title."""
    title_lines = sorted({number for number, _ in titles})
    contexts: dict[int, frozenset[str]] = {}
    for index, number in enumerate(title_lines):
        if sections[number] != "experience":
            continue
        following = title_lines[index + 1] if index + 1 < len(title_lines) else len(sections)
        last = min(following, number + 1 + ROLE_CONTEXT_LINES, len(sections))
        contexts[number] = frozenset(
            word
            for line in range(number + 1, last)
            if sections[line] == "experience"
            for word in sentence_norms[line]
        )
    return contexts
