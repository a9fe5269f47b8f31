"""A certification or licence the resume names in other words: spelled out where the posting abbreviates
("Basic Life Support" for "BLS certification", "Registered Nurse, State of Ohio" for "Ohio RN license"), or
abbreviated where the posting spells out, or said of the person ("Forklift and reach truck certified").

The credential's own words (its acronyms, spelled out or not, and its other words) must stand in one resume
sentence with a credential's word ("certified", "licence", "registered") or under a certifications heading;
a place or issuer written before an acronym ("Ohio" in "Ohio RN license") may be left out.
"""

import functools
import re

from ai.local_engine.aliases import US_STATES
from ai.local_engine.requirement_model import Requirement
from ai.local_engine.resume_view import ResumeView
from ai.local_engine.text import stem

# Words that say "a credential", not which one.
_CREDENTIAL_WORDS = frozenset(
    """certification certifications certificate certificates certified cert certs license licenses licence
    licences licensed licensure registration card current valid active state ticket tickets credential
    credentials authorization authorisation clearance cleared designation designations full
    unrestricted clean accreditation accreditations accredited qualification qualifications""".split()
)  # ("clean": a UK driving licence without penalty points, which a resume rarely says)
# A state naming the issuer before a credential's name ("California Education Specialist Credential"): the
# resume may name the credential as that state does, without the state.
CREDENTIAL_WORD_RE = re.compile(
    r"certif|licen[cs]|registered|registration|designat|accredit|qualifi|\bdiploma\b|\bcard\b|\bclearance\b|"
    r"\bcleared\b",
    re.IGNORECASE,
)
WORD_RE = re.compile(r"[A-Za-z][\w'-]*")
# ... and a credential's own words, numbers among them: "Series 63" is not "Series 6".
_CORE_WORD_RE = re.compile(r"[A-Za-z0-9][\w'-]*")
ACRONYM_RE = re.compile(r"[A-Z]{2,6}")
# Small words an acronym skips ("Certified Nursing Assistant", "Food Handler's Card").
SKIPPED = frozenset({"of", "and", "the", "in", "for", "&"})
_SEPARATOR_RE = re.compile(r"\s*[·•;|,]\s*")
_AFTER_NAME_RE = re.compile(r"\(|\s[-–—]\s")
_ISSUER_RE = re.compile(
    r"^\W*the\s|\b(?:foundation|institute|association|board|council|society|university|college|academy|"
    r"inc|llc|ltd|corporation|services)\W*$",
    re.IGNORECASE,
)
_NEAR_WORDS = 5
# A line that says it lists credentials held: "Registration: ...", "Licences: ...", "Certifications: ...".
HELD_LABEL_RE = re.compile(
    r"^\W*(?:certifications?|certificates?|licen[cs]es?|registrations?|credentials)\s*:", re.IGNORECASE
)
HEADER_SECTIONS = frozenset({"header", "contact"})
# A credential's letters as a header item: three or more capitals, a mark after them ("CFP®", "NCIDQ"), or
# a dotted designation ("P.Eng.", "P.Geo.", "C.E.T.").
_HEADER_LETTERS_RE = re.compile(r"[A-Z][A-Z0-9&+-]{2,8}[®™]?|[A-Z][a-z]{0,4}\.(?:[A-Z][a-z]{0,4}\.?)+")


def header_letters(text: str) -> bool:
    """Return whether ``text`` is a credential's letters alone, as a header gives them ("OSCP", "CFP®")."""
    return _HEADER_LETTERS_RE.fullmatch(text.strip()) is not None


# Letters in brackets inside a credential's name, one symbol among them allowed: "(A&P)", "(GROL)".
_BRACKETED_RE = re.compile(r"\s*\([^()]*\)")
_SHORT_NAME_RE = re.compile(r"\(([A-Z][A-Z0-9]*[&/+-]?[A-Z0-9]+)\)")
# A credential's short name in brackets right after its name: "(SHRM-CP)", "(CKAD)".
_ABBREVIATION_AFTER_RE = re.compile(r"\s*\(([A-Z][A-Z0-9]{1,7}(?:-[A-Z0-9]{1,6})?)\)")


def _initials_runs(*, words: list[str]) -> set[str]:
    """Return the initials of every run of two or more capitalised words ("Basic Life Support" -> "BLS")."""
    runs: set[str] = set()
    # Each stretch of capitalised words (the small words among them skipped) is read once: its runs are the
    # pieces of two or more letters of its initials.
    initials = ""
    for word in (*words, ""):
        if word.lower() in SKIPPED:
            continue
        if word[:1].isupper():
            initials += word[0]
            continue
        for start in range(len(initials) - 1):
            for end in range(start + 2, len(initials) + 1):
                runs.add(initials[start:end])
        initials = ""
    return runs


def _core(*, name: str) -> list[str]:
    return [w for w in _CORE_WORD_RE.findall(name) if w.lower() not in _CREDENTIAL_WORDS]


