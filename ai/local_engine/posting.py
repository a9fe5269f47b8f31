"""Read the parts of a job posting: which sentences state requirements and which are the company's own text.

Requirements are read only from what the job asks for. About-the-company text, salary and perks,
equal-opportunity statements and how-to-apply lines are skipped, and addresses, domains, phone numbers,
places and the company's own name are masked so that no keyword is ever drawn from them.
"""

import re
from dataclasses import dataclass

from ai.local_engine.cue_gates import SENTENCE_CUE_GATES, folded, may_match
from ai.local_engine.inline_sections import inline_sections
from ai.local_engine.perk_cues import perk_match
from ai.local_engine.posting_cues import (
    ADDRESSED_RE,
    ASKS,
    EMPLOYER_DOES_RE,
    HEADINGS,
    LABELLED,
    SENTENCE_CUES,
    names_a_role,
    without_doubled_lead,
)
from ai.local_engine.posting_masks import mask_spans
from ai.local_engine.posting_names import (
    COMPANY_CUE_RE,
    about_company,
    company_names,
    name_words,
    title_employer,
)
from ai.local_engine.text import Sentence, normalize_phrase, split_sentences
from ai.local_engine.vocab import Vocabulary

SKIPPED_KINDS = frozenset({"about", "benefits", "apply", "eeo", "location", "facts", "not_asked"})

_HEADING_MAX_WORDS = 6
_LEAD_IN_MAX_WORDS = 20


# "Tech Solutions, San Francisco, CA, USA": a line of capitalised parts with a region code or country.
_PLACE_PART = r"[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3}"
_LOCATION_LINE_RE = re.compile(
    rf"^{_PLACE_PART}(?:,\s*{_PLACE_PART}){{1,4}}\.?(?:\s*[(|/-].*)?$"
    # "remote (EU)", "hybrid / London"; not "remote-first", a word of a sentence
    r"|\b(remote|hybrid|on-?site)\b(?!-\w)\s*[(/,-]|[(]\s*(remote|hybrid|on-?site)"
)
# "COORDINATE IT SUPPORT, VENDORS AND OFFICE SUPPLIES": a duty in capitals, each word capitalised like a
# place's; four or more words in capitals with a lower-case word's verb or joiner are no address.
_SHOUTED_DUTY_RE = re.compile(r"^[^a-z]*\b(?:AND|OR|IN|OF|FOR|WITH|TO|THE)\b[^a-z]*$")


# "Chief Operating Officer — Harbor & Finch Media (Sunnyvale, CA)": the employer after a dash, first line.
@dataclass(frozen=True, slots=True)
class Posting:
    """A job posting's sentences, what each one is, and the spans and words never read as requirements."""

    text: str
    sentences: tuple[Sentence, ...]
    kinds: tuple[str, ...]
    masked: tuple[tuple[int, int], ...]
    name_words: frozenset[str]

    def asks(self) -> list[Sentence]:
        """Return the sentences that may state requirements."""
        return [s for s, kind in zip(self.sentences, self.kinds, strict=True) if kind not in SKIPPED_KINDS]

    def is_masked(self, *, start: int, end: int) -> bool:
        """Return whether the span overlaps an address, domain, phone number or URL."""
        return any(start < mask_end and mask_start < end for mask_start, mask_end in self.masked)


# What a bullet marker left before a sentence on its line: "- Encourage independence, choice and community
# inclusion" is an item of a list, not a heading (a heading ends in a colon: "- Requirements:").
_BULLET_BEFORE_RE = re.compile(r"[•▪●◦■·\-–—*>]\s*$")


# A heading's label with text after its colon on the same line ("Desirable: Pool plant qualification").
_LABELLED_LINE_RE = re.compile(r"[^:\n]{1,40}:[ \t]*\w")


