"""Which requirements a user reads as keywords, and which duties and tentative requirements a recruiter still
lists as gaps, under the words a recruiter screens for.

A posting's duty ("Build weekly schedules", "install lighting controls") and a phrase the extractor was not
sure of ("cycle counts", "classroom management") name a skill when their object is a concrete noun phrase: a
recruiter screens for "weekly schedules" and "lighting controls" as for any skill. A fragment, a proper name,
a verb with a dangling object or a clause ("store managers run") names nothing to screen for.
"""

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from ai.local_engine.candidates import GENERIC_TERMS
from ai.local_engine.directed_people import act_shown
from ai.local_engine.duty_lines import directs_people
from ai.local_engine.duty_nominals import nominal_form
from ai.local_engine.duty_verbs import DUTY_VERBS, TASK_VERBS, verb_opens
from ai.local_engine.employer_sentences import about_us
from ai.local_engine.evidence import match_requirements
from ai.local_engine.gap_credentials import credential_name, held_by_letters, names_credential, role_training
from ai.local_engine.gap_shown import activity_shown, credential_after, example_met
from ai.local_engine.generic_heads import GENERIC_HEADS
from ai.local_engine.levelled_subjects import levelled_subject
from ai.local_engine.listed_items import item_lines, listed_item
from ai.local_engine.outcome_acts import shown_by_act
from ai.local_engine.requirement_model import JobRequirements, Requirement
from ai.local_engine.resume_view import Match, ResumeView
from ai.local_engine.text import STOPWORDS, normalize_phrase, tokenize
from ai.local_engine.vocab import Vocabulary

# Kinds a user reads as a "keyword" in ``missing_keywords``; responsibilities are listed in ``details`` only.
KEYWORD_KINDS = frozenset({"hard_skill", "tool", "certification", "language", "degree", "soft_skill"})
# Nouns a skill phrase ends with ("code review", "web accessibility", "responsive design"); a phrase ending
# in anything else ("tech memes", "long term") is not read as a skill name (general knowledge of job ads).
SKILL_HEADS = frozenset(
    """review accessibility design development testing test management analysis analytic architecture
    engineering integration automation security modeling modelling optimization optimisation pipeline system
    infrastructure deployment monitoring observability networking administration programming scripting
    visualization visualisation research strategy planning prioritization documentation compliance
    governance migration operation support troubleshooting debugging reporting forecasting budgeting
    accounting auditing marketing sale negotiation mentoring leadership communication cms api
    database care therapy internals payable receivable returns prevention""".split()
)
# Adjectives that grade what follows without naming a skill ("new features", "Effective classroom
# management"): the skill is what is left.
_GRADING_ADJECTIVES = frozenset(
    """new high low slow fast good strong excellent effective efficient appropriate relevant related similar
    other different multiple various reliable satisfactory corresponding clear orderly proven solid
    high-quality top-quality world-class outstanding messy large raw""".split()
)
# Heads naming the workplace or its hours, not a skill ("media company", "Atlanta office", "classroom
# environment", "night shift", "on-call rotation", "early mornings").
_WORKPLACE_HEADS = frozenset(
    """environment culture atmosphere workplace setting company organisation organization team office region
    location shift hour rotation weekend morning evening night holiday""".split()
)
# Heads naming an aim, not a skill ("profitability goals", "growth opportunities", "business outcomes").
_AIM_HEADS = frozenset("goal opportunity objective outcome result priority impact".split())
# A listed gap has at least two words and at most this many: longer is a clause, not a name.
MAX_LISTED_WORDS = 4
# Listed gaps join the confident ones up to this many per analysis (the rest stay in ``details``).
MAX_LISTED_GAPS = 5


def is_keyword(requirement: Requirement) -> bool:
    """Return whether a user reads the requirement as a keyword: a named skill, or a short noun phrase
    ("code review", "web accessibility"); a task ("build reusable code") stays in ``details``."""
    if requirement.kind in KEYWORD_KINDS:
        return True
    words = requirement.key.split()
    if len(words) > 2 and words[-1] in GENERIC_HEADS:
        # "loss prevention best practices": the skill is the phrase the generic head closes
        words = words[:-2] if words[-2] == "best" else words[:-1]
    return (
        requirement.kind == "responsibility"
        and 2 <= len(words) <= 3
        and len(words[0]) > 1
        and not words[0].endswith(("ing", "ize", "ise"))
        and words[0] not in TASK_VERBS
        and words[-1] in SKILL_HEADS
    )


