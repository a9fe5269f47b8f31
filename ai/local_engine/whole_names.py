"""Names a posting asks for that the candidate finder would cut into fragments, read whole: a law
("Knowledge of the Landlord and Tenant Act 1985", not "Landlord"), a title asked to be known ("Knowledge of
Chapter 8 / Safety at Street Works", "Knowledge of Edulink One") and a standard's letters with their number
("ISO 14001", "VDA 6.3", not "ISO"). Each becomes one candidate in place of the pieces inside it, marked so
that the keeping rules (``requirement_keep``) keep it: a name the posting gives is what a recruiter screens
for.
"""

import re
from dataclasses import replace

from ai.local_engine.candidates import Candidate
from ai.local_engine.coded_names import STANDARD_CODE_RE, coded_name, standard_code
from ai.local_engine.cue_gates import holds_any
from ai.local_engine.knowing_phrases import KNOWING_CUE, may_cue_knowing
from ai.local_engine.text import Sentence, normalize_phrase

# The feature marking a whole name (no weight of the extractor's: it keeps its score).
WHOLE_NAME = "whole=name"

_CAP_WORD = r"[A-Z][\w'’.-]+"  # (not a letter alone: "E", "D" of a person specification's columns)
# (not "and the": "UK GDPR, EU GDPR and the Data Protection Act 2018" lists two)
_SMALL = r"(?:and(?![ \t]+the\b)|of|for|at|on|in|the|to|from|with|against|&)"
# Words that open what asks for a law, not the law's name: "Knowledge of the Highways Act".
_NOT_A_NAME = (
    r"(?!(?:Knowledge|Understanding|Awareness|Experience|Familiarity|Apply|Applying|Comply|Complying|"
    r"Compliance|Ensure|Including|In|With|Under|The|An|Of|And)\b)"
)
_BRACKETED = r"\([A-Z][^()\n,;]{0,40}\)"
# A law by its title and kind, its year after: "Highways Act 1980", "Working Time Directive", "Road Transport
# (Working Time) Regulations", "Health and Safety at Work etc. Act 1974"; Québec's in English: "Act respecting
# labour standards".
_LAW_RE = re.compile(
    rf"{_NOT_A_NAME}{_CAP_WORD}(?:[ \t]+(?:{_SMALL}[ \t]+)*(?:{_NOT_A_NAME}{_CAP_WORD}|{_BRACKETED}))*?"
    r"(?:[ \t]+etc\.)?[ \t]+(?:Act|Directive|Regulations|Law)\b(?:[ \t]+\(?(?:19|20)\d\d\)?)?"
    r"|\bAct[ \t]+respecting(?:[ \t]+(?:the[ \t]+)?[a-z][\w'-]*){1,3}"
)
# One of which every match of _LAW_RE holds, as written: most sentences hold none and are not searched.
_LAW_KINDS = ("Act", "Directive", "Regulations", "Law")
# What asks to know or apply a law before it in its sentence: "Good knowledge of ... Working Time Directive
# rules", "Apply ... the Act respecting labour standards"; not a law the employer or the post is bound by
# ("This post is exempt from the Rehabilitation of Offenders Act 1974").
_LAW_ASKED_RE = re.compile(
    r"\b(?:knowledge|knowledgeable|understand\w*|aware(?:ness)?|familiar\w*|experience[ds]?|expertise|versed|"
    r"apply|applying|comply|complying|compliance|interpret\w*|work(?:ing)?\s+to)\b",
    re.IGNORECASE,
)
_YEAR_RE = re.compile(r"[ \t]+\(?(?:19|20)\d\d\)?$")
# Letters with a bracketed part inside them: "IR(ME)R" (the Ionising Radiation (Medical Exposure)
# Regulations), read whole, not as "IR" and the language "R".
_BRACKETED_LETTERS_RE = re.compile(r"\b[A-Z]{1,4}\([A-Z]{1,4}\)[A-Z]{1,4}\b")
_SERIES_RE = re.compile(r"([A-Z]{1,3})(\d)")
_EDITION_RE = re.compile(r":(?:19|20)\d\d$")
# A title asked to be known after a cue: capitalised words and codes, "/" between other names of it, a
# bracket naming it ("(Red Book)", "(2016)"), the subtitle of a code of practice (": A Code of Practice").
# (not letters in brackets: "National Electrical Code (NEC)" is spelled out, read with its acronym)
_TITLE_PART = rf"(?:{_CAP_WORD}|\d[\w.]*|[IVX]{{1,4}}\b|(?!\([A-Z0-9&/+-]+\)){_BRACKETED}|\(\d{{4}}\))"
_TITLE_JOIN = r"(?:[ \t]*/[ \t]*|[ \t]+(?:(?:of|for|at|on|in|the|to|&)[ \t]+)*|:[ \t]+(?:A[ \t]+)?)"
_TITLE_RE = re.compile(rf"{_NOT_A_NAME}{_CAP_WORD}(?:{_TITLE_JOIN}{_TITLE_PART})+")
_PHRASE_GOES_ON_RE = re.compile(r"[ \t]+(?!(?:and|or|in|at|for|to|with|on|of|is|are|as)\b)[a-z]")
_ACRONYM_AFTER_RE = re.compile(r"[ \t]*\([A-Z]{2,6}\)")
_SUBTITLE_RE = re.compile(r"(?::[ \t]+.*|[ \t]*\(\d{4}\))$")
_KNOWING_RE = re.compile(KNOWING_CUE + r"(?:(?:the|a|an)\s+)?$", re.IGNORECASE)


