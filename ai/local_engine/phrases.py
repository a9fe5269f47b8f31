"""Phrases that name one requirement: a category with examples ("frameworks such as React or Vue", "version
control, e.g. Git") and alternatives ("Python, Ruby or Java", "MySQL/PostgreSQL")."""

import functools
import re
from collections.abc import Callable

from ai.local_engine.candidates import Candidate
from ai.local_engine.cue_gates import PRACTICES_WORDS, folded
from ai.local_engine.regex_guards import starts_guarded
from ai.local_engine.taxonomy import category_of
from ai.local_engine.text import SENTENCE_CACHE_SIZE, STOPWORDS, Sentence, tokenize
from ai.local_engine.vocab import Vocabulary

_CATEGORY_CUE_RE = starts_guarded(
    re.compile(
        r"\b(?:such as|like|e\.?\s?g\.?|including|for example|for instance|i\.?\s?e\.?|especially|"
        r"particularly|in particular|ideally)(?=[\s,:(])|\(",
        re.IGNORECASE,
    )
)
# "like" as a verb ("would like to", "we like") introduces no examples.
_VERB_LIKE_RE = re.compile(r"(?:\b(?:would|i|you|we|they|'d|d|also|really|might|may)\s+$)", re.IGNORECASE)
_CLAUSE_END_RE = re.compile(r"[;:)]|\.(?:\s|$)")
# "Gong or similar [conversation intelligence tools]", "Python or other [scripting languages]": the kind named
# after "or similar" is the same requirement as the name before it.
_LIST_GAP_RE = re.compile(
    # A version, edition or unread name stays in: "Angular 12+ or React", "CentralSquare, Tyler or Hexagon"
    r"^(?:\s*v?\d[\w.]*\+?|\s+(?-i:[A-Z][a-z]+[A-Za-z]*))?(?:\s*,\s*(?-i:[A-Z][\w-]+\+?)(?=\s*,|\s+or\b))?"
    r"\s*(?:,|/|\bor\b|,\s*or\b|\band\b|,\s*and\b|and/or|&|,?\s*or\s+(?:similar|other|comparable)|"
    # "Sage 200 or a similar ERP": the example and its kind, one requirement
    # "athenahealth or a similar practice management system": a plain word of the kind before its name
    r",?\s*or\s+(?:a|an|any|another)\s+(?:similar|comparable|equivalent|other)(?:\s+[a-z]{3,}){0,2}|"
    # "Epic or another EHR", "SAP or any other ERP"
    r",?\s*or\s+(?:another|any\s+other))"
    # "mining, heavy industry or a processing plant": an article before the last name ("Office or Google
    # Workspace and a donor database" asks both)
    r"(?:(?<=\bor)\s+(?:a|an)(?=\s))?\s*$",
    re.IGNORECASE,
)
# The plain words of a kind after "or a similar", before the kind's name read ("practice" of "practice
# management system").
_KIND_WORDS_RE = re.compile(r"\b(?:similar|comparable|equivalent|other)\s+((?:[a-z]{3,}\s+){1,2})$")
# A head noun up to this many characters before "such as" still owns the examples ("tools such as Git").
_HEAD_REACH = 30


# "Improve engineering practices: code review, CI/CD, incident reviews": ways of working named after a colon
# are examples of the practices, any of which shows them (a bare "Tools:" heading lists what is asked).
# Gated by cue_gates.PRACTICES_WORDS: a new head noun needs adding there too.
# So are things of a kind a trade works with: "lab equipment: oscilloscopes, logic analyzers, ChipScope/ILA".
_PRACTICES_COLON_RE = re.compile(
    r"\b\w+\s+(?:practices|methods|methodologies|techniques|principles|rituals|ceremonies|equipment|"
    r"instruments|instrumentation)\s*(:)",
    re.I,
)


