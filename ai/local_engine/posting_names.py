"""The names a posting mentions: its employer's (after "Join", "At", as the subject of "is a ..."), the places
it is in, and the employer on the title line. Their words are never requirements."""

import re

from ai.local_engine.coded_names import coded_name
from ai.local_engine.regex_guards import starts_guarded
from ai.local_engine.text import Sentence, normalize_phrase, tokenize
from ai.local_engine.vocab import Vocabulary

_TITLE_EMPLOYER_RE = re.compile(r"\s[—–|-]\s+((?:[A-Z][\w'.-]*|&)(?:\s+(?:[A-Z][\w'.-]*|&)){1,4})")
_PLACE_CUE_RE = re.compile(
    r"\b(?:in|at|based in|located in|offices? in|near|from|serving)\s+"
    r"((?:[A-Z][\w'-]+)(?:[ \t]+[A-Z][\w'-]+){0,2})"
)
# Capitalised words of a name, on one line (a name never runs on into the next line's heading).
_WORD = r"[A-Z][\w&'-]+"
_NAME = rf"{_WORD}(?:[ \t]+{_WORD}){{0,3}}"
_NO_PRONOUN = r"(?!(?:We|They|You|It|This|That|These|Those|Our|Their|The|He|She|I)\b)"
COMPANY_CUE_RE = starts_guarded(
    re.compile(
        rf"(?:\b[Aa]t|\b[Jj]oin|\b[Aa]bout|\b[Ww]ith)\s+({_NAME})(?=[,.!]|\s+(?:is|we|team))|"
        # (a pronoun names no one: "We are committed to Te Tiriti o Waitangi, and you will ...")
        rf"^{_NO_PRONOUN}({_NAME})\s+(?:is|are)\s+(?:a|an|the|proud|committed|hiring)\b|"
        # "Bright Spark Electrical is growing"
        rf"^{_NO_PRONOUN}"
        rf"({_NAME})\s+(?:is|are)\s+(?:one|growing|expanding|excited|known|"
        r"recognized|recognised|headquartered|based|located|family)\b|"
        # "Comfort First Heating & Air has served central Ohio since 1987"
        rf"^({_WORD}(?:[ \t]+(?:{_WORD}|&)){{0,4}})\s+(?:makes|builds|moves|runs|turns|uses|helps|"
        r"delivers|creates|develops|provides|offers|serves|powers|has been|was founded|"
        r"ha(?:s|ve) (?:served|built|grown|helped|provided|supplied|designed|delivered|operated))\b",
        re.MULTILINE,
    )
)
# A line of the posting's head that is an organisation's name: capitalised words ending in the kind of
# organisation, then at most a place ("Paws & Claws Veterinary Hospital, Toowoomba QLD").
_ORGANISATION_LINE_RE = re.compile(
    r"((?:[A-Z][\w'.-]*|&)(?:\s+(?:[A-Z][\w'.-]*|&)){0,5}\s+(?:Hospital|Clinic|Clinics|Group|Inc\.?|Ltd\.?|"
    r"LLC|Limited|Council|University|College|School|Academy|Trust|Practice|Surgery|Partners|Associates|"
    r"Corporation|Corp\.?|Foundation|Society|Hotel|Restaurant|Rehabilitation|Healthcare|Health|Care|Centre|"
    r"Center|Pharmacy|Dental|Veterinary|LLP|PLC|plc|GmbH|AG|BV|Pte|Bhd|Air|Airlines|Airways|Aviation|"
    r"Consultants))(?:\s*(?:[,|·•–—-]\s*[^\n]{0,60})?)$"
)
_HEADER_LINES = 4
# "Parcelly delivers 2 million parcels a month": a sentence whose subject is the company is about it.
_COMPANY_VERBS = frozenset(
    "is are was has makes builds moves runs turns uses helps delivers creates develops provides offers "
    "serves powers".split()
)


# What is done in a product, or known in it, before "in": "accounting entries in Tally Prime", "enter the
# payroll data in Ceridian Dayforce", "skilled in Revit" (not "based in Leeds", "stores in Québec").
_DONE_IN_RE = re.compile(
    r"\b(?:entries|entry|data|accounting|records|bookkeeping|transactions|invoices|orders|timesheets|"
    r"reports|dashboards|productions|documentation|tickets|diagrams|workflows|experience[ds]?|proficient|proficiency|skilled|trained|certified|expertise|"
    r"fluent|fluency|knowledge)[ \t]*$",
    re.IGNORECASE,
)


def _done_in(*, text: str, start: int) -> bool:
    """Return whether what "in" follows at ``start`` is done or known in a product (``_DONE_IN_RE``); a cue
    written in capitals inside its line is a credential's name ("Medical First Aid, Proficiency in Survival
    Craft")."""
    done = _DONE_IN_RE.search(text, max(0, start - 40), start)
    if done is None:
        return False
    line_start = text.rfind("\n", 0, done.start()) + 1
    return not (done.group()[:1].isupper() and text[line_start : done.start()].strip(" -–•*\t"))


# "notes in ServiceTitan (or a similar field service app)", "in Procore or similar": a product offered with
# others like it, not a place.
_OR_SIMILAR_AFTER_RE = re.compile(
    r"[ \t]*\(?[ \t]*or[ \t]+(?:a[ \t]+|an[ \t]+|any[ \t]+)?similar\b", re.IGNORECASE
)