_SPACED_SLASH_RE = re.compile(r"\s/|/\s")


@functools.lru_cache(maxsize=4096)
def text_words(text: str) -> tuple[tuple[str, ...], frozenset[str], frozenset[str]]:
    """Return a resume text's words, their lower case and its initials runs (read once per text: every
    credential asked looks at every line)."""
    words = tuple(WORD_RE.findall(text))
    lower = frozenset(w.lower() for w in _CORE_WORD_RE.findall(text))
    # "Network / Systems Engineer" is two titles, not one name that "NSE" spells
    parts = _SPACED_SLASH_RE.split(text)
    if len(parts) == 1:  # (most lines: no spaced slash, its words are the line's)
        return words, lower, frozenset(_initials_runs(words=list(words)))
    runs = {run for part in parts for run in _initials_runs(words=WORD_RE.findall(part))}
    return words, lower, frozenset(runs)


@functools.lru_cache(maxsize=4096)
def text_stems(text: str) -> frozenset[str]:
    """Return the stems of a resume text's words (only when a credential's word is not there as written)."""
    return frozenset(stem(word) for word in text_words(text)[1])


# The country a driving licence is issued in, named before it.
# (and a province or state: "Valid Ontario driver's licence" for a resume's "Class G driver's licence")
_COUNTRIES = frozenset(
    """uk us usa eu uae irish british american australian canadian nz ontario quebec alberta manitoba
    saskatchewan queensland victoria tasmania nsw qld vic wa""".split()
)
_DRIVING = frozenset({"driving", "driver's", "driver’s", "drivers"})
# Any of which writes a licence to drive: "NZ driver licence" for "NZ driver's licence".
_DRIVING_WRITTEN = _DRIVING | {"driver"}
# A trade's word in a licence's name and the trade's holder on a resume: "electrical licence" for
# "Electrician's Licence".
_HOLDERS = {"electrical": "electrician", "mechanical": "mechanic", "pharmacy": "pharmacist"}


def _holder_shown(*, word: str, lower: frozenset[str]) -> bool:
    holder = _HOLDERS.get(word)
    return holder is not None and any(f"{holder}{end}" in lower for end in ("", "s", "'s", "’s"))


def _letters_of(*, core: list[str]) -> frozenset[str]:
    """Return the letters a credential of capitalised words is written as ("BLS" of "Basic Life Support"),
    alone or closed by its kind's letter ("APC" of "Annual Practising Certificate", "CDL" of "Commercial
    Driver's License"); none for a name of one word or of plain words."""
    if len(core) < 2 or not all(w[:1].isupper() for w in core):
        return frozenset()
    spelled = "".join(w[0] for w in core if w.lower() not in SKIPPED)
    # (two letters alone name too much: "SC" of "SnowPro Core" is any clearance's "SC")
    alone = {spelled} if len(spelled) > 2 else set()
    return frozenset({*alone, f"{spelled}C", f"{spelled}L"})


def _shows(*, core: list[str], text: str) -> bool:
    """Return whether ``text`` names the credential whose own words are ``core``."""
    words, lower, runs = text_words(text)
    driving = next((n for n, word in enumerate(core) if word.lower() in _DRIVING_WRITTEN), 0)
    if driving and all(word[:1].isupper() for word in core[:driving]):
        # "UK" of "full UK driving licence", "New Zealand driver licence": a resume from there writes "Full
        # driving licence", "NZ driver licence"
        core = core[driving:]
    acronyms = [w for w in core if ACRONYM_RE.fullmatch(w)]
    for word in acronyms:
        if word.lower() not in lower and word not in runs:
            return False
    codes = [w for w in core if any(ch.isdigit() for ch in w) and len(w) >= 2]  # not a level's "2"
    if codes and all(code.lower() in lower for code in codes):
        return True  # "AWS D1.1 Structural Steel" for "AWS D1.1 structural welding certification": the code
    written_as_letters = bool(_letters_of(core=core) & set(words))
    first_acronym = next((n for n, w in enumerate(core) if w in acronyms), len(core))
    for position, word in enumerate(core):
        if word.lower() in SKIPPED:
            continue  # "Airframe & Powerplant" for "Airframe and Powerplant"
        if word in acronyms or word.lower() in lower or stem(word.lower()) in text_stems(text):
            continue  # "Teacher License" for "Teaching License": the same word in another form
        if word.lower() in _DRIVING and _DRIVING_WRITTEN & lower:
            continue
        if _holder_shown(word=word.lower(), lower=lower):
            continue
        if acronyms and position < first_acronym and word[:1].isupper():
            continue  # "Ohio" in "Ohio RN license": a place or issuer before the credential's name
        if position == 0 and (
            (len(core) >= 3 and word.lower() in US_STATES) or (len(core) >= 2 and word.lower() in _COUNTRIES)
        ):
            continue  # "California" of "California Education Specialist Credential", "Ontario" of a PSW's
        if written_as_letters:
            continue  # "Basic Life Support certification" and a resume's "BLS", "current APC"
        return False
    return True