# Read once per sentence (``engine.clear_caches`` forgets them): asked again by each reading of the posting.
@functools.lru_cache(maxsize=SENTENCE_CACHE_SIZE)
def cue_clauses(*, sentence: Sentence) -> tuple[tuple[int, int, int], ...]:
    """Return (cue start, cue end, clause end) of each "such as" / "e.g." / "(" / "practices:" list in the
    sentence."""
    clauses = []
    lower = folded(sentence.text) if ":" in sentence.text else ""  # the cue ends in a colon
    practices = any(word in lower for word in PRACTICES_WORDS)
    for cue in _PRACTICES_COLON_RE.finditer(sentence.text) if practices else ():
        end_match = _CLAUSE_END_RE.search(sentence.text, cue.end())
        clause_end = end_match.start() if end_match else len(sentence.text)
        clauses.append(
            (sentence.start + cue.start(1), sentence.start + cue.end(1), sentence.start + clause_end)
        )
    for cue in _CATEGORY_CUE_RE.finditer(sentence.text):
        if cue.group().lower() == "like" and (
            _VERB_LIKE_RE.search(sentence.text[max(0, cue.start() - 12) : cue.start()])
            or re.match(r"\s+to\b", sentence.text[cue.end() :])
        ):
            continue
        # A bracket's examples run to its close: "(Terraform preferred; CloudFormation or Pulumi also fine)"
        closing = sentence.text.find(")", cue.end()) if cue.group() == "(" else -1
        end_match = _CLAUSE_END_RE.search(sentence.text, cue.end())
        clause_end = closing if closing >= 0 else end_match.start() if end_match else len(sentence.text)
        clauses.append(
            (sentence.start + cue.start(), sentence.start + cue.end(), sentence.start + clause_end)
        )
    return tuple(clauses)


def _category_head(*, sentence: Sentence, cue_start: int, vocabulary: Vocabulary) -> Candidate | None:
    """Return the category named just before a cue ("a language such as"), even if no candidate holds it."""
    before = sentence.text[max(0, cue_start - sentence.start - _HEAD_REACH) : cue_start - sentence.start]
    # The category is named after the last bracket or clause mark: "Lending (LOS / LMS) or payments (UPI)"
    # names "payments", not "LOS / LMS) or payments".
    before = before[max(before.rfind(mark) for mark in "()[];:,") + 1 :] if before else before
    tokens = [t for t in tokenize(text=before)][-4:]
    for first in range(len(tokens)):
        span = tokens[first:]
        key = " ".join(t.norm for t in span)
        if span[0].norm not in STOPWORDS and category_of(key=key, vocabulary=vocabulary):
            offset = cue_start - len(before)
            return Candidate(
                text=before[span[0].start : span[-1].end],
                key=key,
                start=offset + span[0].start,
                end=offset + span[-1].end,
                sentence=sentence,
                concept_id=None,
                category="phrase",
                features=[],
            )
    return None


def cue_groups(
    *, sentence: Sentence, candidates: list[Candidate], vocabulary: Vocabulary
) -> list[tuple[Candidate | None, list[Candidate]]]:
    """Return (head, examples) for each "such as" / "e.g." / "(" list of the sentence."""
    groups = []
    used: set[int] = set()
    for cue_start, cue_end, clause_end in cue_clauses(sentence=sentence):
        examples = [c for c in candidates if cue_end <= c.start < clause_end and id(c) not in used]
        if not examples:
            continue
        before = [c for c in candidates if c.end <= cue_start and id(c) not in used]
        head = before[-1] if before and cue_start - before[-1].end <= _HEAD_REACH else None
        category_head = _category_head(sentence=sentence, cue_start=cue_start, vocabulary=vocabulary)
        if category_head is not None and (head is None or head.end <= category_head.start):
            head = category_head
        used.update(id(c) for c in examples)
        if head is not None:
            used.add(id(head))
        groups.append((head, examples))
    return groups


_OR_SIMILAR_AFTER_RE = re.compile(
    # ("ACCA, CPA (US/Australia) or equivalent": the last name's bracket before it)
    r"(?:[ \t]*\([^()\n]{0,30}\))?,?[ \t]+or[ \t]+(?:a[ \t]+|an[ \t]+|any[ \t]+)?"
    r"(?:similar|equivalent|comparable)\b",
    re.IGNORECASE,
)
_OR_AFTER_RE = re.compile(
    r",?[ \t]+or[ \t]+(?!(?:similar|equivalent|comparable|other|the like)\b)", re.IGNORECASE
)


