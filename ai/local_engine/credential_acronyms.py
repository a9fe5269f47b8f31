"""A name the resume writes as its acronym, or an acronym it spells out: "BOMs" for "bill of materials",
"Business Development Representative" for "SDR or BDR" (``credential_evidence`` reads both)."""

from ai.local_engine.credential_match import ACRONYM_RE, CREDENTIAL_WORD_RE, SKIPPED, WORD_RE, text_words
from ai.local_engine.requirement_model import Requirement
from ai.local_engine.resume_view import ResumeView

# Words after a name that say what kind of thing it is ("Working Time Directive rules", "... regulations").
_KIND_TAILS = frozenset(
    "rules regulations requirements standards guidelines principles procedures legislation framework".split()
)


def spelled_acronym_sentence(*, requirement: Requirement, view: ResumeView) -> int | None:
    """Return the number of the resume sentence that spells out an acronym the requirement names ("Business
    Development Representative" for "SDR or BDR"), or None; acronyms of three to six letters only."""
    acronyms = {
        w
        for name in (requirement.name, *requirement.alternatives)
        for w in WORD_RE.findall(name)
        if ACRONYM_RE.fullmatch(w) and len(w) >= 3
    }
    if not acronyms:
        return None
    for number, sentence in enumerate(view.index.sentences):
        if not view.copied[number] and acronyms & text_words(sentence.text)[2]:
            return number
    return None


def acronym_sentence(*, requirement: Requirement, view: ResumeView) -> int | None:
    """Return the number of the resume sentence that names by its acronym what the requirement writes out
    ("BOMs" for "bill of materials", "ECOs" for "engineering change orders"), or None; three to six letters,
    with or without the small words' initials."""
    words = WORD_RE.findall(requirement.name)
    if len(words) < 2 or any(ACRONYM_RE.fullmatch(w) for w in words):
        return None
    if requirement.kind == "certification" or CREDENTIAL_WORD_RE.search(requirement.name):
        return None  # held under its own name: "BOL" is a bill of lading, not a boiler licence
    # "Working Time Directive rules" is met by "the WTD": the name's initials without a kind word after it
    named = words[:-1] if len(words) >= 3 and words[-1].lower() in _KIND_TAILS else words
    wanted = {
        initials
        for part in {tuple(words), tuple(named)}
        for initials in (
            "".join(w[0] for w in part).upper(),
            "".join(w[0] for w in part if w.lower() not in SKIPPED).upper(),
        )
        if 3 <= len(initials) <= 6
    }
    positions = view.index.positions
    numbers = sorted(
        {
            n
            for initials in wanted
            for form in (initials, f"{initials}s")
            for n, _ in positions.get(form.lower(), ())
        }
    )
    for number in numbers:
        if view.copied[number]:
            continue
        for token in WORD_RE.findall(view.index.sentences[number].text):
            bare = token[:-1] if token.endswith("s") else token  # "BOMs"
            if bare in wanted and bare.isupper():
                return number
    return None
