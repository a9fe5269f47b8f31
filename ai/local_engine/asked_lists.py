"""Which resume lines list the posting's own asks and nothing of the writer's: "National Quality Framework,
CPR, Anaphylaxis certificate" or "Bristol property market, Consumer Protection from Unfair Trading
Regulations, probate market" at a resume's end, under whatever heading it ended with. Such a line is a keyword
list wherever it stands (``resume_view``): its names are listed, not shown at work or in a sentence, and it
holds no credential or degree. Excepted: a line of credentials under a credentials heading ("CPR, First Aid
certificate" under Certifications is what it holds), and the lines under the name ("Full driving licence, own
car"), where a UK CV states what it holds. Three or more of the asks run onto the end of a line of the
writer's own ("Planalto Paulista, 2018 JIRA, UAT, SQL") are a list tacked on: that line is a keyword list."""

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ai.local_engine.copied_text import CREDENTIAL_NORMS, FUNCTION_WORDS, HELD_SECTIONS, WORK_SECTIONS
from ai.local_engine.glued_lists import LINE_MARKS, RUN_MIN, glued_lists
from ai.local_engine.requirement_model import JobRequirements
from ai.local_engine.resume_facts import ResumeFacts
from ai.local_engine.sections import heading_kind
from ai.local_engine.text import Sentence, normalized_words, tokenize
from ai.local_engine.vocab import get_vocabulary

_SEPARATOR_RE = re.compile(r"[,;|·•▪●◦■\u2022]")
_LABEL_RE = re.compile(r"^[^:,]{1,40}:\s+")
# A credential's short name: "CPR", "BLS", "CPCS", "AZ-204".
_CARD_RE = re.compile(r"[A-Z][A-Z0-9+-]{1,6}")
_HELD_NORMS = CREDENTIAL_NORMS | normalized_words(words=("card", "ticket", "permit", "endorsement"))
_ITEMS_MIN = 2
_TAIL_MIN = 3
_GLUED_TAIL_MIN = 2
# How an item of the writer's ends: a year or number, a closing bracket, a full stop.
_ITEM_END_RE = re.compile(r"[\d)\].]$")
_OPENING_SECTIONS = frozenset({"header", "contact"})


def _norms(text: str) -> list[str]:
    return [token.norm for token in tokenize(text=text)]


def _credential_item(item: str) -> bool:
    """Return whether a list's item names a credential: by a credential's word or its short letters."""
    return bool(_CARD_RE.fullmatch(item)) or bool(_HELD_NORMS.intersection(_norms(item)))


@dataclass(frozen=True, slots=True)
class _Asks:
    """What a posting asks, as a resume's line may list it."""

    words: frozenset[str]  # the posting's words, and those its requirements are named by
    others: frozenset[tuple[str, ...]]  # the names of what it asks other than credentials
    credentials: frozenset[tuple[str, ...]]  # ... and of the credentials it asks


def _asks(job: JobRequirements) -> _Asks:
    # ("Diploma or degree in Civil Engineering Technology": the engine's name for what the posting asks)
    words = frozenset(job.norms).union(*(_norms(f"{r.name} {r.asked_as}") for r in job.requirements))
    names = [
        (r.kind == "certification", tuple(_norms(n))) for r in job.requirements for n in (r.name, r.asked_as)
    ]
    return _Asks(
        words=words,
        others=frozenset(name for held, name in names if name and not held),
        credentials=frozenset(name for held, name in names if name and held),
    )


def _ask_items(*, text: str, asks: _Asks) -> tuple[str, list[str]] | None:
    """Return the label and items of a line naming things in the posting's words alone: no word of the
    writer's own (a year, an issuer, a school, a place of work), no sentence's full stop (None otherwise)."""
    if text.rstrip().endswith("."):
        return None
    label = _LABEL_RE.match(text)
    body = text[label.end() :] if label else text
    items = [item.strip() for item in _SEPARATOR_RE.split(body) if item.strip()]
    words = [norm for norm in _norms(body) if norm not in FUNCTION_WORDS]
    if not items or not words or any(norm not in asks.words for norm in words):
        return None
    return (label.group() if label else "", items)


def _keyword_list(*, label: str, items: list[str], section: str, asks: _Asks) -> bool:
    """Return whether names in the posting's words are its keywords listed. Under a credentials heading or
    label, a line of credentials with words of their own ("Florida driver's license, clean record", "FINRA
    SIE, Series 6, Series 63") is what the writer holds: a keyword list there only when it lists a skill,
    tool or duty the posting asks beside them."""
    held_here = section in HELD_SECTIONS or bool(_HELD_NORMS.intersection(_norms(label)))
    return not held_here or any(_names_another_ask(item=item, asks=asks) for item in items)


