"""Words a posting writes as a line's label or in its shouting, not as a skill's name: a job's name in a
line of capitals ("CHEF DE PARTIE – THE GRANARY"), an everyday word opening a line as its label
("Essential: ..."); and the one letter that names a language among named tools ("SPSS, Stata or R")
(read from ``junk``)."""

import re

from ai.local_engine.candidates import Candidate
from ai.local_engine.vocab import everyday_words, get_vocabulary

_LINE_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’]{2,}")


def shouted_word(*, candidate: Candidate, text: str) -> bool:
    """Return whether a job's name written in capitals stands in a line written in capitals ("CHEF DE PARTIE
    – THE GRANARY"): the capitals are the line's, and do not make the word a product's name (Chef)."""
    if not candidate.text.isupper() or candidate.text.lower() not in get_vocabulary().role_nouns:
        return False
    start = text.rfind("\n", 0, candidate.start) + 1
    end = text.find("\n", candidate.end)
    words = _LINE_WORD_RE.findall(text[start : end if end >= 0 else len(text)])
    return len(words) >= 3 and sum(word.isupper() for word in words) * 4 >= len(words) * 3


_LINE_START_RE = re.compile(r"(?:^|\n)[ \t]*[-•*]?[ \t]*$")


def label_word(*, candidate: Candidate, text: str) -> bool:
    """Return whether a capitalised everyday word opens a line as its label ("Essential: ...", "Desirable:
    ..."): a person specification's column, not the product that shares the word."""
    return (
        candidate.text[:1].isupper()
        and candidate.text.lower() in everyday_words()
        and text[candidate.end : candidate.end + 1] == ":"
        and _LINE_START_RE.search(text, max(0, candidate.start - 4), candidate.start) is not None
    )


# "SPSS, Stata or R", "R, Python or SQL", "C, C++ and Python": the letter R or C among named tools is the
# language.
_NAME_BEFORE_RE = re.compile(r"[A-Z][\w+#.]+[ \t]*(?:,|/|\bor\b|\band\b)[ \t]*$")
_NAME_AFTER_RE = re.compile(r"[ \t]*(?:,|/|\bor\b|\band\b)[ \t]*[A-Z][\w+#.]+")


_LANGUAGE_AFTER_RE = re.compile(r"[ \t]+(?:programming|language|code|coding|development|developer)\b", re.I)


def listed_letter(*, candidate: Candidate, text: str) -> bool:
    """Return whether the one letter "R" stands in a list of named tools (see above), not alone ("Grade R",
    "R 25,000")."""
    return candidate.text in ("R", "C") and bool(
        _NAME_BEFORE_RE.search(text, max(0, candidate.start - 30), candidate.start)
        or _NAME_AFTER_RE.match(text, candidate.end)
        # "Strong C programming", "C language": the language named by its kind
        or _LANGUAGE_AFTER_RE.match(text, candidate.end)
    )
