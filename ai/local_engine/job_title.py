"""The job's title, from the posting's first lines ("Senior Front End Engineer") or from who it seeks ("We
are looking for a senior react native dev")."""

import re

from ai.local_engine.job import SENIORITY_WORDS
from ai.local_engine.role_words import ROLE_EXTRA
from ai.local_engine.text import Sentence, tokenize
from ai.local_engine.title_names import OTHER_NAME_RE
from ai.local_engine.vocab import Vocabulary

_NOT_TITLE_WORDS = frozenset(
    {"job", "description", "position", "title", "role", "vacancy", "hiring", "opening"}
)


def _capitalised(*, text: str, start: int) -> bool:
    """Return whether the word holding the token at ``start`` is capitalised ("commerce" of "E-commerce"),
    or written as a name with an inner capital ("iOS Engineer")."""
    word_start = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    head = text[word_start : word_start + 3].split(" ", 1)[0]  # its own letters: not "a S" of "a Senior"
    return head[:1].isupper() or (head[:1].islower() and any(ch.isupper() for ch in head[1:]))


def job_title(*, sentences: list[Sentence], vocabulary: Vocabulary) -> str | None:
    """Return the job title from the posting's first lines ("Senior Front End Engineer"), or None."""
    for number, sentence in enumerate(sentences[:6]):
        tokens = tokenize(text=sentence.text)
        if len(tokens) > 12:
            continue
        for index, token in enumerate(tokens):
            if token.norm in vocabulary.role_nouns:
                first = index
                while (
                    first > 0
                    and index - first < 4
                    and _capitalised(text=sentence.text, start=tokens[first - 1].start)
                    and tokens[first - 1].norm not in _NOT_TITLE_WORDS
                    # ("[Tokyo / Full-time] Localization QA Tester": a label closed before the title)
                    and not set(":)]") & set(sentence.text[tokens[first - 1].end : tokens[first].start])
                ):
                    first -= 1
                # "Chief" is no seniority in "Chief Operating Officer": it makes the title a C-suite one.
                while (
                    first < index
                    and tokens[first].norm in SENIORITY_WORDS
                    and not (tokens[first].norm == "chief" and token.norm == "officer")
                ):
                    first += 1
                key = " ".join(t.norm for t in tokens[first : index + 1])
                # "Groundskeeper II" alone on the first line: a title, though no title list has the word.
                # ... or with the job's facts after a dash: "Title Examiner — Commercial and Residential"
                alone = len(tokens) <= 3 or _before_a_dash(text=sentence.text, end=token.end, tokens=tokens)
                if key in vocabulary.titles or index - first >= 1 or (number == 0 and alone):
                    # "Family Nurse Practitioner", "Assistant Language Teacher": the role is the last noun
                    last = index
                    while (
                        after := _next_role_noun(
                            tokens=tokens, last=last, sentence=sentence, vocabulary=vocabulary
                        )
                    ) > last:
                        last = after
                    end = _other_title_end(tokens=tokens, last=last, sentence=sentence, vocabulary=vocabulary)
                    grade = [t.norm for t in tokens[first : last + 1]]
                    bank = bool(_BANK_GRADES.intersection(grade)) and set(grade) <= _GRADE_NOUNS
                    if bank or (len(grade) == 1 and grade[0] in _GRADE_NOUNS):
                        end = _function_end(text=sentence.text, end=end, comma=bank)
                    return sentence.text[
                        tokens[first].start : _other_name_end(
                            text=sentence.text, end=end, vocabulary=vocabulary
                        )
                    ]
    return _sought_title(sentences=sentences[:_SOUGHT_LINES], vocabulary=vocabulary)


_DASH_RE = re.compile(r"\s+[—–-]\s+|\s*[|(]")
# A grade's noun alone names no job; the function after its dash does: "Senior Executive – Procurement
# (Electronic Components)", "Manager – Internal Audit", "Officer - Compliance".
_GRADE_NOUNS = frozenset({"executive", "manager", "officer", "associate", "assistant", "vice", "president"})
_FUNCTION_RE = re.compile(r"(?:\s+[—–-]\s+)([A-Z][\w&/-]*(?:\s+(?:&\s+|and\s+)?[A-Z][\w&/-]*){0,3})")
# ... and a bank's grade after a comma too: "Assistant Vice President, Financial Crime Investigations" (not
# "Assistant Manager, Leeds": a place)
_BANK_GRADES = frozenset({"vice", "president"})
_COMMA_FUNCTION_RE = re.compile(r",\s+([A-Z][\w&/-]*(?:\s+(?:&\s+|and\s+)?[A-Z][\w&/-]*){0,3})")