def keyword_form(*, name: str) -> str | None:
    """Return what a recruiter screens for in a duty or tentative phrase: the phrase, or the object of the
    verb it opens with ("Build weekly schedules" -> "weekly schedules"); None when it names nothing to
    screen for (one bare word, a proper name, a figure, a clause or a dangling end)."""
    words = name.split()
    verb = ""
    # "supervise student radiographers": people put in one's charge are the duty with its verb, not a skill
    if words and verb_opens(word=words[0].lower()) and not directs_people(text=name):
        verb, words = words[0], words[1:]
    # "reusable code", "testable code": a quality asked of the work (-able, -ible) grades it too.
    while words and (words[0].lower() in _GRADING_ADJECTIVES or words[0].lower().endswith(("able", "ible"))):
        words = words[1:]
    if verb and len(words) == 1:
        return nominal_form(verb=verb, noun=words[0])  # "Administer medications": "medication administration"
    if not 2 <= sum(any(c.isalnum() for c in w) for w in words) <= MAX_LISTED_WORDS:
        return None  # "Scissor lift / boom lift" is four words
    text = " ".join(words)
    tokens = tokenize(text=text)
    if any(t.text[:1].isdigit() for t in tokens):
        return None  # "500+ vehicles", "3x12 hour shifts": a figure, not a skill ("KS3", "S3" are names)
    if levelled_subject(text=text):
        return text  # "A level Mathematics": a subject taught, capitalised as subjects are
    if any(t.text[:1].isupper() and not t.text.isupper() for t in tokens[1:]):
        return None  # "Northwoods Outfitters", "Atlanta office": a name, not a skill
    # "store managers run", "platform team keep": a clause, not a name ("tune-ups", "follow-up calls": a verb
    # joined to its particle by a hyphen is a noun)
    if any(t.text.lower() in DUTY_VERBS and text[t.end : t.end + 1] != "-" for t in tokens[1:]):
        return None
    last = tokens[-1].text.lower()
    if held_by_letters(name=text):
        return text  # "OAVT registered": a credential held, though its last word is a participle
    if last.endswith(("ed", "ly")) or tokens[-1].norm in STOPWORDS:
        return None  # "lessons aligned", "background highly valued": it dangles
    if last.rstrip("s") in _WORKPLACE_HEADS or tokens[-1].norm in _AIM_HEADS:
        return None
    return text


# "keep the store clean", "keep shrink low": what follows is a state to keep, not a thing to know.
_KEEP_BEFORE_RE = re.compile(r"\bkeep(?:s|ing)?\s+(?:the\s+|our\s+|your\s+|a\s+)?$", re.IGNORECASE)


def _asking_sentences(*, job: JobRequirements) -> list[tuple[int, int]]:
    """Return the spans of the posting's sentences that ask something of the candidate: not a heading
    ("Job description"; "Desirable: <what it asks>" is a label, no heading), the perks ("Private medical
    insurance"), the company about itself ("We strive to build trusted long-term partnerships") or any other
    part a listed gap must not come from."""
    asking = {sentence.start for sentence in job.posting.asks()}
    return [
        (sentence.start, sentence.end)
        for sentence, kind in zip(job.posting.sentences, job.posting.kinds, strict=True)
        if sentence.start in asking and kind != "heading" and not about_us(sentence=sentence.text)
    ]


# Heads that only say the work came in projects: "refurbishment projects" is shown by "ran the refurbishment"
# (not "backend services" by "backend").
_PLAIN_HEADS = frozenset("project initiative programme program".split())


def _without_plain_head(*, key: str) -> tuple[str, ...]:
    words = key.split()
    if len(words) >= 2 and words[-1] in _PLAIN_HEADS and not set(words[:-1]) & GENERIC_TERMS:
        return (" ".join(words[:-1]),)
    return ()


# A placement a post of that name shows: a resume's "Software Intern" role is the "software engineering
# internship" asked.
_PLACEMENT_POSTS = {"internship": "intern", "apprenticeship": "apprentice", "traineeship": "trainee"}


def _placement_post(*, key: str) -> tuple[str, ...]:
    post = _PLACEMENT_POSTS.get(key.rsplit(" ", 1)[-1])
    return (post,) if post else ()


