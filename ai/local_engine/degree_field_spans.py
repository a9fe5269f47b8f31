"""Where a posting's degree names its field: after "in" ("Bachelor's degree in Accounting or Finance") or
after the degree's capitals ("BS Information Technology"), up to where the clause asks something else."""

import re

from ai.local_engine.text import Sentence

# "Bachelor's degree in Accounting or Finance": the field a degree must be in (up to the end of the clause);
# not past the next item of a run-on list ("bachelor's degree, experience with e-filing in federal court").
_NEXT_ITEM = (
    r",\s*(?:and\s+)?(?:experience|knowledge|proficiency|familiarity"
    r"|ability|skills?|strong|excellent|working)\b"
)
DEGREE_FIELD_RE = re.compile(
    r"\b(?:degree|diploma|tertiary\s+qualifications?|bs|ba|bsc|ms|msc|phd|mba|bachelor'?s?|master'?s?|"
    r"[bm]\.?tech|[bm]\.e|[bm]eng|"
    rf"[bm]\.s|[bm]\.sc|[bm]\.a|[bm]ca|b\.?com)\.?(?=[\s/,])(?:(?!{_NEXT_ITEM})[^.;:(\n]|\([^()\n]*\))*?"
    r"\bin\s+([^.;:()\n]+)",
    re.I,
)
# "BS Information Technology, Computer Science or any related course": a degree's capitals (or "Bachelor of"),
# then its field without "in" (the field's words capitalised, as such lines write them).
_DEGREE_THEN_FIELD_RE = re.compile(
    r"(?:\b(?:BS|BSc|B\.S\.?|BA|B\.A\.?|BEng|B\.E\.?|BTech|B\.Tech\.?|MS|MSc|M\.S\.?|MEng|MTech)"
    r"(?:\s*\(Hons\)|\s+Hons\.?)?"  # "BSc (Hons) Diagnostic Radiography"
    # not Microsoft's "MS Office", "MS Excel", nor the business analysts of a "BA Team"
    r"(?!\s+(?:Office|Excel|Word|Project|Access|Teams?|Visio|Outlook|PowerPoint|Dynamics|SQL|Azure|Exchange)\b)"
    # "a Bachelor of Occupational Therapy" (not "Bachelor of Science": its field follows "in")
    r"|\b(?:Bachelor|Master)\s+of(?!\s+(?:Science|Arts)\b))"
    r"\s+((?:[A-Z][\w&-]*)(?:(?:\s*,\s*|\s+)(?:or\s+|and\s+)?(?:[A-Z][\w&-]*|any|a|related|relevant|"
    r"similar|course|field|discipline|degree))*)(?!\s*/)"
)
OPEN_ALTERNATIVE_RE = re.compile(r",?\s+or\s+(?:a|an|any|another|other|similar|related)\b.*$", re.I)
FIELD_EXAMPLES_RE = re.compile(r"\s*\(([^()\n]{3,120})\)")
# Where a field's name ends: "Computer Science or a related field, or equivalent experience".
# ... and where the sentence goes on to ask something else: "MSc in biology and experience with flow
# cytometry".
_AND_ASK_RE = re.compile(
    r",?\s+and\s+(?:\d+\+?\s+years?|experience|knowledge|familiarity|skills?|proficiency|expertise|strong|"
    r"solid|hands-on)\b",
    re.I,
)
# "... in logistics is preferred": a cue after the field ends it
_CUE_AFTER = r"\s+(?:is|are)\s+(?:expected|required|essential|desirable|preferred|needed|a must)\b"
FIELD_END_RE = re.compile(
    rf"{_AND_ASK_RE.pattern}|"
    r",\s*or\b|\bor equivalent\b|,?\s*\b(?:preferred|required|graduating|with)\b|"
    r"\bor (?:working|studying) towards\b|"  # "... in Payroll Management or working towards it"
    rf"{_CUE_AFTER}",
    re.I,
)
# ... and where a run-on sentence's degree clause ends: "in logistics is preferred, along with ..., and
# candidates must have working knowledge of Microsoft Excel" (Excel no field of the degree).
_SPAN_END_RE = re.compile(rf"{_CUE_AFTER}|,\s+along with\b|,?\s+and\s+(?:candidates|applicants|you)\b", re.I)


def degree_field(*, text: str) -> re.Match[str] | None:
    """Return the field a degree named in ``text`` must be in: "... in <field>", else "BS <Field>, ..."."""
    return DEGREE_FIELD_RE.search(text) or _DEGREE_THEN_FIELD_RE.search(text)


def field_span(*, sentence: Sentence, field: re.Match[str]) -> tuple[int, int]:
    """Return the document span of a degree's field with the examples in brackets after it ("a quantitative
    field (statistics, economics, computer science)"): part of the degree, not skills of their own."""
    examples = FIELD_EXAMPLES_RE.match(sentence.text, field.end(1))
    other_ask = _AND_ASK_RE.search(sentence.text, field.start(1), field.end(1)) or _SPAN_END_RE.search(
        sentence.text, field.start(1), field.end(1)
    )
    end = other_ask.start() if other_ask else examples.end() if examples else field.end(1)
    return sentence.start + field.start(1), sentence.start + end