def _names_another_ask(*, item: str, asks: _Asks) -> bool:
    """Return whether a list's item, no credential itself, names a skill, tool or duty the posting asks
    ("Allergen management", or "Allergen management\nsupplier audits" read as one line)."""
    if _credential_item(item):
        return False
    norms = tuple(_norms(item))
    if _holds(norms=norms, names=asks.credentials):
        return False  # "FINRA Series 7": a credential asked, whatever else the posting asks by "FINRA"
    return _holds(norms=norms, names=asks.others)


def _holds(*, norms: tuple[str, ...], names: frozenset[tuple[str, ...]]) -> bool:
    """Return whether ``norms`` hold one of ``names`` as words in a row."""
    return any(norms[start : start + len(name)] == name for name in names for start in range(len(norms)))


def _one_name_runs(
    *, facts: ResumeFacts, named: list[tuple[str, list[str]] | None], skip: Sequence[bool]
) -> list[list[int]]:
    """Return the runs of ``RUN_MIN`` or more lines in a row, in one section, each naming the posting's
    asks alone, one name or a few (a sentence may run over lines: "Allergen management\nsupplier audits"; a
    stuffed line may name one ask by its parts: "Diploma or degree in Event Management, Hospitality,
    Tourism"). A line copied from the posting (``skip``) is its words too: it breaks no run ("Occupational
    Health and Safety Act" among the names)."""
    text, sentences = facts.index.text, facts.index.sentences
    runs: list[list[int]] = []
    run: list[int] = []
    for number, (sentence, found) in enumerate(zip(sentences, named, strict=True)):
        if (
            (found is None and not skip[number])
            or (found and found[0])
            or not _whole_line(text=text, sentence=sentence)
        ):
            run = []
            continue
        if run and (
            facts.sections[run[-1]] != facts.sections[number]
            or text[sentences[run[-1]].end : sentence.start].count("\n") != 1
        ):
            run = []
        if not run and _title_line(text=sentence.text):
            continue  # "Science Teacher" above the list: the writer's title heads no list
        run.append(number)
        lines = sum(sentences[n].text.count("\n") + 1 for n in run if not skip[n])
        if (not runs or runs[-1] is not run) and lines >= RUN_MIN:
            runs.append(run)  # (the list object grows with the run)
    return runs


def _title_line(*, text: str) -> bool:
    """Return whether a line ends in a job-title noun ("Science Teacher"): the writer's title, which may
    share the posting's words, opens no list of asks written back (inside one, it is one more ask)."""
    norms = _norms(text)
    return bool(norms) and norms[-1] in get_vocabulary().role_nouns


def _whole_line(*, text: str, sentence: Sentence) -> bool:
    """Return whether a sentence is the whole of its line, a bullet's mark before it aside ("• Epic")."""
    line_start = text.rfind("\n", 0, sentence.start) + 1
    line_end = text.find("\n", sentence.end)
    return (
        not text[line_start : sentence.start].strip(LINE_MARKS)
        and not text[sentence.end : line_end if line_end >= 0 else len(text)].strip()
    )


def _shared_lines(*, sentences: Sequence[Sentence], text: str) -> list[list[int]]:
    """Return the lines that hold two or more sentences, each as its sentences' numbers ("Epic | Kronos |
    acute care": a line cut into sentences at its separators)."""
    lines: dict[int, list[int]] = {}
    for number, sentence in enumerate(sentences):
        if "\n" not in sentence.text:
            lines.setdefault(text.rfind("\n", 0, sentence.start) + 1, []).append(number)
    return [numbers for numbers in lines.values() if len(numbers) >= _ITEMS_MIN]


def _asked_tail(*, text: str, asks: _Asks) -> list[str]:
    """Return the items a line ends with that name the posting's asks in its words alone, when they follow
    words of the writer's own and run to three or more ("Planalto Paulista, 2018 JIRA, UAT, SQL, FRD":
    the posting's keywords run onto a line of the writer's); none for a sentence, which ends in a full stop,
    or in brackets."""
    if text.rstrip().endswith("."):
        return []
    items = [item.strip() for item in _SEPARATOR_RE.split(text) if item.strip()]
    tail = 0
    while tail < len(items) and _ask_items(text=items[len(items) - 1 - tail], asks=asks) is not None:
        tail += 1
    if not 0 < tail < len(items):
        return []
    # the first ask glued onto the writer's item with a space ("... - 2023 National Quality Framework, CPR,
    # Anaphylaxis certificate") is one of the list: an item of the writer's own ends in no ask's whole name,
    # so the glue shows the list from two items on
    glued = _glued_ask(item=items[len(items) - 1 - tail], asks=asks)
    if tail + len(glued) < (_GLUED_TAIL_MIN if glued else _TAIL_MIN):
        return []
    # a list in brackets is the writer's own aside ("Diploma, 2019 (coursework in ICD-10-CM, CPT, HCPCS)")
    head = text[: text.rfind(items[len(items) - tail])]
    return [] if head.count("(") > head.count(")") else [*glued, *items[len(items) - tail :]]


