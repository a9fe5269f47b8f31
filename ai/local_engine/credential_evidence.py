"""A credential's evidence: the same codes in other words ("Universal EPA 608 certification"), its name in
other words (``credential_match``), and a line under a credentials heading, where a credential is held (what
that line says of its status: ``credential_status``)."""

import re
from collections.abc import Sequence
from dataclasses import replace

from ai.local_engine.credential_acronyms import acronym_sentence, spelled_acronym_sentence
from ai.local_engine.credential_match import (
    HEADER_SECTIONS,
    credential_sentence,
    header_letters,
)
from ai.local_engine.held_kinds import product_letters
from ai.local_engine.language_evidence import LANGUAGES_LABEL_RE, said_spoken
from ai.local_engine.levelled_diplomas import body_level_sentence, levelled_diploma_sentence
from ai.local_engine.licence_names import cdl_class
from ai.local_engine.registration_match import registration_sentence
from ai.local_engine.requirement_model import Requirement
from ai.local_engine.resume_view import CREDIT, Match, ResumeView, sentence_match
from ai.local_engine.vocab import get_vocabulary, names_language

# A credential's codes: acronyms and numbers ("EPA", "608", "ISO", "9001").
_CODE_RE = re.compile(r"\b(?:[A-Z][A-Z0-9+/-]*[A-Z0-9+]|\d{2,}[\w-]*)")
_CREDENTIAL_WORD_RE = re.compile(r"certif|licen[cs]|registration|registered|clearance", re.IGNORECASE)
# A universal credential holds each of its types: "EPA 608 Universal" for "EPA 608 Type II certification".
_TYPE_CODE_RE = re.compile(r"\bType\s+([A-Z0-9]+)\b")
_UNIVERSAL_RE = re.compile(r"\buniversal\b", re.IGNORECASE)


def by_codes(*, requirement: Requirement, view: ResumeView) -> Match | None:
    """Return a match for a certification written with other words around the same codes: "EPA Section 608
    certification" is met by "Universal EPA 608 certification" (two codes or a number, and a credential's
    word in the resume's sentence; one acronym alone, "AWS", is not enough), "EPA 608 Type II" by it too."""
    if requirement.kind != "certification":
        return None
    codes = set(_CODE_RE.findall(requirement.name))
    if len(codes) < 2 and not any(ch.isdigit() for code in codes for ch in code):
        return None
    typed = codes - set(_TYPE_CODE_RE.findall(requirement.name))
    for number, sentence in enumerate(view.index.sentences):
        text = sentence.text
        if (
            not view.copied[number]
            and (typed if _UNIVERSAL_RE.search(text) else codes) <= set(_CODE_RE.findall(text))
            and _CREDENTIAL_WORD_RE.search(text)
        ):
            return sentence_match(
                requirement=requirement,
                view=view,
                number=number,
                via="alternative",
                matched=" ".join(sorted(codes)),
            )
    return None


def by_other_words(*, requirement: Requirement, view: ResumeView) -> Match | None:
    """Return a match for a certification the resume names in other words, an acronym it writes out
    ("Business Development Representative" for BDR) or a name it abbreviates ("BOMs" for "bill of
    materials"): ``credential_match``. A commercial driver's licence of a class is met only by that class's
    forms (its alternative keys): "Commercial Driver's License, Class B" spells "CDL" but holds no Class A."""
    if cdl_class(term=requirement.name):
        return None
    for find in (
        credential_sentence,
        registration_sentence,
        spelled_acronym_sentence,
        acronym_sentence,
        levelled_diploma_sentence,
        body_level_sentence,
    ):
        number = find(requirement=requirement, view=view)
        if number is not None:
            return sentence_match(requirement=requirement, view=view, number=number, via="alternative")
    return None


# Where a resume lists what it holds: "Certifications", "Licences", and "Education" / "Qualifications".
CREDENTIAL_SECTIONS = frozenset({"certifications", "education"})
# ... or on a line that says so itself: "Certifications: ServSafe Food Protection Manager (2021)".
CREDENTIAL_LABEL_RE = re.compile(
    r"^\W*(?:certifications?|certificates?|licen[cs]es?(?: (?:and|&) certifications?)?|credentials|"
    r"(?:[A-Z][\w&]*\s+)?registration(?:\s+(?:no\.?|number))?)\s*:",
    re.IGNORECASE,
)


