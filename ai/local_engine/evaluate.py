"""Read a resume against a posting: the requirements, how each is met, relevant years and the sub-scores.

Everything the score rests on, computed once; the streamed analysis (``engine``) and the comparison grid
(``grid``) both read it.
"""

import re
from dataclasses import dataclass

from ai.local_engine.credential_status import LAPSED, LOWER_GRADE, OLDER_VERSION
from ai.local_engine.degree_match import by_alternative_before, by_equivalent_experience
from ai.local_engine.directed_people import act_shown
from ai.local_engine.duty_objects import shown_by_object
from ai.local_engine.evidence import match_requirements
from ai.local_engine.experience import Years, count_years, field_words_of
from ai.local_engine.job import SENIORITY_WORDS
from ai.local_engine.keyword_gaps import is_keyword, listed_gaps
from ai.local_engine.language import LanguageGuess, detect_language
from ai.local_engine.language_evidence import LOWER_LEVEL
from ai.local_engine.list_parts import shown_by_duty
from ai.local_engine.met_alternatives import by_met_alternative
from ai.local_engine.requirement_model import Requirement
from ai.local_engine.requirement_years import credit_years, relevant_sentences
from ai.local_engine.requirements import HARD_KINDS, JobRequirements, read_requirements
from ai.local_engine.resume_facts import LONG_LIST_ITEMS, resume_facts
from ai.local_engine.resume_titles import resume_titles, role_contexts
from ai.local_engine.resume_view import Match, ResumeView, view_resume
from ai.local_engine.role import role_lines, role_score
from ai.local_engine.school_leaving import SCHOOL_LEAVING_KEYS
from ai.local_engine.score import SubScores, compute_sub_scores, own_words_factor, text_similarity
from ai.local_engine.sector_asks import shown_by_sector
from ai.local_engine.semantic import closest_sentences
from ai.local_engine.shown_gaps import in_room, join_listed
from ai.local_engine.skill_levels import LEVEL_NOT_SHOWN, level_short
from ai.local_engine.text import tokenize
from ai.local_engine.vocab import get_vocabulary
from ai.text_normalize import normalize_text

# Kinds read from a phrase of the posting rather than a named thing.
PHRASE_KINDS = frozenset({"hard_skill", "responsibility"})
_KIND_ORDER = {"hard_skill": 0, "tool": 0, "certification": 1, "degree": 2, "language": 3, "soft_skill": 4}


@dataclass(frozen=True, slots=True)
class Evaluation:
    """One resume read against one posting (both texts normalised)."""

    resume_text: str
    job_description: str
    languages: tuple[LanguageGuess, LanguageGuess]
    job: JobRequirements
    view: ResumeView
    matches: tuple[Match, ...]
    missing: tuple[Match, ...]  # most important first
    listed: tuple[Match, ...]  # duties and tentative requirements the resume lacks, shown as keywords
    missing_keywords: tuple[str, ...]
    years: Years
    sub_scores: SubScores


_HELD_SHORT = frozenset({LAPSED, LOWER_GRADE, OLDER_VERSION, LOWER_LEVEL, LEVEL_NOT_SHOWN})


def _one_name_each(requirements: list[Requirement]) -> list[str]:
    """Return the names to list, one per thing asked: "JIRA" (a duty's tool) beside "JIRA or a similar bug
    tracker" (the requirement) is listed once, in its form with the alternatives."""
    widest: dict[str, Requirement] = {}
    for requirement in requirements:
        known = widest.get(requirement.key)
        if known is None or len(requirement.alternative_keys) > len(known.alternative_keys):
            widest[requirement.key] = requirement
    return [r.name for r in requirements if widest[r.key] is r]


def rank(match: Match) -> tuple:
    requirement = match.requirement
    return (-requirement.weight, _KIND_ORDER.get(requirement.kind, 9), requirement.position)


def _degree_shown(*, job: JobRequirements, view: ResumeView, matches: list[Match]) -> int | None:
    """Return the degree level the resume shows for the posting: its highest degree; the level asked where a
    certificate the posting accepts instead is held; 0 (shown) for a school-leaving diploma asked and held, or
    for a trade's schooling where no degree is asked."""
    if job.degree_level is not None and any(m.via == "certificate" and m.met for m in matches):
        return job.degree_level  # "a bachelor's degree or a data analytics certificate"
    if view.degree_level is None and any(m.met and m.requirement.key in SCHOOL_LEAVING_KEYS for m in matches):
        return 0  # "High school diploma or GED" asked, a high school diploma held: no degree is asked
    if job.degree_level is None and view.degree_level is None and _trade_schooling(view=view):
        return 0  # "IUOE apprenticeship (completed 2016)", "Red Seal": a trade's schooling, no degree asked
    return view.degree_level