def name_words(
    *, text: str, masked: list[tuple[int, int]], vocabulary: Vocabulary, company_cues: list[re.Match[str]]
) -> frozenset[str]:
    """Return lower-case words of the company's name and of places the posting mentions."""
    words: set[str] = set()
    for matches in (_PLACE_CUE_RE.finditer(text), company_cues):
        for match in matches:
            cue, phrase = next((n, group) for n, group in enumerate(match.groups()) if group)
            tokens = tokenize(text=phrase)
            if (
                normalize_phrase(text=phrase) in vocabulary.surfaces
                or (cue == 0 and len(tokens) > 1 and tokens[-1].norm in vocabulary.surfaces)
                or coded_name(text=phrase)  # "Gas Safe registered with CCN1, CKR1": no one's name
                or (matches is not company_cues and _done_in(text=text, start=match.start()))
                # "notes in ServiceTitan (or a similar app)": a product offered with others like it
                or (matches is not company_cues and _OR_SIMILAR_AFTER_RE.match(text, match.end()) is not None)
            ):
                # "a degree in Computer Science" names a field, "experience in Core Java" a skill, not a
                # place or an employer ("Hargrove Pell Mitchell is a law firm" still names one)
                continue
            words.update(token.norm for token in tokens)
    for line in text.lstrip().split("\n", _HEADER_LINES)[:_HEADER_LINES]:
        organisation = _ORGANISATION_LINE_RE.match(line.strip())
        if organisation:
            # "Paws & Claws Veterinary Hospital, Toowoomba QLD": the employer's name heads the posting
            words.update(token.norm for token in tokenize(text=organisation.group(1)))
    for start, end in masked:
        # "hiring@techsolutions.com" names the company "techsolutions".
        for part in re.split(r"[@.]", text[start:end])[1:-1]:
            words.add(part.lower())
    return frozenset(words)


def company_names(*, company_cues: list[re.Match[str]], vocabulary: Vocabulary) -> list[str]:
    names = []
    for match in company_cues:
        phrase = next(group for group in match.groups() if group)
        if normalize_phrase(text=phrase) not in vocabulary.surfaces and phrase not in names:
            names.append(phrase)
    return names


def about_company(*, text: str, companies: list[str]) -> bool:
    """Return whether the sentence's subject is the company ("Acme builds ...", "Acme is proud ...")."""
    for name in companies:
        if text.startswith(name + " "):
            verb = text[len(name) + 1 :].split(" ", 1)[0].lower()
            if verb in _COMPANY_VERBS and not re.match(
                rf"{re.escape(name)} is (looking|seeking|hiring)", text
            ):
                return True
    return False


def title_employer(*, sentences: list[Sentence], vocabulary: Vocabulary, text: str) -> list[tuple[int, int]]:
    """Return the span of the employer's name on the first line ("Staff Accountant — Cobalt Ridge
    Manufacturing, Dublin"): two or more capitalised words after a dash that the vocabulary does not know
    ("Frontend Engineer – React Native" names a skill); and on a line of the posting's head below it that
    names the employer before its place (see ``_header_employer``)."""
    if not sentences:
        return []
    first = sentences[0]
    spans = _header_employer(text=text, vocabulary=vocabulary)
    match = _TITLE_EMPLOYER_RE.search(first.text)
    if match is None or normalize_phrase(text=match.group(1)) in vocabulary.surfaces:
        return spans
    return [(first.start + match.start(1), first.start + match.end(1)), *spans]


# A line of the posting's head naming the employer, then where the job is after a separator: "Bluebonnet Air
# Conditioning & Heating · Round Rock, TX", "Kettle Moraine Fluid Power, LLC | Waukesha, WI | Hybrid".
_EMPLOYER_THEN_PLACE_RE = re.compile(
    r"[ \t]*(?P<name>[A-Z][\w'.-]*(?:[ \t]+(?:[A-Z][\w'.-]*|&)){0,6})[ \t]*(?:[·|•]|[ \t][–—-][ \t]|,)"
    r"(?P<rest>.*)"
)
# ... the place: a city and its region's code ("Round Rock, TX"), or where the work is done ("Hybrid").
_PLACE_RE = re.compile(
    r"\b[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2},[ \t]*[A-Z]{2}\b|\b(?:remote|hybrid|on-?site)\b", re.IGNORECASE
)


def _header_employer(*, text: str, vocabulary: Vocabulary) -> list[tuple[int, int]]:
    """Return the span of the employer's name on a line of the posting's head below its title, where the line
    goes on to the job's place: capitalised words the vocabulary does not know, not a job's title."""
    spans = []
    lines = [m for m in re.finditer(r"[^\n]+", text) if m.group().strip()][1:_HEADER_LINES]
    for line in lines:
        match = _EMPLOYER_THEN_PLACE_RE.match(line.group())
        if match is None or not _PLACE_RE.search(match.group("rest")):
            continue
        name = match.group("name")
        words = normalize_phrase(text=name).split()
        if normalize_phrase(text=name) in vocabulary.surfaces or (
            words and words[-1] in vocabulary.role_nouns
        ):
            continue  # "Senior Engineer | Remote": the job's title; "Microsoft Azure | Remote": a skill
        spans.append((line.start() + match.start("name"), line.start() + match.end("name")))
    return spans
