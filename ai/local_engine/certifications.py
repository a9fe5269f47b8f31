"""Certifications and licences a posting names: "AWS Certified Solutions Architect", "BLS and ACLS
certification", "Current RN license"."""

import re

from ai.local_engine.credential_names import credential_by_name
from ai.local_engine.first_aid import add_first_aid
from ai.local_engine.job import CERTIFICATION_RE
from ai.local_engine.licence_names import (
    CDL_RE,
    LICENSE_ADJECTIVES,
    add_holder_certifications,
    add_licences,
    add_named,
    add_named_qualifications,
    after_adjectives,
    class_licence_keys,
)
from ai.local_engine.text import Sentence, normalized_words

# Nouns that make a phrase a credential ("Reach truck licence", "NMC registration", "Secret clearance"), as
# the tokenizer normalises them.
CREDENTIAL_NOUNS = normalized_words(
    words=("licence", "license", "licensure", "registration", "certification", "clearance", "accreditation")
)

# "BLS and ACLS certification", "CPR, BLS or ACLS certifications": each named one is a certification.
# A name may hold a hyphen: "SHRM-CP or PHR certification".
_NAME = r"[A-Z][A-Za-z0-9+]*(?:-[A-Z0-9][A-Za-z0-9+]*)*[A-Z0-9+]"
# A name's issuer may stand in brackets after it: "CMA (AAMA) or RMA (AMT) certification".
_ISSUER = r"(?:\s*\([A-Z][A-Za-z]{1,9}\))?"
COORDINATED_CERTIFICATIONS_RE = re.compile(
    rf"\b((?:{_NAME}{_ISSUER}\s*(?:,\s*(?:and|or)?|and|or|/)\s*)+{_NAME}{_ISSUER})\s+[Cc]ertifications?\b"
)
_NAMED_WITH_ISSUER_RE = re.compile(rf"{_NAME}{_ISSUER}")
# "Current First Aid and CPR certificates": First Aid, the one credential of plain words listed so, beside
# another ("CPR/First Aid certification" is one course, read whole).
_FIRST_AID_AND_RE = re.compile(
    rf"\b(?:(First\s+Aid)\s*(?:,|\band\b)\s*({_NAME})|({_NAME})\s*(?:,|\band\b)\s*(First\s+Aid))"
    r"\s+[Cc]ertifica(?:tions?|tes)\b"
)
# "FAA Airframe and Powerplant (A&P) certificate": a credential's capitalised name of two words or more, "and"
# inside it, with its letters and a symbol in brackets before the credential's noun (one word is "CMA (AAMA)":
# an issuer; plain capitals, "Certified Nursing Assistant (CNA)", are read as a spelled-out acronym).
BRACKETED_CREDENTIAL_RE = re.compile(
    r"\b((?:[A-Z][\w.'+-]*\s+(?:(?:and|&)\s+)?){2,5}\([A-Z][A-Za-z0-9]*[&/+-][A-Za-z0-9&/+-]{0,8}\)\s+"
    r"(?:[Cc]ertificat(?:e|ion)|[Ll]icen[cs](?:e|ure)|[Rr]egistration))s?\b"
)
# "Oregon Food Handlers Card", "CSCS Black Card", "ECS/JIB Gold Card": a card held as a licence is, named in
# capitals (a perk card, "Blue Light Card", is in the benefits, which are never read for requirements).
CARD_RE = re.compile(r"\b((?:[A-Z][\w.&'’+/-]*\s+){1,4})Cards?\b")
# ... or in lower case after a body's capitals: "Valid Driver CPC card", "a CSCS card", "SIA licence card",
# "Current DOT medical card".
_ACRONYM_CARD_RE = re.compile(r"\b((?:[A-Z][\w.&'’+/-]*\s+){0,3}[A-Z]{3,6}\s+(?:[a-z]+\s+)?)cards?\b")
# ... unless the card is given ("Job benefits: ... Discounted Oyster Travel Card", a run-on line read with
# the asks).
_CARD_BEFORE_RE = re.compile(r"\b((?:[A-Z][\w.&'’+/-]*\s+){0,2}[A-Z]{3,6})\s*(?:,|\band\b|&)\s*$")
_PERK_CARD_RE = re.compile(r"\b(?:benefits?|perks?|discount(?:ed|s)?|travel|gift|loyalty|blue light)\b", re.I)
# "CPA designation", "P.Eng. or EIT designation", "CHRP, CPHR designation": a professional body's letters held
# as a designation (Canada's word for a credential), dotted ones among them.
_DOTTED = r"[A-Z][a-z]{0,4}\.(?:[A-Z][a-z]{0,4}\.?)+"
_JOINED = r"\s*(?:,\s*(?:and|or)?|and|or|/)\s*"
DESIGNATION_RE = re.compile(
    rf"\b((?:(?:{_DOTTED}|{_NAME}){_JOINED})*(?:{_DOTTED}|{_NAME}))\s+[Dd]esignations?\b"
)
_DESIGNATION_NAME_RE = re.compile(rf"{_DOTTED}|{_NAME}")
# ... what follows one of them: the rest of the list, then "designation".
DESIGNATION_TAIL_RE = re.compile(rf"\.?(?:{_JOINED}(?:{_DOTTED}|{_NAME}))*\s+[Dd]esignations?\b")
# Safeguarding checks the worker holds as credentials, issued to them and valid for years: "Working with
# Children Check (NSW)", "NDIS Worker Screening Check", "Vulnerable Sector Check". (A DBS or police check is
# run by the employer on hiring, as a US background check is: a condition, not held.)
CHECK_RE = re.compile(
    r"\b((?:(?:Current|Valid)\s+)?(?:Working\s+with\s+Children|WWC|NDIS\s+Worker\s+Screening|"
    r"Vulnerable\s+Sector)\s+)[Cc]hecks?\b"
)
_OTHER_CHECK_RE = re.compile(r"\s+or\s+(?:an?\s+)?((?:[A-Z][\w'’-]*\s+){1,4})[Cc]hecks?\b")
# ... a check the employer runs on hiring is none ("This post is subject to an enhanced DBS check", "we will
# conduct a National Police Check for the successful candidate").
_CHECK_RUN_RE = re.compile(
    r"\b(?:subject\s+to|undergo|pass(?:es|ing)?|satisfactory|successful\s+(?:candidate|applicant)|"
    r"will\s+need|conduct|carry\s+out|obtain|complete|require[sd]?\s+to|apply\s+for|offer)\b",
    re.IGNORECASE,
)
# "Level 5 Diploma in Leadership for Health and Social Care": a vocational qualification of a numbered level
# (the UK's RQF, New Zealand's NZQF: "Level 4 or 5 Diploma in Agribusiness Management"), held as a credential,
# not a university degree (``degree_requirements``).
LEVELLED_DIPLOMA_RE = re.compile(
    r"\bLevel\s+\d(?:\s*(?:or|/|-|–)\s*\d)?\s+(?:Extended\s+)?Diploma\s+in\s+"
    r"[A-Z][\w'&-]*(?:\s+(?:(?:for|and|of|in|&)\s+)?[A-Z][\w'&-]*)*"
)
# A body's qualification at a numbered level, a UK one's usual name: "AAT Level 3", "CIPD Level 5 Associate
# Diploma", "NVQ Level 2 in Food Production", "City & Guilds Level 3" (not a framework's level alone: "NQF
# Level 6" is a degree's).
BODY_LEVEL_RE = re.compile(
    r"(?<![\w-])((?:City\s*(?:&|and)\s*Guilds|(?!(?:NQF|RQF|SCQF|NZQF|AQF|EQF|NSQF|CEFR)\b)[A-Z]{2,6}"
    r"(?:/[A-Z]{2,6})?)\s+Level\s+\d(?:\s*(?:or|/|-|–)\s*\d)?(?:\s+(?:[A-Z][a-z]+\s+){0,2}"
    r"(?:Certificate|Diploma|Award))?(?:\s+in\s+[A-Z][\w'&-]*(?:\s+(?:(?:for|and|of|in|&)\s+)?[A-Z][\w'&-]*)*)?)"
)
# ... unless it is an example in a bracket after the kind of credential asked ("bourbon or wine certification
# (e.g. Executive Bourbon Steward, WSET Level 2)"), which names the requirement.
_KIND_BRACKET_RE = re.compile(
    r"\b(?:certifications?|certificates?|qualifications?|licen[cs]es?|awards?)\s*\([^()]*$", re.IGNORECASE
)
# (not "US Work Authorization": the right to work, asked of every hire)
_TEACHING_CREDENTIAL_RE = re.compile(
    r"\b((?:[A-Z][\w.&'’+/-]*\s+){1,5})(?<!Work )(?<!Employment )(?:Credential|Authorization)s?\b"
)
# FINRA's exams, held as licences: "FINRA SIE, Series 6 and Series 63 licenses", "Series 7/66"; and the
# OSHA outreach cards: "OSHA 10", "OSHA 30-Hour".
FINRA_RE = re.compile(
    r"\b(?:(?:FINRA\s+)?(?:SIE|Series\s+\d{1,2}(?:/\d{1,2})?)|OSHA[- ]?(?:10|30)(?:-[Hh]our)?)\b"
)
# "Six Sigma Green Belt", "Lean Six Sigma Black Belt": a belt is held as a certification is.
BELT_RE = re.compile(r"\b((?:Lean\s+)?Six\s+Sigma\s+(?:White|Yellow|Green|Black|Master\s+Black)\s+Belt)s?\b")
# A code with a digit ("D1.1", "608", "70E"), after the body's capitals if named, then up to three lower-case
# words and "certification": "AWS D1.1 structural welding certification", "EPA 608 refrigerant certification".
_CODED_CERTIFICATION_RE = re.compile(
    r"\b(?:[A-Z]{2,}[A-Za-z]*\s+)?(?=[A-Z]*\d)[A-Z0-9][\w.]*\d[\w]*(?:\s+[a-z][\w-]*){1,3}\s+[Cc]ertification\b"
)
_LEVEL_NUMERAL_RE = re.compile(r"[ ](?:[IVX]{1,4}|\d)\b")
# A second level offered: "Certificate III or IV in Insurance".
OTHER_NUMERAL_RE = re.compile(r"\s*(?:or|/|-|–)\s*([IVX]{1,4}|\d)\b")
_ENDS_AT_RE = re.compile(r"\b[Cc]ertifi(?:cation|cate)s?\b")
_CERTIFIED_FIELD_RE = re.compile(r" in [A-Z][\w'-]*(?: (?:(?:and|of|for|in|&) )?[A-Z][\w'-]*){0,4}")
# Papers an application asks for are not certifications ("Application, Curriculum Vitae, Certificates").
_PAPERS_RE = re.compile(
    r"\b(?:application|curriculum|vitae|cv|resume|transcripts?|copies|copy|diplomas?)\b", re.I
)