def _heading_kind(*, sentence: Sentence, document: str, role_nouns: frozenset[str]) -> str | None:
    text = sentence.text.strip()
    # A lead-in that ends in a colon or trails off opens a section however long it is ("We are looking for a
    # teacher who:", "You'll be a great fit if you...").
    lead_in = text.endswith((":", "...", "…"))
    most = _LEAD_IN_MAX_WORDS if lead_in else _HEADING_MAX_WORDS
    if len(text.split()) > most or (not lead_in and text[-1:] in ".,;"):
        return None
    line_start = document.rfind("\n", 0, sentence.start) + 1
    if not lead_in and _BULLET_BEFORE_RE.search(document, line_start, sentence.start):
        return None
    for kind, pattern in HEADINGS:
        if pattern.search(text):
            # "Payroll & Benefits Specialist", "Diversity & Inclusion Manager": a job's title, not a heading
            return None if kind != ASKS and names_a_role(text=text, role_nouns=role_nouns) else kind
    return None


# A run-on paragraph (a posting pasted without line breaks) is not a perks or how-to-apply line because a
# perk or "apply" is named somewhere deep inside it; only where its opening words say so ("We offer ...").
_RUN_ON_WORDS = 60
_RUN_ON_LEAD_WORDS = 15


_YOU_SECTIONS = frozenset({"about", "apply"})
_STACK_LINE_RE = re.compile(r"^\W*(?:technologies|tech stack|our stack|stack|skills|tools)\s*(?::|\n)", re.I)


def _sentence_kind(*, sentence: Sentence, vocabulary: Vocabulary) -> str | None:
    long = sentence.text.count(" ") >= _RUN_ON_WORDS
    text = without_doubled_lead(text=sentence.text)
    lower = folded(text)
    for kind, pattern in SENTENCE_CUES:
        if not may_match(gate=SENTENCE_CUE_GATES[kind], text=text, lower=lower):
            continue
        match = pattern.search(text)
        if match and kind == "benefits":
            match = perk_match(sentence=text, pattern=pattern, match=match)
        if match and (not long or kind == "eeo" or text.count(" ", 0, match.start()) < _RUN_ON_LEAD_WORDS):
            return kind
    employer = EMPLOYER_DOES_RE.match(sentence.text)
    if employer:
        name = normalize_phrase(text=employer.group("name"))
        if not any(part in vocabulary.surfaces for part in (name, *name.split())):
            return "about"
    if (
        len(sentence.text) < 80
        and not _SHOUTED_DUTY_RE.match(sentence.text)
        and _LOCATION_LINE_RE.search(sentence.text.strip())
    ):
        # "Python, Kubernetes, Terraform." is a list of skills, not an address; "Senior Financial Analyst,
        # FP&A" is a job's title.
        parts = [normalize_phrase(text=part) for part in sentence.text.strip(" .").split(",")]
        titled = parts[0].rsplit(" ", 1)[-1] in vocabulary.role_nouns
        if 2 * sum(part in vocabulary.surfaces for part in parts) <= len(parts) and not titled:
            return "location"
    return None


# What makes a sentence ask something of the reader, wherever it stands.
_ASKING_RE = re.compile(
    r"\b(?:you|your|candidates?|applicants?|looking for|seeking|need|require[sd]?|must|should|experience|"
    r"knowledge|skills?|ability)\b",
    re.IGNORECASE,
)


def _goes_on_about_us(*, sentences: list[Sentence], kinds: list[str], number: int, text: str) -> bool:
    """Return whether a sentence goes on, on the same line, from one about the company and asks nothing:
    "We're Loopa, a 25-person team. 2M downloads, profitable, fully remote across Europe."."""
    if number == 0 or kinds[number - 1] != "about":
        return False
    before = sentences[number - 1]
    return "\n" not in text[before.end : sentences[number].start] and not _ASKING_RE.search(
        sentences[number].text
    )


# A posting pasted without its line breaks keeps its bullets inline: "... trading reviews - Write efficient
# SQL - Forecast demand ...". In such a run-on sentence a hyphen or asterisk before a capital opens an item.
_INLINE_BULLET_RE = re.compile(r"\s[-*]\s+(?=[A-Z])")
_RUN_ON_BULLET_WORDS = 30


