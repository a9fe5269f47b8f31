"""Duties a resume shows by their object ("weekly schedules" for "Build weekly schedules", "endorsements" for
"Process endorsements"): done under another verb, the work is the same."""

import re
from collections.abc import Sequence
from dataclasses import replace

from ai.local_engine.candidates import GENERIC_TERMS
from ai.local_engine.duty_verbs import verb_opens
from ai.local_engine.evidence import match_requirements
from ai.local_engine.keyword_gaps import keyword_form
from ai.local_engine.outcome_acts import shown_by_act
from ai.local_engine.requirement_model import JobRequirements, Requirement
from ai.local_engine.resume_view import WORK_SECTIONS, Match, ResumeView, best_place, sentence_match
from ai.local_engine.text import STOPWORDS, normalize_phrase, stem, tokenize
from ai.local_engine.vocab import Vocabulary

# Whose a duty's object is, which the resume need not repeat: "Answer customer tickets" is shown by
# "Resolve 60+ tickets and chats a day", "Handle guest complaints" by "complaints".
_WHOSE = frozenset(
    "customer customers client clients patient patients guest guests employee employees".split()
)


# How often a duty is done, which the resume need not repeat: "Deliver daily huddles" is shown by "Run
# pre-shift huddles".
_HOW_OFTEN = frozenset("daily weekly monthly quarterly annual yearly regular routine ongoing".split())
# An acronym is a specific object however short: "PFMEAs", "SOPs", "SOWs", "ADDIE" of "Apply ADDIE".
_PLURAL_ACRONYM_RE = re.compile(r"[A-Z](?:&?[A-Z])+[0-9]*s|[A-Z]{3,}[0-9]*")


# Verbs of replying, whose object alone says the duty ("Answer enquiries" is shown by "reply to enquiries");
# not duty verbs elsewhere, where "Answer client queries" would list "client queries" as a keyword.
_ANSWERING = frozenset({"answer"})
# ... and of writing: "Draft and edit correspondence" is shown by "I draft correspondence" (still listed as
# "edit correspondence" where the resume lacks it: the object alone is too short a keyword).
_WRITING = frozenset({"edit", "draft", "proofread", "compile"})
# ... and of handling papers in turn, a noun too often to be a duty verb elsewhere ("process improvement"):
# "process invoices" is shown by "approve invoices in Yardi", however the posting's reader kinds it.
_HANDLING = frozenset({"process"})


def _plain_object(*, name: str) -> str | None:
    """Return the one specific noun a duty is done to ("endorsements" of "Process endorsements", "tickets" of
    "Answer customer tickets"), or None: a generic or short word ("Process data", "Manage projects") says too
    little to be shown alone."""
    words = name.split()
    if len(words) == 3 and (words[1].lower() in _WHOSE or words[1].lower() in _HOW_OFTEN):
        words = [words[0], words[2]]
    if len(words) != 2 or not (
        verb_opens(word=words[0].lower()) or words[0].lower() in _ANSWERING | _WRITING | _HANDLING
    ):
        return None
    noun = words[1]
    if _PLURAL_ACRONYM_RE.fullmatch(noun):
        return noun
    key = normalize_phrase(text=noun)
    if not noun.isalpha() or not noun.islower() or len(noun) < 6 or key in GENERIC_TERMS or key in STOPWORDS:
        return None
    return noun


def shown_by_object(
    *, job: JobRequirements, missing: Sequence[Match], view: ResumeView, vocabulary: Vocabulary
) -> dict[str, Match]:
    """Return, by requirement id, the unmet duties the resume shows by their object ("weekly schedules" for
    "Build weekly schedules"): each one's match, which the score counts as it counts any other."""
    objects = [
        replace(m.requirement, key=normalize_phrase(text=form))
        for m in missing
        # "Manage schedules", read as a soft skill, is a duty on its object all the same
        if (
            m.requirement.kind == "responsibility"
            or verb_opens(word=m.requirement.name.split()[0].lower())
            or m.requirement.name.split()[0].lower() in _HANDLING
        )
        and (form := _plain_object(name=m.requirement.name) or keyword_form(name=m.requirement.name))
        is not None
        and form != m.requirement.name
    ]
    found = (
        match_requirements(job=replace(job, requirements=tuple(objects)), view=view, vocabulary=vocabulary)
        if objects
        else []
    )
    shown = {m.requirement.id: m for m in found if m.met and not _in_a_name(match=m)}
    for m in missing:  # "scrap reduction" shown by "Cut scrap from 3.1% to 1.4%"
        if m.requirement.id not in shown and (act := shown_by_act(requirement=m.requirement, view=view)):
            shown[m.requirement.id] = act
        elif m.requirement.id not in shown and (same := _same_act(requirement=m.requirement, view=view)):
            shown[m.requirement.id] = same
    for requirement in objects:
        places = [
            (n, i)
            for n, i in (view.index.positions.get(requirement.key, ()) if " " not in requirement.key else ())
            if i == 0 or not _capitalised(word=view.index.tokens[n][i].text)
        ]
        if requirement.id not in shown and places:
            # "huddles" in lower case is the common noun, though a product is called "Huddle"
            _, number, _ = best_place(
                view=view,
                places=[(n, view.index.tokens[n][i].start) for n, i in places],
                asked=requirement.sentence,
            )
            shown[requirement.id] = sentence_match(
                requirement=requirement, view=view, number=number, via="name"
            )
    return shown


def _in_a_name(*, match: Match) -> bool:
    """Return whether a duty's plain object ("sheets" of "Prepare run sheets") is found only as a word of a
    capitalised name in mid-sentence ("Google Sheets", "Microsoft Teams"): a product, not the thing."""
    return (
        " " not in match.requirement.key
        and _capitalised(word=match.matched)
        and not match.evidence.startswith(match.matched)
    )


def _capitalised(*, word: str) -> bool:
    return word[:1].isupper() and word[1:].islower()  # "Sheets", not "PFMEAs"


# How far the duty's object may stand from its verb in the resume's sentence ("Defined activation and
# spend-per-card metrics" for "define success metrics").
_ACT_REACH = 6


def _same_act(*, requirement: Requirement, view: ResumeView) -> Match | None:
    """Return the match of a duty ("define success metrics") by a resume sentence doing the same act on the
    same kind of thing ("Defined activation and spend-per-card metrics"): its verb, then its object's head
    noun a few words on, in the resume's own work."""
    tokens = tokenize(text=requirement.name)
    if (
        requirement.kind != "responsibility"
        or len(tokens) < 3
        or not verb_opens(word=tokens[0].text.lower())
        or tokens[-1].norm in STOPWORDS
    ):
        return None
    verb, head = stem(tokens[0].norm), tokens[-1].norm
    for number, sentence_tokens in enumerate(view.index.tokens):
        if (
            verb not in view.index.sentence_stem_sets[number]
            or view.context(number=number) not in WORK_SECTIONS
        ):
            continue
        norms = [t.norm for t in sentence_tokens]
        for index, token in enumerate(sentence_tokens):
            if stem(token.norm) == verb and head in norms[index + 1 : index + 1 + _ACT_REACH]:
                return sentence_match(requirement=requirement, view=view, number=number, via="act")
    return None