# A trade's schooling: a served apprenticeship, a Red Seal, trade or vocational school, a vocational award
# (the UK's "Level 3 Diploma in Veterinary Nursing", Australia's "Certificate III", India's ITI certificate).
_TRADE_SCHOOLING_RE = re.compile(
    r"\b(?:apprenticeship|red seal|trade school|vocational|city (?:&|and) guilds|nvq|"
    r"certificate (?:ii|iii|iv)|level \d (?:extended )?diploma|(?-i:ITI))\b",
    re.IGNORECASE,
)


def _trade_schooling(*, view: ResumeView) -> bool:
    """Return whether a line of its own (not a keyword list: stuffing) names a trade's schooling."""
    return any(
        not view.copied[number]
        and not view.keyword_lines[number]
        and _TRADE_SCHOOLING_RE.search(sentence.text)
        for number, sentence in enumerate(view.index.sentences)
    )


def evaluate(*, resume_text: str, job_description: str, semantic: bool = True) -> Evaluation:
    """Return the resume read against the posting: requirements, matches, years and sub-scores.

    Both texts are normalised first; postings and resumes already read are taken from the caches. Without
    ``semantic`` no embedding is computed (matching by words only: a fast first reading).
    """
    vocabulary = get_vocabulary()
    resume_text = normalize_text(text=resume_text)
    job_description = normalize_text(text=job_description)
    languages = (detect_language(text=resume_text), detect_language(text=job_description))
    job = read_requirements(text=job_description)
    view = view_resume(facts=resume_facts(text=resume_text), job=job)
    closest = (
        (lambda requirements: closest_sentences(requirements=requirements, view=view)) if semantic else None
    )
    matches = match_requirements(
        job=job,
        view=view,
        vocabulary=vocabulary,
        semantic=closest,
        resume_language=languages[0].name if languages[0].code != "other" else "",
    )
    # "Advanced Excel" asked, "Excel" held; "supervise students" asked, "Society of Radiographers" close
    matches = [act_shown(match=level_short(match=m, view=view), view=view) for m in matches]
    missing = sorted((m for m in matches if not m.met), key=rank)
    if by_object := shown_by_object(job=job, missing=missing, view=view, vocabulary=vocabulary):
        matches = [by_object.get(m.requirement.id, m) for m in matches]
        missing = [m for m in missing if m.requirement.id not in by_object]
    # "another life sciences company" asked, "a medical device company" the employer
    if by_sector := shown_by_sector(missing=missing, view=view, text=job.posting.text):
        matches = [by_sector.get(m.requirement.id, m) for m in matches]
        missing = [m for m in missing if m.requirement.id not in by_sector]
    # "scoping" of "Coordinate the SOX 404 program: risk assessment and scoping", the resume's "SOX 404"
    if by_duty := shown_by_duty(matches=matches, missing=missing):
        matches = [by_duty.get(m.requirement.id, m) for m in matches]
        missing = [m for m in missing if m.requirement.id not in by_duty]
    # "communication difficulties" kept beside the met "communication skills" it is an alternative of
    if same := {m.requirement.id: f for m in missing if (f := by_met_alternative(match=m, matches=matches))}:
        matches = [same.get(m.requirement.id, m) for m in matches]
        missing = [m for m in missing if m.requirement.id not in same]
    listed = listed_gaps(
        job=job,
        missing=missing,
        # A named tool met in the sentence ("building backend services in Python") leaves its duty asked.
        met_sentences=frozenset(
            m.requirement.sentence for m in matches if m.met and m.requirement.kind in PHRASE_KINDS
        ),
        view=view,
        met_positions=frozenset(m.requirement.position for m in matches if m.met),
        vocabulary=vocabulary,
        semantic=closest,
    )
    # A credential or language held short of the asking keeps its part credit and is listed all the same:
    # "CCNA (2004, lapsed)", "ITIL v3" for "ITIL 4", "German – A2" for "German at C1" (one under way is not:
    # postings often take it).
    short = [
        m.requirement for m in matches if m.met and m.short_of in _HELD_SHORT and is_keyword(m.requirement)
    ]
    missing_keywords = _one_name_each([m.requirement for m in missing if is_keyword(m.requirement)] + short)
    soft = frozenset(m.requirement.name for m in missing if m.requirement.kind == "soft_skill")
    missing_keywords, listed = join_listed(named=missing_keywords, listed=listed, soft=soft)

    title_norms = [t.norm for t in tokenize(text=job.title or "")]
    # The resume's titles, from lines neither copied from the posting nor lists of keywords; in Experience,
    # a line of four or more of the posting's asks alone is its keywords listed, whatever its items read
    # like, never a role's title ("Brazing, Building automation, ACR technician registration").
    titles = resume_titles(
        role_nouns=vocabulary.role_nouns,
        sentences=[
            s.text
            if not (copied or keyword_line or (listed >= LONG_LIST_ITEMS and section == "experience"))
            else ""
            for s, copied, keyword_line, listed, section in zip(
                view.index.sentences,
                view.copied,
                view.keyword_lines,
                view.asked_items,
                view.sections,
                strict=True,
            )
        ],
        sections=view.sections,
    )
    years = count_years(
        # a copied sentence claims the posting's years, not the writer's ("2 years acute care RN experience")
        sentences=[
            s.text if not copied else "" for s, copied in zip(view.index.sentences, view.copied, strict=True)
        ],
        sections=view.sections,
        relevant_sentences=relevant_sentences(matches=matches, view=view)
        | role_lines(
            title=job.title, titles=titles, sections=view.sections, role_nouns=vocabulary.role_nouns
        ),
        field_words=field_words_of(
            title_norms=title_norms, role_nouns=vocabulary.role_nouns, seniority=SENIORITY_WORDS
        ),
        asks_skills=any(m.requirement.kind in HARD_KINDS for m in matches),
        same_line=[
            number > 0 and "\n" not in view.index.text[view.index.sentences[number - 1].end : sentence.start]
            for number, sentence in enumerate(view.index.sentences)
        ],
        # A line of keywords ("React, front-end frameworks, HTML, CSS"), the posting's own, or an item (no
        # sentence, no role's title) naming its asks alone ("• dental office management" below the last role:
        # the posting's words written back) makes no role relevant.
        sentence_words=[
            frozenset()
            if keyword_line or copied or (asked and view.context(number=n) == "list")
            else frozenset(norms)
            for n, (keyword_line, copied, asked, norms) in enumerate(
                zip(view.keyword_lines, view.copied, view.asked_items, view.index.sentence_norms, strict=True)
            )
        ],
    )
    # A degree the posting accepts equivalent experience for is met by the years just counted; one offered as
    # another way to what the sentence asked first ("vocational training as X, or a degree") by that.
    equivalent = {
        m.requirement.id: found
        for m in missing
        if (
            found := by_equivalent_experience(
                match=m, years_relevant=years.relevant, years_asked=job.min_years
            )
            or by_alternative_before(match=m, matches=matches)
        )
    }
    if equivalent:
        matches = [equivalent.get(m.requirement.id, m) for m in matches]
        missing = [m for m in missing if m.requirement.id not in equivalent]
        gone = {m.requirement.name for m in equivalent.values()}
        missing_keywords = [name for name in missing_keywords if name not in gone]
    missing_keywords = in_room(keywords=missing_keywords, soft=soft)
    # "2+ years of running Kubernetes in production": part credit for fewer years in the roles that show it
    matches = credit_years(matches=matches, job=job, view=view, entries=years.entries)
    sub_scores = compute_sub_scores(
        matches=matches,
        # A resume with dated work has said something of its own whatever its words; without, it may be
        # only the posting's phrases written back.
        similarity=text_similarity(job_norms=job.asks_norms, resume_norms=view.prose_norms())
        * (
            1.0
            if years.total
            else own_words_factor(
                job_norms=frozenset(job.norms),
                resume_norms=(norm for norms in view.index.sentence_norms for norm in norms),
            )
        ),
        years_asked=job.min_years,
        years_relevant=years.relevant,
        degree_asked=job.degree_level,
        # "a bachelor's degree or a data analytics certificate": the certificate held stands for the degree
        degree_shown=_degree_shown(job=job, view=view, matches=matches),
        role=role_score(
            title=job.title,
            role_nouns=vocabulary.role_nouns,
            titles=titles,
            # The role's own work sentences: not a list of keywords, nor a line copied from the posting.
            contexts=role_contexts(
                titles=titles,
                sentence_norms=[
                    norms if view.context(number=number) == "experience" else ()
                    for number, norms in enumerate(view.index.sentence_norms)
                ],
                sections=view.sections,
            ),
        ),
        resume_words=sum(len(norms) for norms in view.index.sentence_norms),
        entry_years=job.entry_years,
        no_years_asked=job.no_years_asked,
        years_total=years.professional,
    )
    return Evaluation(
        resume_text=resume_text,
        job_description=job_description,
        languages=languages,
        job=job,
        view=view,
        matches=tuple(matches),
        missing=tuple(missing),
        listed=listed,
        missing_keywords=tuple(missing_keywords),
        years=years,
        sub_scores=sub_scores,
    )