def held_credential(*, match: Match, view: ResumeView) -> Match:
    """Return the better of a credential's listed match and its line under a credentials heading: the
    header's "Emily Novak, MS, RDN" names it first, "Registered Dietitian Nutritionist (RDN), CDR, 2021" holds
    it."""
    match = _listed_credential(match=match, view=view)
    if match.context == "list" and _after_the_name(evidence=match.evidence, view=view):
        return replace(match, credit=CREDIT["prose"], context="prose")
    if match.context != "list" or "certifications" not in view.sections:
        return match  # no line where credentials are held: the other words are not looked for (costly)
    held = by_other_words(requirement=match.requirement, view=view)
    if held is None:
        return match
    # Only a line where credentials are held: any other line naming it is one more mention, listed or not.
    held = _listed_credential(match=replace(held, credit=CREDIT["list"], context="list"), view=view)
    return held if held.credit > match.credit else match


def _after_the_name(*, evidence: str, view: ResumeView) -> bool:
    """Return whether the evidence is the resume's first line with letters after the name ("Hannah Okafor,
    RDH", "Daniel Kim, PharmD, BCPS"): credentials held, as a signature gives them."""
    sentences = view.index.sentences
    if bool(sentences) and sentences[0].text == evidence and "," in evidence and not view.copied[0]:
        return True
    # ... or a line of them below it ("OSCP | OSWE | CRTO"), each item its own sentence
    # (not a line of the posting's asks read as a contact line: "PRINCE2 | ITIL 4" at the resume's end)
    return header_letters(evidence) and any(
        sentence.text == evidence and view.sections[number] in HEADER_SECTIONS and not view.bare[number]
        for number, sentence in enumerate(sentences)
    )


def _listed_credential(*, match: Match, view: ResumeView) -> Match:
    """Return the match with full prose credit when the credential is listed under a certifications,
    licences or qualifications heading: a credential is held, not shown at work, and that list is where it
    belongs. The line need not be the evidence first found: "CCNP Enterprise certified." in a summary names
    it, "Cisco CCNP Enterprise (2022)" under Certifications holds it."""
    wanted = frozenset(w for w in match.requirement.key.split() if not _CREDENTIAL_WORD_RE.match(w))
    product = product_letters(requirement=match.requirement, vocabulary=get_vocabulary())
    for number, sentence in enumerate(view.index.sentences):
        if (
            (sentence.text == match.evidence or (wanted and wanted <= view.index.sentence_tokens[number]))
            and not view.copied[number]
            and (
                _holds_credentials(section=view.sections[number], text=sentence.text, product=product)
                or CREDENTIAL_LABEL_RE.match(sentence.text)
                or _alone_on_its_line(key=match.requirement.key, norms=view.index.sentence_norms[number])
                # "Full driving licence, own car" under the name: held, as a UK CV's header gives it (a resume
                # with work in it: a bare list of keywords is all "header")
                or (
                    view.sections[number] in HEADER_SECTIONS
                    and _CREDENTIAL_WORD_RE.search(sentence.text)
                    and "experience" in view.sections
                )
            )
            # a line of four or more names is a keyword list, held or not, unless it lists only cards under a
            # credentials heading ("BLS, ACLS, PALS (American Heart Association), NRP")
            and (
                not view.keyword_lines[number]
                # (the whole line: "WMS | OTIF | claims" is cut into sentences at its bars)
                or _cards_held(text=_list_of(view=view, number=number), section=view.sections[number])
            )
        ):
            return replace(match, credit=CREDIT["prose"], context="prose", evidence=sentence.text)
    return match


def _holds_credentials(*, section: str, text: str, product: bool) -> bool:
    """Return whether a line stands where credentials are held: under Certifications, or under Education
    unless it names a ``product`` by its letters with no credential's word ("MSc Statistics (SQL, SAS)",
    "Modules: SQL, SAS": subjects studied, not credentials; "SAS Certified Specialist" is one)."""
    if section == "education" and product:
        return _CREDENTIAL_WORD_RE.search(text) is not None
    return section in CREDENTIAL_SECTIONS


# Words a credential's own line may hold beside its name: the year, the issuer's short name, "current".
_LONE_LINE_EXTRA = 2