def credential_sentence(*, requirement: Requirement, view: ResumeView) -> int | None:
    """Return the number of the resume sentence that names the certification in other words, or None."""
    if requirement.kind != "certification":
        return None
    # "SHRM-CP or PHR certification": either name
    cores = [
        core
        for name in (requirement.name, *requirement.alternatives)
        # its words without what it brackets name it too: "FAA Airframe and Powerplant (A&P) certificate" its
        # letters, "CCRP (SoCRA) certification" its issuer
        for form in dict.fromkeys((name, _BRACKETED_RE.sub("", name)))
        if (core := _core(name=form))
    ]
    # "Licensed Registered Nurse": the title's letters, two of them too, where credentials are held or a
    # credential's word stands by ("RN, Texas #812345" under Licences, "Texas RN License")
    title = [w for w in requirement.name.split()[1:] if w.lower() not in SKIPPED]
    if requirement.name.startswith("Licensed ") and len(title) >= 2 and all(w[:1].isupper() for w in title):
        cores.append(["".join(w[0] for w in title)])
    # "FAA Airframe and Powerplant (A&P) certificate": its letters in brackets name it too, as written
    shorts = [
        re.compile(rf"(?<![\w&]){re.escape(short)}(?![\w&])")
        for name in (requirement.name, *requirement.alternatives)
        for short in _SHORT_NAME_RE.findall(name)
    ]
    for number, sentence in enumerate(view.index.sentences):
        if view.copied[number]:
            continue
        section = view.sections[number]
        # Under "Qualifications" (read as education) a line that names no degree holds credentials too.
        held = (
            section == "certifications"
            or (section == "education" and not view.degree_levels[number])
            or HELD_LABEL_RE.match(sentence.text) is not None  # "Registration: ..., current APC (2026-27)"
        )
        for item in _SEPARATOR_RE.split(sentence.text):
            # The credential's name leads its item; an issuer follows a dash or bracket, or is an item of its
            # own ("Certified Kubernetes Application Developer (CKAD), The Linux Foundation" is no Linux one).
            text = _AFTER_NAME_RE.split(item, maxsplit=1)[0]
            rest = item[len(text) :]
            if _ISSUER_RE.search(text):
                continue
            if abbreviation := _ABBREVIATION_AFTER_RE.match(item, len(text)):
                text += f" {abbreviation.group(1)}"  # "SHRM Certified Professional (SHRM-CP)": its short name
            # "Lauren Pierce, NCIDQ", "OSCP | OSWE": the letters a header gives after or below the name
            letters = section in HEADER_SECTIONS and header_letters(item)
            # "NCCCO Certified Crane Operator – Tower Crane (TWR)": a kind after the dash, not an issuer
            whole = (
                f"{text} {_BRACKETED_RE.sub('', rest)}"
                if held and rest and not _ISSUER_RE.search(rest)
                else ""
            )
            for core in cores:
                # not "Nursing" of a BSN; but a credential's letters alone are held ("NNEB (Nursery ...)")
                heading = held and (
                    section == "certifications" or len(core) >= 2 or ACRONYM_RE.fullmatch(core[0]) is not None
                )
                # "AHPRA – Registered Nurse, Division 1": the credential's word may follow the dash
                # ... and so may the body's name ("Registered Social Worker – Social Work England SW114587")
                near = item if rest.lstrip()[:1] in ("-", "–", "—") else text
                if (heading or letters or _credential_near(core=core, text=near)) and _shows(
                    core=core, text=near
                ):
                    return number
                if heading and whole and _shows(core=core, text=whole):
                    return number
                if heading and len(core) >= 2 and rest.startswith("(") and _shows(core=core, text=item):
                    return number  # "JNCIA-Junos (Juniper Networks)" under Certifications: its issuer after
            if any(short.search(text) for short in shorts) and (held or CREDENTIAL_WORD_RE.search(text)):
                return number
    return None


def _credential_near(*, core: list[str], text: str) -> bool:
    """Return whether a credential's word stands within a few words of the credential's own words ("Forklift
    and reach truck certified"), not anywhere in a long sentence ("AWS cloud ... a business license")."""
    words = WORD_RE.findall(text)
    marks = [n for n, word in enumerate(words) if CREDENTIAL_WORD_RE.search(word)]
    if not marks:
        return False
    # "current APC" for "Annual Practising Certificate": its letters stand for its words
    own = {w.lower() for w in core} | {form.lower() for form in _letters_of(core=core)}
    if own & _DRIVING:
        own |= _DRIVING_WRITTEN  # "NZ driver licence" for "NZ driver's licence"
    letters = {ch for w in core if ACRONYM_RE.fullmatch(w) for ch in w}  # a spelled-out acronym's words
    near = [
        n
        for n, word in enumerate(words)
        if word.lower() in own or (word[:1] in letters and word[:1].isupper())
    ]
    return any(abs(n - m) <= _NEAR_WORDS for n in near for m in marks)
