"""Names a posting gives as examples of a kind of thing ("an ATS such as Greenhouse or Lever", "a CS platform
(Gainsight, ChurnZero)"), before "or similar", or after "using": asked for however plain a word each is."""

import functools
import re

from ai.local_engine.candidates import Candidate
from ai.local_engine.degree_levels import degree_levels_of
from ai.local_engine.text import SENTENCE_CACHE_SIZE, Sentence, normalize_phrase
from ai.local_engine.vocab import Vocabulary, everyday_words, get_vocabulary

# "Jira or similar", "(MEDDICC, Challenger, Sandler or similar)": names listed as examples of a kind of thing,
# any of which is asked for (SkillSpan train/dev: 13 of 14 names before "or similar" lie in a gold span). Not
# "or equivalent", which mostly closes a degree's fields or a level ("Fluent English or equivalent"), nor
# names of a degree's fields, which are read with the degree.
_NAME = r"[\w.+#-]*[A-Z][\w.+#-]*"
_NAMES = rf"{_NAME}(?:[ \t]+{_NAME}){{0,2}}"
_ALIKE_RE = re.compile(rf"{_NAMES}(?:\s*,\s*{_NAMES})*,?\s+or\s+(?=(?:similar|comparable|the like)\b)")
# "cite-check briefs using Westlaw or Lexis": names right after "using" are the tools the work is done with
# (SkillSpan train/dev: 24 of 28 names after "using" lie in a gold span).
_USING_RE = re.compile(rf"(?<=\busing )(?-i:{_NAMES}(?:\s*(?:,|/|\bor\b|\band\b)\s*{_NAMES})*)")

# "Maintain accurate records on SystmOne", "set pricing with YieldStar": a word with a capital inside it after
# "on", "in" or "with" is a product the work is done on (SkillSpan train/dev: 26 of 36 such words lie in a
# gold span; the rest mostly an employer's name, which is never read).
_ON_PRODUCT_RE = re.compile(
    r"\b(?:on|in|with|via|into|through)[ \t]+((?:[A-Z][a-z]+|[a-z]+)[A-Z][A-Za-z]*)\b"
)
# What its every match holds; most sentences have none, and this plain scan costs a fraction of the search.
_INNER_CAPITAL_RE = re.compile(r"[a-z][A-Z]")

# "a CS platform (Gainsight, ChurnZero or Totango)", "an ATS (Greenhouse, Lever)", "networking issues (Wi-Fi,
# VPN, DNS)": names in brackets right after a kind of software or of technical matter are its examples.
# The same names after "such as" or "e.g." ("an ATS such as Greenhouse, Lever or Workday Recruiting"), however
# plain a word each is ("Lever").
_NAME_LIST = rf"{_NAMES}(?:\s*(?:,|/|\bor\b|\band\b)\s*{_NAMES})*"
_KINDS = (
    r"(?:platforms?|tools?|software|systems?|suites?|solutions?|packages?|applications?|apps|CRMs?|ERPs?|"
    r"issues|problems|fundamentals|protocols|technologies|tooling|modell?ing|"
    r"ATS|CMS|EHRs?|EMRs?|HRIS|LMS|WMS|TMS|POS|SIEM|EDR|XDR|SOAR|MDM|CMMS|PIM|DAM)"
)
_KIND_BRACKET_RE = re.compile(
    rf"\b{_KINDS}"
    # "CRM experience (HubSpot or AgencyZoom preferred)": what is asked of the kind, and how much, may stand
    # around the bracket's names
    rf"(?:(?:[ \t]+(?:experience|knowledge|skills|proficiency))?\s*\(\s*({_NAME_LIST})"
    rf"(?:[ \t]+(?:preferred|a plus|ideally|desirable|desired))?\s*\)|"
    rf",?[ \t]+(?:such as|e\.g\.,?|like|including)[ \t]+(?-i:({_NAME_LIST})))"
)


_KIND_HEAD_RE = re.compile(rf"(?:.*\s)?{_KINDS}")
# What may stand between a kind of thing and the bracket of its examples: nothing, or the kind's own noun
# ("applicant tracking [system] (Greenhouse)").
KIND_THEN_BRACKET_RE = re.compile(rf"\s*(?:{_KINDS}\s*)?\(\s*", re.IGNORECASE)
_EXAMPLES_CUE_RE = re.compile(r",?[ \t]+(?:such as|e\.g\.,?|like|including)[ \t]+$")


def kind_with_examples(*, head: Candidate, examples: list[Candidate], text: str) -> bool:
    """Return whether ``head`` is a kind of software or system and ``examples`` follow it as examples ("an ATS
    such as Greenhouse, Lever or Workday"): one requirement, met by any (a bracket after a named skill
    may hold the parts asked for instead: "AWS (EC2, S3)")."""
    return names_a_kind(text=head.text) and (
        _EXAMPLES_CUE_RE.search(text, head.end, examples[0].start) is not None
    )


def names_a_kind(*, text: str) -> bool:
    """Return whether a name ends in a kind of software or system ("case management system", "our TMS")."""
    return _KIND_HEAD_RE.fullmatch(text) is not None


