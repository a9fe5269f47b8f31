"""Certifications and licences a posting names: "AWS Certified Solutions Architect", "BLS and ACLS
certification", "Current RN license"."""

import re

from ai.local_engine.job import CERTIFICATION_RE
from ai.local_engine.text import Sentence

# "BLS and ACLS certification", "CPR, BLS or ACLS certifications": each named one is a certification.
COORDINATED_CERTIFICATIONS_RE = re.compile(
    r"\b((?:[A-Z][A-Za-z0-9+]*[A-Z0-9+]\s*(?:,\s*(?:and|or)?|and|or|/)\s*)+[A-Z][A-Za-z0-9+]*[A-Z0-9+])"
    r"\s+[Cc]ertifications?\b"
)
# "Current RN license", "CPA licence", "state nursing licensure": a licence named by its holder's title.
LICENSE_RE = re.compile(r"\b((?:[A-Z][\w.&'-]*\s+){1,3})(?:[Ll]icen[sc]e|[Ll]icensure)\b")
LICENSE_ADJECTIVES = frozenset({"current", "valid", "active", "state", "unrestricted", "full", "a", "an"})
_ENDS_AT_RE = re.compile(r"\b[Cc]ertifi(?:cation|cate)s?\b")
# Papers an application asks for are not certifications ("Application, Curriculum Vitae, Certificates").
_PAPERS_RE = re.compile(
    r"\b(?:application|curriculum|vitae|cv|resume|transcripts?|copies|copy|diplomas?)\b", re.I
)


def certifications(*, asks: list[Sentence]) -> list[tuple[int, int, Sentence]]:
    """Return (start, end, sentence) of each named certification ("AWS Certified Solutions Architect")."""
    found = []
    for sentence in asks:
        # The patterns backtrack on every capitalised word; most sentences name no certificate at all.
        if "ertifi" in sentence.text:
            for match in COORDINATED_CERTIFICATIONS_RE.finditer(sentence.text):
                offset = sentence.start + match.start(1)
                for name in re.finditer(r"[A-Z][A-Za-z0-9+]*[A-Z0-9+]", match.group(1)):
                    found.append((offset + name.start(), offset + name.end(), sentence))
            for match in CERTIFICATION_RE.finditer(sentence.text):
                covered = any(start <= sentence.start + match.start() < end for start, end, _ in found)
                term = match.group()
                # "Azure DevOps certification Docker": a name ends at "certification"; only "Certified ..."
                # goes on ("AWS Certified Solutions Architect").
                ending = _ENDS_AT_RE.search(term)
                if ending is not None:
                    term = term[: ending.end()]
                if len(term.split()) >= 2 and not covered and not _PAPERS_RE.search(term):
                    start = sentence.start + match.start()
                    found.append((start, start + len(term), sentence))
        if "icen" in sentence.text:
            for match in LICENSE_RE.finditer(sentence.text):
                words = match.group(1).split()
                while words and words[0].lower() in LICENSE_ADJECTIVES:
                    words.pop(0)
                if words:
                    offset = match.group(1).rstrip().rfind(" ".join(words))
                    found.append(
                        (sentence.start + match.start(1) + offset, sentence.start + match.end(), sentence)
                    )
    return found