def listed_gaps(
    *,
    job: JobRequirements,
    missing: Sequence[Match],
    met_sentences: frozenset[str],
    view: ResumeView,
    met_positions: frozenset[int] = frozenset(),
    vocabulary: Vocabulary,
    semantic: Callable[[list[Requirement]], dict[str, tuple[float, int]]] | None,
) -> tuple[Match, ...]:
    """Return the duties and tentative requirements the resume lacks that a recruiter lists as keywords,
    named by ``keyword_form``, most important first (credentials, duties by weight, then tentative ones in
    reading order).

    ``missing`` are the unmet scored requirements, most important first; ``met_sentences`` the posting
    sentences of the requirements the resume meets. Each one's object is looked for in the resume as well,
    so a resume showing "weekly schedules" is not told it lacks "Build weekly schedules". A listed gap is
    the less certain kind: none is listed from a sentence the resume already meets part of ("blueprints,
    one-line diagrams and panel schedules" for a resume reading blueprints).
    """
    shown = {normalize_phrase(text=m.requirement.name) for m in missing if is_keyword(m.requirement)}
    asking = _asking_sentences(job=job)
    pool = [
        r
        for r in [m.requirement for m in missing if not is_keyword(m.requirement)] + list(job.tentative)
        if any(start <= r.position < end for start, end in asking)
        # "No experience needed - we train you": the duties are what the job teaches, not a gap to list
        and not (job.no_experience_asked and r.kind == "responsibility")
    ]
    credentials: list[Requirement] = []
    forms: list[Requirement] = []
    lines = item_lines(job=job)
    for requirement in pool:
        form = keyword_form(name=requirement.name)
        if form is None or _KEEP_BEFORE_RE.search(
            job.posting.text, max(0, requirement.position - 30), requirement.position
        ):
            continue
        credential = credential_after(requirement=requirement, text=job.posting.text) or role_training(
            requirement=requirement, text=job.posting.text, role_nouns=vocabulary.role_nouns
        )
        held = bool(credential) or held_by_letters(name=form)
        if (
            not held
            and form == requirement.name
            and not directs_people(text=form)  # "Coach junior consultants": a duty line's whole ask
            and not levelled_subject(text=form)  # "to teach A level Mathematics": a subject, asked anywhere
            and not listed_item(requirement=requirement, sentences=job.sentences, lines=lines)
        ):
            continue  # a phrase in running text ("consumer needs", "finished product") is no item asked for
        if requirement.sentence in met_sentences and not held:
            continue  # the resume shows part of what the sentence asks: the rest is detail, not a gap
        if example_met(
            requirement=requirement, text=job.posting.text, met_positions=met_positions, view=view
        ):
            continue  # "paid social (Meta, TikTok)" for a resume running TikTok ads
        key = normalize_phrase(text=form)
        if key in shown or (
            key.rsplit(" ", 1)[-1] in vocabulary.role_nouns
            and not credential
            and not directs_people(text=form)
        ):
            continue  # "assistant store manager": a person to be, said by the title, not a skill to list
        if verb_opens(word=requirement.name.split()[0].lower()) and activity_shown(form=form, view=view):
            continue
        if shown_by_act(requirement=replace(requirement, name=form), view=view):
            continue  # "scrap reduction" for a resume that "Cut scrap from 3.1% to 1.4%"
        shown.add(key)
        # Either name of "Scissor lift / boom lift" shows it, with or without the credential's noun.
        parts = tuple(normalize_phrase(text=part) for part in form.split("/") if len(part.split()) > 1)
        name = f"{form} {credential}" if credential else form
        (credentials if held or names_credential(name=form) else forms).append(
            replace(
                requirement,
                name=name,
                key=normalize_phrase(text=name),
                alternative_keys=(
                    *requirement.alternative_keys,
                    *(parts if "/" in form else (key,)),
                    *_without_plain_head(key=key),
                    *_placement_post(key=key),
                    *credential_name(form=form),
                ),
                asked_as=requirement.name,
            )
        )
    # A credential is screened for before any duty.
    matches = match_requirements(
        job=replace(job, requirements=(*credentials, *forms)),
        view=view,
        vocabulary=vocabulary,
        semantic=semantic,
    )
    matches = [act_shown(match=m, view=view) for m in matches]  # "Society of Radiographers member"
    # ... and is one to the user: "QDNB registered" asked is a certification, not a duty.
    held_ids = {r.id for r in credentials}
    return tuple(
        replace(m, requirement=replace(m.requirement, kind="certification"))
        if m.requirement.id in held_ids
        else m
        for m in matches
        if not m.met
    )[:MAX_LISTED_GAPS]