# "Credentialed as an RVT", "licensed as a PE", "a credentialed veterinary technician (RVT, LVT or CVT)": the
# letters name a credential however rare the extractor finds them.
_HELD_AS_RE = re.compile(
    r"\b(?:credentialed|licensed|registered|certified|chartered)\s+as\s+(?:an?\s+)?$", re.IGNORECASE
)
_CREDENTIALED_BRACKET_RE = re.compile(
    r"\b(?:credentialed|licensed|registered|certified)\s+(?:[\w-]+\s+){0,3}\((?:[A-Z]{2,6}\s*(?:,|/|\bor\b)\s*)*$"
)
_ACRONYM_RE = re.compile(r"[A-Z]{2,6}")
# A body's letters as the registration an item asks, "HCPC registration", "Current NMC registration" and
# "Registration with the HCPC": the item opens with them (not "Manage VAT registration", a duty).
_ITEM_OPENS_RE = re.compile(
    r"(?:^|[;:•(]|\s[-–]|^[-–*])\s*(?:(?:current|valid|full|active)\s+)?$", re.IGNORECASE
)
_REGISTRATION_AFTER_RE = re.compile(r"[ \t]+[Rr]egistration\b(?!s)")
_REGISTRATION_WITH_RE = re.compile(
    r"(?:^|[;:•(]|\s[-–]|^[-–*])\s*(?:(?:current|valid|full|active)\s+)?registration\s+with\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def named_as_credential(*, text: str, start: int, end: int) -> bool:
    """Return whether the letters at ``text[start:end]`` are named as a credential held by the person."""
    if not _ACRONYM_RE.fullmatch(text[start:end]):
        return False
    before = text[max(0, start - 60) : start]
    return bool(
        _HELD_AS_RE.search(before)
        or _CREDENTIALED_BRACKET_RE.search(before)
        or _REGISTRATION_WITH_RE.search(before)
        or (_REGISTRATION_AFTER_RE.match(text, end) and _ITEM_OPENS_RE.search(before))
    )


def certifications(
    *, asks: list[Sentence], role_nouns: frozenset[str] = frozenset()
) -> list[tuple[int, int, Sentence]]:
    """Return (start, end, sentence) of each named certification ("AWS Certified Solutions Architect").

    ``role_nouns`` (the vocabulary's job-title words) name the holders of licences written in lower case.
    """
    found: list[tuple[int, int, Sentence]] = []
    cdl_grades: set[str] = set()
    for sentence in asks:
        # The patterns backtrack on every capitalised word; most sentences name no certificate at all.
        if "ertifi" in sentence.text:
            _add_certifications(sentence=sentence, found=found)
        if "ertification" in sentence.text:
            add_holder_certifications(sentence=sentence, role_nouns=role_nouns, found=found)
        if "icen" in sentence.text:
            add_licences(sentence=sentence, role_nouns=role_nouns, found=found)
        if "qualification" in sentence.text:
            add_named_qualifications(sentence=sentence, found=found)
        if "(" in sentence.text and ("ertifi" in sentence.text or "icen" in sentence.text):
            add_named(pattern=BRACKETED_CREDENTIAL_RE, sentence=sentence, found=found)
        if "Card" in sentence.text and not _PERK_CARD_RE.search(sentence.text):
            add_named(pattern=CARD_RE, sentence=sentence, found=found)
        if " card" in sentence.text and not _PERK_CARD_RE.search(sentence.text):
            add_named(pattern=_ACRONYM_CARD_RE, sentence=sentence, found=found)
            # "NSW RSA and RCG competency cards": the card before "and" is one of its own
            for card in _ACRONYM_CARD_RE.finditer(sentence.text):
                if other := _CARD_BEFORE_RE.search(sentence.text, 0, card.start(1)):
                    start = after_adjectives(text=sentence.text, start=other.start(1), end=other.end(1))
                    found.append((sentence.start + start, sentence.start + other.end(1), sentence))
        if "heck" in sentence.text and (check := CHECK_RE.search(sentence.text)) is not None:
            if not _CHECK_RUN_RE.search(sentence.text, 0, check.start()):
                add_named(pattern=CHECK_RE, sentence=sentence, found=found)
                # "NDIS Worker Screening Check or National Police Check": the other check, held instead
                if (other := _OTHER_CHECK_RE.match(sentence.text, check.end())) is not None:
                    found.append((sentence.start + other.start(1), sentence.start + other.end(), sentence))
        if "Credential" in sentence.text or "Authorization" in sentence.text:
            # "California Education Specialist Credential", "English Learner Authorization": US teaching ones
            add_named(pattern=_TEACHING_CREDENTIAL_RE, sentence=sentence, found=found)
        if "Series" in sentence.text or "SIE" in sentence.text or "OSHA" in sentence.text:
            found += [
                (sentence.start + m.start(), sentence.start + m.end(), sentence)
                for m in FINRA_RE.finditer(sentence.text)
            ]
        if "esignation" in sentence.text:
            for match in DESIGNATION_RE.finditer(sentence.text):
                if credential_by_name(text=match.group(1)):
                    continue  # "CPCU designation": a name known on its own, read with its alternatives
                offset = sentence.start + match.start(1)
                found += [
                    (offset + name.start(), offset + name.end(), sentence)
                    for name in _DESIGNATION_NAME_RE.finditer(match.group(1))
                ]
        if "Belt" in sentence.text:
            add_named(pattern=BELT_RE, sentence=sentence, found=found)
        if "Level" in sentence.text:
            found += [
                (sentence.start + m.start(), sentence.start + m.end(), sentence)
                for m in BODY_LEVEL_RE.finditer(sentence.text)
                if not _KIND_BRACKET_RE.search(sentence.text, 0, m.start())
            ]
        if "Diploma" in sentence.text:
            found += [
                (sentence.start + m.start(), sentence.start + m.end(), sentence)
                for m in LEVELLED_DIPLOMA_RE.finditer(sentence.text)
                if not any(begin <= sentence.start + m.start() < end for begin, end, _ in found)
            ]
        for match in CDL_RE.finditer(sentence.text) if "CDL" in sentence.text else ():
            # "Class A CDL", "CDL-A": a licence by its letters, once for a class ("CDL-A Truck Driver" above)
            if (grade := class_licence_keys(term=match.group())[0]) not in cdl_grades:
                cdl_grades.add(grade)
                found.append((sentence.start + match.start(), sentence.start + match.end(), sentence))
        if " Aid" in sentence.text or " aid " in sentence.text:
            add_first_aid(sentence=sentence, found=found)
    return found


def _add_certifications(*, sentence: Sentence, found: list[tuple[int, int, Sentence]]) -> None:
    """Add to ``found`` each certification the sentence names: the coordinated ones ("BLS and ACLS
    certification") one by one, then the others not inside one already found."""
    for match in COORDINATED_CERTIFICATIONS_RE.finditer(sentence.text):
        offset = sentence.start + match.start(1)
        for name in _NAMED_WITH_ISSUER_RE.finditer(match.group(1)):
            found.append((offset + name.start(), offset + name.end(), sentence))
    for match in _FIRST_AID_AND_RE.finditer(sentence.text):
        for group in (1, 2, 3, 4):
            if match.group(group):
                found.append(
                    (sentence.start + match.start(group), sentence.start + match.end(group), sentence)
                )
    for match in _CODED_CERTIFICATION_RE.finditer(sentence.text):
        # "AWS D1.1 structural welding certification": a body's code, then what it certifies in lower case
        found.append((sentence.start + match.start(), sentence.start + match.end(), sentence))
    for match in CERTIFICATION_RE.finditer(sentence.text):
        term = match.group()
        # "Azure DevOps certification Docker": a name ends at "certification"; only "Certified ..."
        # goes on ("AWS Certified Solutions Architect").
        ending = _ENDS_AT_RE.search(term)
        if ending is not None:
            # "Certificate III", "Certificate IV in Disability": a level's numeral stays with the name
            numeral = _LEVEL_NUMERAL_RE.match(term, ending.end())
            term = term[: numeral.end() if numeral else ending.end()]
            if numeral and (other := OTHER_NUMERAL_RE.match(sentence.text, match.start() + len(term))):
                term += other.group()
            if term.endswith("Certificate") or numeral:
                # "BCS Practitioner Certificate in Data Protection", "Certificate IV in Disability": what it
                # certifies, named in capitals after "in", is part of its name
                field = _CERTIFIED_FIELD_RE.match(sentence.text, match.start() + len(term))
                if field is not None:
                    term += field.group()
        start = sentence.start + match.start()
        while (first := term.split(" ", 1))[0].lower() in LICENSE_ADJECTIVES and len(first) == 2:
            term, start = first[1], start + len(first[0]) + 1  # "Current CPR/BLS certification"
        covered = any(begin <= start < end for begin, end, _ in found)
        if len(term.split()) >= 2 and not covered and not _PAPERS_RE.search(term):
            found.append((start, start + len(term), sentence))