# What joins a further title to one asked to be known: "Knowledge of Chapter 8 / Safety at Street Works and
# [Road Works (Red Book)]", "Familiar with IATF 16949 and [Core Tools]".
_NEXT_TITLE_RE = re.compile(r"[ \t]*(?:,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+)")


def _title_spans(*, text: str) -> list[tuple[int, int]]:
    """Return the spans of the titles a sentence asks to be known, a cue of knowing before the first of each
    list of them; none of a list that names a kind of thing after it ("Experience with John Deere, Case IH or
    New Holland equipment", "the Lagos Mainland market")."""
    spans: list[tuple[int, int]] = []
    if not may_cue_knowing(text=text):
        return spans  # each list of titles opens after a cue of knowing
    chain: list[tuple[int, int]] = []
    follows = -1  # where the last title of the list ended
    for match in [*_TITLE_RE.finditer(text), None]:
        joined = match is not None and follows >= 0 and _NEXT_TITLE_RE.fullmatch(text, follows, match.start())
        if chain and not joined:
            if not _PHRASE_GOES_ON_RE.match(text, follows):
                spans += chain
            chain, follows = [], -1
        if match is None:
            break
        cue = _KNOWING_RE.search(text, max(0, match.start() - 40), match.start())
        if cue and cue.group()[:1].isupper() and text[: cue.start()].strip(" -–•*"):
            cue = None  # "Medical First Aid, Proficiency in Survival Craft": the cue is a credential's name
        if _ACRONYM_AFTER_RE.match(text, match.end()):
            cue = joined = None  # "the National Electrical Code (NEC)": read with the acronym it spells out
        if joined or cue:
            # "Well-managed Highway Infrastructure: A Code of Practice (2016)": the title, not what kind of
            # text it is nor its year
            title = _SUBTITLE_RE.sub("", match.group())
            chain.append((match.start(), match.start() + len(title)))
            follows = match.end()
    return spans


def _name_spans(*, sentence: Sentence) -> list[tuple[int, int]]:
    """Return the spans (sentence offsets) of the whole names in a sentence: laws, titles after a cue of
    knowing, codes; a span inside another is left out."""
    text = sentence.text
    spans = [
        (m.start(), m.end())
        for m in (_LAW_RE.finditer(text) if holds_any(words=_LAW_KINDS, lower=text) else ())
        if _LAW_ASKED_RE.search(text, max(0, m.start() - 80), m.start())
    ]
    spans += _title_spans(text=text)
    spans += [(m.start(), m.end()) for m in STANDARD_CODE_RE.finditer(text)]
    if "(" in text:
        spans += [(m.start(), m.end()) for m in _BRACKETED_LETTERS_RE.finditer(text)]
    spans.sort(key=lambda span: (span[0], -span[1]))
    kept: list[tuple[int, int]] = []
    for start, end in spans:
        if not any(s <= start and end <= e for s, e in kept):
            kept.append((start, end))
    return kept


def whole_names(*, candidates: list[Candidate], text: str) -> list[Candidate]:
    """Return the candidates with each whole name a posting's sentence gives in place of the pieces inside
    it, in reading order."""
    out: list[Candidate] = []
    by_sentence: dict[int, list[Candidate]] = {}
    for candidate in candidates:
        by_sentence.setdefault(candidate.sentence.start, []).append(candidate)
    for pieces in by_sentence.values():
        sentence = pieces[0].sentence
        spans = [(sentence.start + s, sentence.start + e) for s, e in _name_spans(sentence=sentence)]
        for start, end in spans:
            inside = [c for c in pieces if start <= c.start and c.end <= end]
            # "support IATF" of "support IATF 16949": a phrase the code cut off, a fragment
            cut = [c for c in pieces if c.start < end and start < c.end and c not in inside]
            inside += cut
            if (
                not inside
                or any(c.concept_id is not None for c in cut)
                or _known_parts(inside=inside, text=text[start:end])
            ):
                continue  # nothing read there, a name running out of it, or names the vocabulary knows
            name = _EDITION_RE.sub("", text[start:end])
            first = inside[0]
            whole = replace(
                first,
                text=name,
                key=normalize_phrase(text=name),
                start=start,
                end=start + len(name),
                concept_id=None,
                category="phrase",
                features=[*first.features, WHOLE_NAME],
                score=max(c.score for c in inside),
            )
            pieces = [c for c in pieces if c not in inside] + [whole]
        out += pieces
    return sorted(out, key=lambda c: c.start)


