"""A product the vocabulary does not know, named in a list beside one it does: "Proficient in Cvent, MS Excel
and PowerPoint", "Vulcan or Surpac", "Frame.io and Premiere Pro". A coined name there (not an English word,
written as a name) is a tool the job uses, not a stray word; alone it stays too vague to screen for."""

import re

from ai.local_engine.candidates import Candidate
from ai.local_engine.text import normalize_phrase
from ai.local_engine.vocab import Vocabulary, everyday_words

# A coined name: letters (and digits or a dot inside), capitalised or with a capital inside ("Cvent",
# "CargoWise", "acQuire", "Frame.io"); not an acronym (those are read as acronyms).
_COINED_RE = re.compile(
    r"(?:[A-Z][a-z0-9]+(?:[A-Z.][A-Za-z0-9]+)*|[a-z]+[A-Z][A-Za-z0-9]*|[A-Z][a-z]+\.[a-z]{2,3})"
)
_JOIN = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|\s*/\s*)"
_NEXT_RE = re.compile(_JOIN + r"((?:MS\s+|Microsoft\s+)?[\w.+#-]+(?:\s[A-Z][\w.+#-]*)?)")
_PREVIOUS_RE = re.compile(r"((?:MS\s+|Microsoft\s+)?[\w.+#-]+(?:\s[A-Z][\w.+#-]*)?)" + _JOIN + r"$")


_REGION_CODE_RE = re.compile(r"[A-Z]{2}\b(?:\s+\d|\s*$)")


def _names_a_tool(*, phrase: str, vocabulary: Vocabulary) -> bool:
    if _REGION_CODE_RE.match(phrase):
        return False  # "Joliet, IL 60431": a state's code after a town, not a product beside another
    words = normalize_phrase(text=phrase).split()
    for length in range(len(words), 0, -1):
        for first in range(len(words) - length + 1):
            key = " ".join(words[first : first + length])
            if len(key) < 2:
                continue  # "Building B": a letter is no tool's name here
            hit = vocabulary.surfaces.get(key)
            if hit is not None and vocabulary.concepts[hit[0]].category == "tool":
                return True
    return False


def listed_with_a_tool(*, candidate: Candidate, text: str, vocabulary: Vocabulary) -> bool:
    """Return whether an unknown one-word candidate is a coined name listed beside a known tool."""
    if (
        candidate.concept_id is not None
        or " " in candidate.text
        or not _COINED_RE.fullmatch(candidate.text)
        or candidate.text.lower() in everyday_words()
    ):
        return False
    following = _NEXT_RE.match(text, candidate.end)
    if following and _names_a_tool(phrase=following.group(1), vocabulary=vocabulary):
        return True
    previous = _PREVIOUS_RE.search(text, max(0, candidate.start - 40), candidate.start)
    return previous is not None and _names_a_tool(phrase=previous.group(1), vocabulary=vocabulary)