def _glued_ask(*, item: str, asks: _Asks) -> list[str]:
    """Return the ask's name (and words of the posting after it) the item ends in after an item's end of its
    own, a year or a bracket, as a list's item ([] if none): "... - 2023 National Quality Framework" ends in
    "National Quality Framework" when the posting asks that; "Oregon driver's license" is one name."""
    words = item.split()
    for start in range(1, len(words)):
        if not _ITEM_END_RE.search(words[start - 1]):
            continue
        name = " ".join(words[start:])
        norms = tuple(_norms(name))
        # (opening with an ask's name: "Working at Heights ticket")
        if _ask_items(text=name, asks=asks) is not None and any(
            norms[: len(ask)] == ask for ask in asks.others | asks.credentials
        ):
            return [name]
    return []


def _labelled_elsewhere(text: str) -> bool:
    """Return whether a line is labelled by another section's heading ("Certifications: PRDs, beta and pilot
    programs" under a project): a list of that section, not the work's."""
    label = _LABEL_RE.match(text)
    kind = heading_kind(text=label.group().rstrip(": \t")) if label else None
    return kind is not None and kind not in WORK_SECTIONS


def asked_lists(
    *, facts: ResumeFacts, job: JobRequirements, skip: Sequence[bool]
) -> tuple[list[bool], list[int]]:
    """Return, per resume sentence, whether it is a line listing the posting's asks in its words alone
    outside the work sections, where a list is already one unless another section's label heads it
    (``skip``: sentences already judged, copied from the posting); and how many of the asks it names alone
    (0 for a sentence of other words or skipped; under the name too, where no line is flagged a list)."""
    asks = _asks(job)
    # the lines under the name, up to the first heading of another kind
    opening = next((n for n, section in enumerate(facts.sections) if section not in _OPENING_SECTIONS), 0)
    named_anywhere = [
        _ask_items(text=sentence.text, asks=asks) if not skipped else None
        for sentence, skipped in zip(facts.index.sentences, skip, strict=True)
    ]
    named = [found if number >= opening else None for number, found in enumerate(named_anywhere)]
    flags = [
        found is not None
        and len(found[1]) >= _ITEMS_MIN
        and (facts.sections[number] not in WORK_SECTIONS or _labelled_elsewhere(sentence.text))
        and _keyword_list(label=found[0], items=found[1], section=facts.sections[number], asks=asks)
        for number, (sentence, found) in enumerate(zip(facts.index.sentences, named, strict=True))
    ]
    # A line of the asks cut into sentences at its separators ("cloud | RAID logs | Manage third-party
    # vendors"): a keyword list as one line is
    text = facts.index.text
    for numbers in _shared_lines(sentences=facts.index.sentences, text=text):
        first, last_one = facts.index.sentences[numbers[0]], facts.index.sentences[numbers[-1]]
        # (an item copied from the posting is its words too: "Bachelor's degree in Logistics, Supply Chain")
        if numbers[0] < opening or any(named[n] is None and not skip[n] for n in numbers):
            continue
        line = text[text.rfind("\n", 0, first.start) + 1 : last_one.end]
        found = _ask_items(text=line, asks=asks)
        section = facts.sections[numbers[0]]
        if (
            found is not None
            and (section not in WORK_SECTIONS or _labelled_elsewhere(line))
            and _keyword_list(label=found[0], items=found[1], section=section, asks=asks)
        ):
            for number in numbers:
                flags[number] = not skip[number]
    # The asks a line, three or more lines in a row ("RN license / BLS certification / acute care / Epic"),
    # in any section: a list cut into lines
    for run in _one_name_runs(facts=facts, named=named, skip=skip):
        items = [item for number in run if named[number] for item in named[number][1]]
        if _keyword_list(label="", items=items, section=facts.sections[run[0]], asks=asks):
            for number in run:
                flags[number] = True
    glued_lists(
        facts=facts,
        named_line=lambda line: _ask_items(text=line, asks=asks),
        flags=flags,
        start=opening,
        skip=skip,
    )
    # The posting's asks run onto the end of a line of the writer's own, outside the work or on the resume's
    # last line ("University of Leeds, 2019 JIRA, UAT, SQL"): a list tacked on, however the line begins
    last = len(facts.index.sentences) - 1
    for number, (sentence, found) in enumerate(zip(facts.index.sentences, named, strict=True)):
        section = facts.sections[number]
        if found is not None or number < opening or skip[number]:
            continue
        if section in WORK_SECTIONS and number != last:
            continue
        tail = _asked_tail(text=sentence.text, asks=asks)
        if tail and _keyword_list(label="", items=tail, section=section, asks=asks):
            flags[number] = True
    return flags, [len(found[1]) if found is not None else 0 for found in named_anywhere]