def _known_parts(*, inside: list[Candidate], text: str) -> bool:
    """Return whether a title holds a name the vocabulary knows that stands on its own ("Experience with
    Python and Django", "Microsoft Office"): the known names are read as they are. A law's words are its
    own ("Health and Safety at Work Act")."""
    if _LAW_RE.fullmatch(text) or standard_code(text=text) or _BRACKETED_LETTERS_RE.fullmatch(text):
        return False
    if _product_line(inside=inside, text=text):
        return False
    return any(c.concept_id is not None for c in inside) or bool(re.search(r"\band\b|,", text))


def _product_line(*, inside: list[Candidate], text: str) -> bool:
    """Return whether a title is a known product's name and one capitalised word no vocabulary holds, a
    product of its line ("Knowledge of SAP Activate", "Salesforce Lightning"), not a plural of its things
    ("Jira Workflows"), its module's letters ("SAP FI/CO", met by "FI/CO") nor an edition offered with
    others ("Yardi Voyager or RealPage OneSite")."""
    words = text.split()
    return (
        len(words) == 2
        and len(inside) == 2
        and inside[0].text == words[0]
        and inside[0].category == "tool"
        and inside[1].text == words[1]
        and inside[1].concept_id is None
        and re.fullmatch(r"[A-Z][a-z]+[A-Za-z]*", words[1]) is not None  # (not a module's letters: "FI/CO")
        and not words[1].endswith("s")
        and words[1].lower() not in _REMARK_WORDS
        and not _OFFERED_RE.match(inside[1].sentence.text, inside[1].end - inside[1].sentence.start)
    )


# A list of products offered after the title: "Yardi Voyager or RealPage OneSite" names each by its product,
# the edition with it (``or_neighbours``).
_OFFERED_RE = re.compile(r"[ \t]*(?:,|/|\bor\b)")


# Words after a product's name that remark on the ask or name a kind, not a product: "Excel Required".
_REMARK_WORDS = frozenset(
    """required preferred desirable desired essential advantageous mandatory experience knowledge
    proficiency expertise environment development administration configuration integration implementation
    support""".split()
)


def name_keys(*, text: str) -> tuple[str, ...]:
    """Return other keys a whole name is written by: a law without its year ("highways act"), by its
    capitals ("nrswa" of "New Roads and Street Works Act 1991"), each name of a title given two ("chapter 8",
    "red book" of "Chapter 8 / Safety at Street Works (Red Book)")."""
    keys: list[str] = []
    if _LAW_RE.fullmatch(text):
        bare = _YEAR_RE.sub("", text)
        keys.append(bare)
        capitals = [w for w in re.findall(r"[A-Za-z][\w'’-]*", bare) if w[:1].isupper()]
        if len(capitals) >= 3:
            keys.append("".join(w[0] for w in capitals))
    elif coded_name(text=text):
        keys.append(f"{text}s")  # "P11Ds" for "P11D"
        if series := _SERIES_RE.fullmatch(text):
            # "KS3–KS5" for "KS4", "A1-A8" for "A5": a range of the series that spans it
            letters, number = series.group(1), int(series.group(2))
            keys += [
                f"{letters}{a} {letters}{b}" for a in range(1, number + 1) for b in range(number, 10) if a < b
            ]
    elif _BRACKETED_LETTERS_RE.fullmatch(text):
        keys.append(re.sub(r"[()]", "", text))  # "IRMER" for "IR(ME)R"
    elif _TITLE_RE.fullmatch(text):
        # "Chapter 8 / Safety at Street Works (Red Book)": each name
        keys += [part for part in re.split(r"\s*/\s*|\s*[()]\s*", text) if part.strip()]
    return tuple(
        k for k in (normalize_phrase(text=key) for key in keys) if k and k != normalize_phrase(text=text)
    )


def bracketed_letters(*, text: str) -> bool:
    """Return whether ``text`` is letters with a bracketed part inside them ("IR(ME)R")."""
    return _BRACKETED_LETTERS_RE.fullmatch(text) is not None