# Read once per sentence (``engine.clear_caches`` forgets them): the posting's every candidate asks again.
@functools.lru_cache(maxsize=SENTENCE_CACHE_SIZE)
def named_tool_spans(*, sentence: Sentence) -> tuple[tuple[int, int], ...]:
    """Return the spans (document offsets) of names listed before "or similar", right after "using", a
    product's name after "on" or "with", or names in brackets after a kind of software."""
    text = sentence.text
    # Each pattern only where its literal part is: "using ", and a capital right after a small letter.
    spans = []
    if "using " in text:
        spans += [(sentence.start + m.start(), sentence.start + m.end()) for m in _USING_RE.finditer(text)]
    if _INNER_CAPITAL_RE.search(text):
        spans += [
            (sentence.start + m.start(1), sentence.start + m.end(1)) for m in _ON_PRODUCT_RE.finditer(text)
        ]
    if "(" in text or " such as " in text or " e.g." in text or " like " in text or " including " in text:
        spans += [
            (sentence.start + m.start(group), sentence.start + m.end(group))
            for m in _KIND_BRACKET_RE.finditer(text)
            for group in (1, 2)
            if m.group(group)
        ]
    if " or " not in text or degree_levels_of(text=text) or "degree" in text.lower():
        return tuple(spans)
    return (
        *spans,
        *((sentence.start + m.start(), sentence.start + m.end()) for m in _ALIKE_RE.finditer(text)),
    )


# A name joined by "or", "and" or a comma to the words of another: "MS Project or Asta Powerproject", "Asta or
# MS Project", "hands-on Tally Prime and MS Excel", "Xero, or Sage". The joining word is a whole word, not the
# start of the next one ("Tally Prime, orchestration tools").
_OR_BEFORE_RE = re.compile(r"(?P<words>(?:[\w.+#-]+ ){0,2}[\w.+#-]+)(?P<join>,? or|,? and|,) $")
_OR_AFTER_RE = re.compile(r"(?P<join>,? or|,? and|,) (?P<words>(?:[\w.+#-]+ ){0,2}[\w.+#-]+)")


def listed_product(*, candidate: Candidate, vocabulary: Vocabulary) -> bool:
    """Return whether a phrase the vocabulary does not know is a product's capitalised name listed with a tool
    it knows ("Good hands-on Tally Prime and MS Excel")."""
    return (
        candidate.category == "phrase"
        and all(word[:1].isupper() for word in candidate.text.split())
        and or_known_tool(candidate=candidate, vocabulary=vocabulary)
    )


def or_known_tool(*, candidate: Candidate, vocabulary: Vocabulary) -> bool:
    """Return whether a name the vocabulary does not know is offered as the alternative of a tool it knows,
    or listed with one ("programmes in MS Project or Asta Powerproject", "Tally Prime and MS Excel"): another
    product, not a company or a place. One word is as often the rest of a name cut short ("Financial
    Accounting or Management Accounting")."""
    if " " not in candidate.text.strip():
        return False
    text, start = candidate.sentence.text, candidate.start - candidate.sentence.start
    before = _OR_BEFORE_RE.search(text, max(0, start - 40), start)
    after = _OR_AFTER_RE.match(text, candidate.end - candidate.sentence.start)
    for found in (before, after):
        if found is None:
            continue
        offered = found.group("join").endswith("or")
        if not offered and start <= len(text) - len(text.lstrip(" -–•*")):
            continue  # "Drive TripAdvisor and Google scores": a list's first word is capitalised anyway
        words = found.group("words").split()
        for size in range(len(words), 0, -1):
            part = " ".join(words[-size:] if found is before else words[:size])
            hit = vocabulary.surfaces.get(normalize_phrase(text=part))
            # listed with a product's name ("MS Excel"), not an everyday word of a team ("Sales")
            named = offered or (part[:1].isupper() and part.lower() not in everyday_words())
            if hit is not None and vocabulary.concepts[hit[0]].category == "tool" and named:
                return True
    return False


_INCLUDING_BEFORE_RE = re.compile(r"\bincluding\b", re.IGNORECASE)


def parts_showing(*, head: Candidate, examples: list[Candidate], text: str) -> list[Candidate]:
    """Return the parts of a named skill that show it: "AWS including EC2 and S3" by EC2, but "Advanced Xero
    skills including payroll and reporting" lists the work done in the product, and payroll run elsewhere
    shows no Xero (a practice the vocabulary names by its plain word)."""
    if not _INCLUDING_BEFORE_RE.search(text, head.end, examples[0].start):
        return examples
    concepts = get_vocabulary().concepts
    # a practice's name is one plain word ("Payroll", "Reporting"); a product's has its maker or its own
    # spelling ("Amazon EC2", "AWS Lambda", "NumPy"), and shows the product it is part of
    return [
        c
        for c in examples
        if c.concept_id is None or concepts[c.concept_id].name.lower() != c.key or " " in c.key
    ]