_AND_GAP_RE = re.compile(r"[ \t]+and[ \t]+", re.IGNORECASE)


def _parts(run: list[Candidate], gaps: list[str], *, joined: Callable[[str], bool]) -> list[list[Candidate]]:
    """Return the run cut at each gap ``joined`` does not hold together, the parts of two names or more."""
    parts, part = [], [run[0]]
    for gap, candidate in zip(gaps, run[1:], strict=True):
        if joined(gap):
            part.append(candidate)
            continue
        if len(part) > 1:
            parts.append(part)
        part = [candidate]
    if len(part) > 1:
        parts.append(part)
    return parts


def or_groups(*, text: str, candidates: list[Candidate]) -> list[list[Candidate]]:
    """Return runs of candidates listed as alternatives ("Python, Ruby or Java", "MySQL/PostgreSQL").

    A run joined by the word "or" is one group. Where only slashes say "or", a slash binds only its two
    sides: "Core Java, Spring Boot, Hibernate/JPA, REST APIs" asks for all four, Hibernate or JPA being one;
    "MySQL/PostgreSQL and tune performance" is (MySQL or PostgreSQL) and a duty.
    """
    groups: list[list[Candidate]] = []
    run: list[Candidate] = []
    gaps: list[str] = []

    def close() -> None:
        if len(run) < 2 or _bilingual(text=text, run=run):
            return
        # "outbound sales, SDR/BDR or customer-facing experience": the list's "or" may come after the last
        # name read, before an item no name was read from.
        or_after = _OR_AFTER_RE.match(text, run[-1].end) is not None
        # "Klaviyo, Braze, Iterable, Mailchimp or similar": any of the names, or another like them
        or_after = or_after or _OR_SIMILAR_AFTER_RE.match(text, run[-1].end) is not None
        if or_after or any(re.search(r"\bor\b", gap, re.IGNORECASE) for gap in gaps):
            # "Python or R and SQL": the bare "and" closes the alternatives, SQL is asked as well (not in a
            # list with commas: "usability testing, or research software projects and open-source ...")
            split = not or_after and not any("," in gap for gap in gaps)
            groups.extend(_parts(run, gaps, joined=lambda gap: not (split and _AND_GAP_RE.fullmatch(gap))))
            return
        groups.extend(_parts(run, gaps, joined=lambda gap: "/" in gap or "|" in gap))

    for candidate in candidates:
        if run:
            gap = text[run[-1].end : candidate.start]
            if _LIST_GAP_RE.match(gap):
                kind_words = _KIND_WORDS_RE.search(gap)
                if kind_words:  # "... or a similar practice management system": the kind named whole
                    candidate.start = run[-1].end + kind_words.start(1)
                    candidate.text = text[candidate.start : candidate.end]
                run.append(candidate)
                gaps.append(gap)
                continue
            close()
        run, gaps = [candidate], []
    close()
    return groups


def languages_each_asked(*, head: Candidate | None, examples: list[Candidate], text: str) -> bool:
    """Return whether languages in brackets are each asked: after a job ("Accounts Receivable Clerk
    (French/English)") or after "Bilingualism" ("Bilingualism (English and French) is an asset")."""
    if not all(c.category == "language" for c in examples):
        return False
    if head is None:
        return _bilingual(text=text, run=examples)
    return head.category != "language"


def _bilingual(*, text: str, run: list[Candidate]) -> bool:
    """Return whether the run names the languages of a bilingual person ("Bilingual English/Spanish"): each
    is asked for, not one of them."""
    before = text[run[0].sentence.start : run[0].start]
    return (
        all(c.category == "language" for c in run)
        and re.search(r"\b(?:bi|tri)lingual(?:ism)?\b", before, re.I) is not None
    )