def _function_end(*, text: str, end: int, comma: bool = False) -> int:
    """Return where a grade's title ends with the function named after its dash, else ``end``."""
    function = _FUNCTION_RE.match(text, end) or (_COMMA_FUNCTION_RE.match(text, end) if comma else None)
    return function.end() if function is not None else end


def _before_a_dash(*, text: str, end: int, tokens: list) -> bool:
    """Return whether the line's words up to ``end`` (three at most) are all that stands before a dash,
    a bar or a bracket."""
    dash = _DASH_RE.search(text, end)
    return (
        dash is not None
        and not text[end : dash.start()].strip()
        and sum(1 for t in tokens if t.end <= end) <= 3
    )


# "hiring!! looking for a react dev w/ 3+ yrs exp": a chat-style posting names its title after the cue.
_SOUGHT_LINES = 3
_SOUGHT_RE = re.compile(r"\b(?:looking for|hiring|seeking|searching for)\s+(?:an?\s+)?", re.IGNORECASE)
_SOUGHT_WORDS = 4  # words from the cue to the role noun: "a senior react native dev"


def _sought_title(*, sentences: list[Sentence], vocabulary: Vocabulary) -> str | None:
    """Return the title a posting names after "looking for" or "hiring" in its first lines, or None."""
    for sentence in sentences:
        cue = _SOUGHT_RE.search(sentence.text)
        if cue is None:
            continue
        tokens = [t for t in tokenize(text=sentence.text) if t.start >= cue.end()][:_SOUGHT_WORDS]
        for index, token in enumerate(tokens):
            if token.norm in vocabulary.role_nouns and index > 0:
                return sentence.text[tokens[0].start : token.end]
    return None


_ROLE_NOUN_GAP = 2  # capitalised words between two role nouns of one title ("Assistant Store Manager")


def _next_role_noun(*, tokens: list, last: int, sentence: Sentence, vocabulary: Vocabulary) -> int:
    """Return the index of the next role noun that continues the title after ``last`` (capitalised words
    joined by single spaces, at most ``_ROLE_NOUN_GAP`` others between), else ``last``."""
    for index in range(last + 1, min(len(tokens), last + 2 + _ROLE_NOUN_GAP)):
        token = tokens[index]
        if not token.text[:1].isupper() or sentence.text[tokens[index - 1].end : token.start] != " ":
            return last
        if token.norm in vocabulary.role_nouns:
            return index
    return last


# "Freight Broker / Logistics Account Executive": a second title after a slash, a few capitalised words.
_OTHER_TITLE_WORDS = 5


def _other_title_end(*, tokens: list, last: int, sentence: Sentence, vocabulary: Vocabulary) -> int:
    """Return where the title ends: after its last role noun, or after a second title that a slash joins to
    it ("Freight Broker / Logistics Account Executive"), either of which is the job."""
    end = tokens[last].end
    if sentence.text[end : end + 3].strip() != "/":
        return end
    for index in range(last + 1, min(last + 1 + _OTHER_TITLE_WORDS, len(tokens))):
        if not tokens[index].text[:1].isupper():
            return end
        if tokens[index].norm in vocabulary.role_nouns:
            return tokens[index].end
    return end


def _other_name_end(*, text: str, end: int, vocabulary: Vocabulary) -> int:
    """Return where the title ends with the other name of its job in a bracket after it ("Industrial Mechanic
    (Millwright)"), else ``end``: only a role's name, never a remark ("(Backend)", "(Night Shift)")."""
    bracket = OTHER_NAME_RE.match(text, end)
    if bracket is None:
        return end
    roles = vocabulary.role_nouns | ROLE_EXTRA
    return bracket.end() if any(t.norm in roles for t in tokenize(text=bracket.group(1))) else end