def _inline_bullets(*, sentences: list[Sentence]) -> list[Sentence]:
    """Return the sentences with run-on ones cut at their inline bullets (offsets kept)."""
    out: list[Sentence] = []
    for sentence in sentences:
        if sentence.text.count(" ") < _RUN_ON_BULLET_WORDS or not _INLINE_BULLET_RE.search(sentence.text):
            out.append(sentence)
            continue
        position = 0
        for match in [*_INLINE_BULLET_RE.finditer(sentence.text), None]:
            end = match.start() if match else len(sentence.text)
            piece = sentence.text[position:end].rstrip()
            if piece:
                out.append(
                    Sentence(
                        text=piece,
                        start=sentence.start + position,
                        end=sentence.start + position + len(piece),
                    )
                )
            if match:
                position = match.end()
    return out


_NAME_IS_RE = re.compile(
    r"([A-Z][\w&'-]+(?:\s+[A-Z][\w&'-]+){0,3})\s+(?:is|are)\s+(?!(?:looking|seeking|hiring)\b)"
)


def _header_name_is(*, sentence: Sentence, header: list[Sentence], vocabulary: Vocabulary) -> bool:
    """Return whether the sentence opens with a name the posting's first two lines give, followed by "is":
    the employer describing itself ("Ledgerly is accounts-payable automation for mid-sized companies")."""
    match = _NAME_IS_RE.match(sentence.text)
    if match is None or any(sentence is line for line in header):
        return False
    name = match.group(1)
    return normalize_phrase(text=name) not in vocabulary.surfaces and any(
        re.search(rf"\b{re.escape(name)}\b", line.text) for line in header
    )


def read_posting(*, text: str, vocabulary: Vocabulary) -> Posting:
    """Return the posting's sentences classified: what it asks for, and the text around it."""
    sentences, labelled = inline_sections(sentences=_inline_bullets(sentences=split_sentences(text=text)))
    kinds: list[str] = []
    section = ASKS
    for sentence in sentences:
        heading = _heading_kind(sentence=sentence, document=text, role_nouns=vocabulary.role_nouns)
        if heading is not None:
            section = heading
            if heading == ASKS:
                heading = LABELLED if _LABELLED_LINE_RE.match(sentence.text) else "heading"
            kinds.append(heading)
            continue
        kind = labelled.get(sentence.start) or _sentence_kind(sentence=sentence, vocabulary=vocabulary)
        if kind is None and _header_name_is(sentence=sentence, header=sentences[:2], vocabulary=vocabulary):
            kind = "about"  # "Ledgerly is accounts-payable automation for ...": the employer named up top
        if kind is None and section in _YOU_SECTIONS and ADDRESSED_RE.match(sentence.text):
            kind = ASKS  # "You are a team player ..." under "About us": what the job asks, not the company
        if kind is None and _STACK_LINE_RE.match(sentence.text):
            kind = ASKS  # "Technologies: react node.js" right after "Compensation: ...": the skills
        kinds.append(kind or section)
        if kinds[-1] == "not_asked" and len(kinds) > 1 and len(sentence.text.split()) <= 3:
            kinds[-2] = "not_asked"  # "Forklift or CDL? Not needed": the answer is about the question
        if kinds[-1] == "not_asked" and re.search(r"\bbut\b", sentence.text, re.IGNORECASE):
            kinds[-1] = section  # "Degree not required, but SQL is": the rest is still asked
    masked = sorted(
        [*mask_spans(text=text), *title_employer(sentences=sentences, vocabulary=vocabulary, text=text)]
    )
    company_cues = list(COMPANY_CUE_RE.finditer(text))
    companies = company_names(company_cues=company_cues, vocabulary=vocabulary)
    for number, sentence in enumerate(sentences):
        if kinds[number] == ASKS and (
            about_company(text=sentence.text, companies=companies)
            or _goes_on_about_us(sentences=sentences, kinds=kinds, number=number, text=text)
        ):
            kinds[number] = "about"
    return Posting(
        text=text,
        sentences=tuple(sentences),
        kinds=tuple(kinds),
        masked=tuple(masked),
        name_words=name_words(text=text, masked=masked, vocabulary=vocabulary, company_cues=company_cues),
    )