def _alone_on_its_line(*, key: str, norms: Sequence[str]) -> bool:
    """Return whether a line is the credential's name alone, perhaps with its year ("Oregon Food Handlers
    Card (2024)" under no heading): held, as a list of credentials holds it."""
    words = [norm for norm in norms if not norm.isdigit()]
    wanted = key.split()
    return len(wanted) >= 2 and set(wanted) <= set(words) and len(words) <= len(wanted) + _LONE_LINE_EXTRA


def held_language(*, match: Match, view: ResumeView) -> Match:
    """Return the match with full prose credit when the language is on the resume's languages line: a language
    is spoken, not shown at work, and that line is where a resume says so."""
    if match.context != "list":
        return match
    wanted = frozenset(match.requirement.key.split())
    for number, sentence in enumerate(view.index.sentences):
        # the evidence first found, or another line naming the language ("M.A. English" before "Languages")
        if sentence.text != match.evidence and not wanted <= view.index.sentence_tokens[number]:
            continue
        if (
            view.sections[number] == "languages" or LANGUAGES_LABEL_RE.match(sentence.text)
        ) and _mostly_languages(line=sentence.text):
            return replace(match, credit=CREDIT["prose"], context="prose", evidence=sentence.text)
        if not view.copied[number] and said_spoken(
            text=sentence.text, language=match.matched or match.requirement.name
        ):
            return replace(match, credit=CREDIT["prose"], context="prose", evidence=sentence.text)
    return match


_ITEM_SPLIT_RE = re.compile(r"[,;|·•/]|\band\b")
# A card's short name: "BLS", "ACLS", "CPR-AED", "NRP" (an issuer in brackets after it is left out).
_CARD_RE = re.compile(r"[A-Z][A-Z0-9+-]{1,6}")
_BRACKETED_RE = re.compile(r"\([^)]*\)")


def _line_of(*, view: ResumeView, number: int) -> str:
    """Return the whole lines sentence ``number`` stands on."""
    text, sentence = view.index.text, view.index.sentences[number]
    start = text.rfind("\n", 0, sentence.start) + 1
    end = text.find("\n", sentence.end)
    return text[start : end if end >= 0 else len(text)]


def _list_of(*, view: ResumeView, number: int) -> str:
    """Return the whole keyword list sentence ``number`` stands in: its line, and the keyword lines in a row
    with it in its section, one a line ("JIRA\nUser Stories": a list cut into lines), joined by commas."""
    first = last = number
    while first > 0 and _next_in_list(view=view, before=first - 1, after=first):
        first -= 1
    while last + 1 < len(view.index.sentences) and _next_in_list(view=view, before=last, after=last + 1):
        last += 1
    return ", ".join(_line_of(view=view, number=n) for n in range(first, last + 1))


def _next_in_list(*, view: ResumeView, before: int, after: int) -> bool:
    sentences = view.index.sentences
    return (
        view.keyword_lines[before]
        and view.keyword_lines[after]
        and view.sections[before] == view.sections[after]
        and view.index.text[sentences[before].end : sentences[after].start].count("\n") <= 1
    )


def _cards_held(*, text: str, section: str) -> bool:
    """Return whether a line under a certifications heading lists only credentials' short names ("BLS, ACLS,
    PALS (American Heart Association), NRP"): held, as one per line would be. A line naming a skill or a
    tool among them ("BLS, ACLS, Epic, wound care") stays a keyword list."""
    if section != "certifications":
        return False
    body = CREDENTIAL_LABEL_RE.sub("", _BRACKETED_RE.sub("", text), count=1)
    items = [item.strip() for item in _ITEM_SPLIT_RE.split(body) if item.strip()]
    return bool(items) and all(_CARD_RE.fullmatch(item) for item in items)


_FIRST_WORD_RE = re.compile(r"[A-Za-z][\w-]*")


def _mostly_languages(*, line: str) -> bool:
    """Return whether most items of the line are languages ("Spanish (native), English (C1)"): a keyword list
    that happens to name one ("reading, math instruction, IEPs, Spanish") holds no language."""
    vocabulary = get_vocabulary()
    items = [item for item in _ITEM_SPLIT_RE.split(LANGUAGES_LABEL_RE.sub("", line)) if item.strip()]
    words = [_FIRST_WORD_RE.search(item) for item in items]
    languages = sum(
        1 for word in words if word is not None and names_language(word=word.group(), vocabulary=vocabulary)
    )
    return languages * 2 >= len(items)
