"""What can never be a requirement: masked text (addresses, companies, places), generic words, fragments."""

import re

from ai.local_engine.aliases import CREDENTIAL_TITLE_WORDS, DEGREE_INITIALS_OF_TRADES, DEGREE_LEVELS
from ai.local_engine.candidates import GENERIC_TERMS, Candidate
from ai.local_engine.coded_names import code_asked
from ai.local_engine.colleagues import names_people
from ai.local_engine.degree_levels import degree_levels_of
from ai.local_engine.duty_lines import directs_people
from ai.local_engine.field_experience import field_experience_line
from ai.local_engine.job_conditions import names_when_worked
from ai.local_engine.knowing_phrases import knowing_spans, known_field_asked, whole_object_of_knowing
from ai.local_engine.label_words import label_word, listed_letter, shouted_word
from ai.local_engine.list_words import listed_word, titled_list_word
from ai.local_engine.name_forms import is_acronym, is_named
from ai.local_engine.named_examples import named_tool_spans, or_known_tool
from ai.local_engine.organisation_names import NAME_BEFORE_RE, inside_organisation_name, inside_unit_name
from ai.local_engine.posting import Posting
from ai.local_engine.skill_lists import in_skills_list
from ai.local_engine.text import STOPWORDS, normalize_token, normalized_words
from ai.local_engine.title_grades import is_title_grade
from ai.local_engine.vocab import everyday_words, get_vocabulary
from ai.local_engine.whole_names import WHOLE_NAME

# A fragment that starts or ends with one of these words is not a requirement ("using common").
_DANGLING = normalized_words(
    words="""using use utilizing utilising leveraging via including include such like within across based
    ensure ensuring make making get getting take taking help helping new common various other different
    future maximum minimum successful related relevant similar etc able equivalent practical end toward
    towards existing""".split()
)
DEGREE_WORDS = normalized_words(words=("degree", "diploma"))
_REPORTING = normalized_words(words=("reporting", "report", "reports"))
_REPORTING_TO_RE = re.compile(r"\s+(?:directly\s+)?(?:in)?to\s*:?\s+(?:the|our|a|an|[A-Z])")
_AVAILABILITY = normalized_words(
    words=("flexibility", "flexible", "availability", "available", "willingness", "willing")
)
# "Flexibility to work nights, weekends and holidays": when the job is worked, not the skill of adapting.
_WORK_HOURS_RE = re.compile(
    r"\s+(?:to\s+work|to\s+cover|with|for)\b[^.;\n]{0,40}?\b(?:nights?|weekends?|holidays?|evenings?|"
    r"overtime|shifts?|hours|schedules?|on[- ]call)\b",
    re.IGNORECASE,
)


# The kind of employer where experience was gained ("in a law firm or corporate legal department", "in a large
# global company"): asked with the experience, never a keyword of its own. Not "in a startup environment",
# "in a rapidly changing setting": SkillSpan train/dev annotate those as skills (adapting to change).
_SETTING_NOUNS = normalized_words(
    words="""firm department office company agency organisation organization facility workplace
    practice contractor consultancy setting""".split()
)
# "as a QS with a main contractor": the kind of employer, after "with" too.
_IN_A_RE = re.compile(
    r"\b(?:in|within|at|from|with)\s+(?:a|an|the|any)\s+(?:[\w-]+\s+)?(?:[\w-]+\s+(?:or|and)\s+)?$", re.I
)


# The terms of a contract: how long, how much of the week ("Permanent, full time or part time considered").
_CONTRACT_TERMS = normalized_words(
    words="""permanent temporary temp full part time full-time part-time fixed term fixed-term open-ended
    casual seasonal considered contract hours""".split()
)


_AUDIENCES = frozenset({"audience", "audiences", "stakeholder", "stakeholders"})
_FROM_BEFORE_RE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
# A lower-case word right after a candidate, in the same phrase ("electronic [patient] care reports").
_PLAIN_WORD_AFTER_RE = re.compile(r"[ \t]+[a-z]{3,}")


# "Enrolled Agent (EA)": two letters a credential's title spells, in brackets after it.
_HELD_PAIR_BEFORE_RE = re.compile(rf"\b(?:{'|'.join(CREDENTIAL_TITLE_WORDS)})\s+[A-Z][\w'-]*\s*\($")


def _held_pair(*, candidate: Candidate, text: str) -> bool:
    return (
        len(candidate.text) == 2
        and candidate.text.isupper()
        and _HELD_PAIR_BEFORE_RE.search(text, max(0, candidate.start - 40), candidate.start) is not None
    )


# (and regions of the world: "Finance Manager, APAC", "EMEA sales")
_COUNTRIES = frozenset(
    {"UK", "US", "USA", "U.S.", "EU", "UAE", "GB", "NZ", "APAC", "EMEA", "LATAM", "ANZ", "DACH"}
)
_ACCREDITED_RE = re.compile(
    r"\w-accredited\b|\b[A-Z]{2,}\s+accredited\b|\baccredited\s+(?:school|program|programme|college)"
)


_KNOWING_AFTER_RE = re.compile(r"[ \t]+(knowledge|experience|proficiency|expertise)\b")


def _named_object_of_knowing(*, candidate: Candidate, tokens: list[str]) -> bool:
    """Return whether an unknown candidate is a name (every word capitalised, at most three) standing in what
    a sentence asks to know or have experience with, or listed before "or similar": a product or a body of
    rules, not a company or a place (the posting's own names are junk before this)."""
    if len(tokens) > 3 or not all(t[:1].isupper() for t in tokens):
        return False
    sentence = candidate.sentence
    if any(start <= candidate.start < end for start, end in named_tool_spans(sentence=sentence)):
        return True  # "Gong or similar", "Challenger or similar": a name there even if also a word
    if or_known_tool(candidate=candidate, vocabulary=get_vocabulary()):
        return True  # "MS Project or Asta Powerproject": the other product offered
    after = _KNOWING_AFTER_RE.match(sentence.text, candidate.end - sentence.start)
    if after is not None and (
        len(tokens) > 1 or (after.group(1) == "knowledge" and candidate.text.lower() not in everyday_words())
    ):
        return True  # "Gift Aid knowledge", "Incoterms knowledge": the name is what is known
    return candidate.text.lower() not in everyday_words() and any(
        start <= candidate.start < end for start, end in knowing_spans(sentence=sentence)
    )


# A hyphen joining the candidate's last word to a particle: "bring-up", "roll-out" (not "DSM-5": the DSM).
_NOUN_AFTER_RE = re.compile(r"[ \t]+[A-Za-z]")  # "Instructional Designer": an adjective before its noun
_PIECE_BEFORE_HYPHEN_RE = re.compile(r"-(?:up|out|off|down|over|back|through)\b")
_KEPT_STATES = frozenset("safe clean tidy organized organised secure stocked".split())
_KEEP_BEFORE_RE = re.compile(
    r"\b(?:keep|keeps|keeping|kept|make|makes|leave|leaves)\s+(?:(?:the|a|an|our|your|all|each|every)\s+)?$",
    re.IGNORECASE,
)


def is_junk(*, candidate: Candidate, posting: Posting) -> bool:
    """Return whether a candidate can never be a requirement: masked, a name, generic or a fragment."""
    if posting.is_masked(start=candidate.start, end=candidate.end) or is_title_grade(
        candidate=candidate, posting=posting
    ):
        return True
    if WHOLE_NAME in candidate.features:
        return False  # "Highways Act 1980", "IATF 16949": a name the posting gives whole (``whole_names``)
    words = candidate.key.split()
    if (
        not any(ch.isalpha() for ch in candidate.key)
        or (len(candidate.key) < 2 and not listed_letter(candidate=candidate, text=posting.text))
        or candidate.text in _COUNTRIES
    ):
        return True  # "UK payroll legislation": where, not what
    start = candidate.start
    if _AMPERSAND_BEFORE_RE.search(posting.text, max(0, start - 2), start) or _AMPERSAND_AFTER_RE.match(
        posting.text, candidate.end
    ):
        return True  # "IDs" of "P&IDs", "FP" of "FP&A": a piece of a name written with an ampersand
    if _PIECE_BEFORE_HYPHEN_RE.match(posting.text, candidate.end):
        return True  # "hardware bring" of "bring-up", "roll" of "roll-out": a piece of a hyphenated word
    if words[-1] in _KEPT_STATES and _KEEP_BEFORE_RE.search(posting.text, max(0, start - 30), start):
        return True  # "keep every flight safe", "Keep the fitness floor clean": a state kept, not a skill
    sentence_text = candidate.sentence.text
    if _ACCREDITED_RE.search(candidate.text) and (
        "degree" in sentence_text.lower() or degree_levels_of(text=sentence_text)
    ):
        return True  # "PharmD from an ACPE-accredited school": where the degree comes from, read with it
    content = [w for w in words if w not in STOPWORDS]
    # plain words that say something together: "work in a team", "knowledge of software design"
    named = (candidate.category == "soft" and len(content) > 1) or known_field_asked(candidate=candidate)
    if not content or (all(w in GENERIC_TERMS for w in content) and not named):
        return True
    if all(w in posting.name_words for w in content):
        return True
    last = candidate.text.rsplit(" ", 1)[-1]
    if (
        last.islower()
        and last.endswith("s")
        and normalize_token(raw=last) in get_vocabulary().role_nouns
        and not directs_people(text=candidate.text)  # "supervise student radiographers": a duty asked
    ):
        return True  # "with site managers", "plant engineers": people to work with, not a skill or tool
    if last.lower() in _AUDIENCES:
        return True  # "present to non-technical audiences", "clinical stakeholders": whom the work is for
    if _is_field_label(candidate=candidate, text=posting.text) or label_word(
        candidate=candidate, text=posting.text
    ):
        return True  # "Work schedule: Full-time", "Essential: Registered Nurse": a form's label
    if inside_organisation_name(candidate=candidate, text=posting.text) or inside_unit_name(
        candidate=candidate, text=posting.text
    ):
        return True  # "National Archival Records Service", "School of Earth and Environmental Sciences"
    if candidate.text in ("Act", "Law") and NAME_BEFORE_RE.search(
        posting.text, max(0, candidate.start - 40), candidate.start
    ):
        return True  # "the Rehabilitation of Offenders Act 1974", "Natasha's Law": a law's name, not a tool
    if _LAW_AFTER_RE.match(posting.text, candidate.end) and candidate.text[:1].isupper():
        return True  # "Natasha's" of "Natasha's Law": a piece of the law's name
    if names_when_worked(candidate=candidate, text=posting.text):
        return True  # "8am-5pm CT", "2nd Shift", "drug screen": when the job is worked or who may be hired
    if candidate.text.lower() == "scratch" and _FROM_BEFORE_RE.search(
        posting.text, max(0, candidate.start - 8), candidate.start
    ):
        return True  # "build our design system from scratch": an idiom, not the Scratch language
    if (
        len(words) == 1
        and candidate.key.endswith(("ical", "ional"))
        and (candidate.text.islower() or _NOUN_AFTER_RE.match(posting.text, candidate.end))
    ):
        return True  # "clear, analytical reports", "instructional design methodologies": an adjective
    if (
        len(words) == 1
        and candidate.text.islower()
        and candidate.text.endswith("ic")
        and (after := _PLAIN_WORD_AFTER_RE.match(posting.text, candidate.end)) is not None
        and after.group().strip() not in STOPWORDS
    ):
        return True  # "accurate electronic patient care reports": an adjective before what it describes
    if candidate.text in _EDITIONS and NAME_BEFORE_RE.search(
        posting.text, max(0, candidate.start - 40), candidate.start
    ):
        return True  # "Adobe Acrobat Pro", "Visual Studio Enterprise": the edition of the tool before it
    if shouted_word(candidate=candidate, text=posting.text):
        return True  # "CHEF DE PARTIE – THE GRANARY": a job's title in capitals, not the tool Chef
    if names_people(candidate=candidate, text=posting.text):
        return True  # "meet our PM", "with Sales Representatives", "the accounting team": colleagues
    if (
        content == words[-1:]
        and words[-1] in _REPORTING
        and _REPORTING_TO_RE.match(posting.text, candidate.end)
    ):
        return True  # "Reporting to the CEO": a line of command ("status reporting to the PMO" is a duty)
    if set(words) <= _AVAILABILITY and _WORK_HOURS_RE.match(posting.text, candidate.end):
        return True  # "Flexibility to work weekends": a condition of the job, judged in the details
    if set(content) <= _CONTRACT_TERMS:
        return True  # "full time or part time considered", "permanent": the contract's terms, not a skill
    if (
        words[0] in DEGREE_WORDS
        or words[-1] in DEGREE_WORDS
        or (candidate.key in DEGREE_LEVELS and candidate.key not in DEGREE_INITIALS_OF_TRADES)
        or (len(words) > 1 and all(w in DEGREE_LEVELS for w in words))  # "BS/MS", "B.E/B.Tech"
        # "MBA Marketing", "BSc Nursing": a degree in its field, read by the degree's builder
        or (
            candidate.concept_id is None
            and words[0] in DEGREE_LEVELS
            and bool(degree_levels_of(text=candidate.text))
        )
    ):
        return True  # degrees are read by level
    if candidate.concept_id is None:
        tokens = candidate.text.split()
        acronym = (  # ... or a name written as a code ("8D", "CCN1")
            is_acronym(text=candidate.text)
            or _held_pair(candidate=candidate, text=posting.text)
            or code_asked(text=posting.text, start=candidate.start, end=candidate.end)
        )
        if _named_object_of_knowing(candidate=candidate, tokens=tokens):
            return (
                False  # "Knowledge of Incoterms", "Familiarity with Westlaw or Lexis": a named thing to know
            )
        if words[-1] in _SETTING_NOUNS and _IN_A_RE.search(
            posting.text, max(0, candidate.start - 40), candidate.start
        ):
            return True  # "experience in a law firm or corporate legal department": where, not what
        # All a line asks experience of ("• Manufacturing experience") is the field asked.
        field = field_experience_line(text=posting.text, start=candidate.start, end=candidate.end)
        if not field and (
            words[0] in _DANGLING
            or words[-1] in _DANGLING
            or (
                len(content) < 2
                and not acronym
                and not whole_object_of_knowing(candidate=candidate)
                and not listed_word(candidate=candidate, text=posting.text, vocabulary=get_vocabulary())
            )
        ):
            # A lone word the vocabulary does not know is too vague to screen for; an acronym is a name
            # ("IFRS", "HIPAA") the extractor still has to accept.
            return True
        # A run of capitalised words the vocabulary does not know is a name: a company, a place, a person.
        if (
            not field
            and not in_skills_list(candidate=candidate, text=posting.text)
            and not titled_list_word(candidate=candidate, text=posting.text, vocabulary=get_vocabulary())
            and all(t[:1].isupper() and (t[1:].islower() or not t[1:]) for t in tokens)
        ):
            return True
    return False


_AMPERSAND_BEFORE_RE = re.compile(r"\w&$")  # joined by "&" to a word before or after it, no spaces
_AMPERSAND_AFTER_RE = re.compile(r"&\w")
_LAW_AFTER_RE = re.compile(r"[ \t]+(?:Law|Act)\b")
_EDITIONS = frozenset({"Pro", "Professional", "Premium", "Enterprise", "Standard", "Lite", "Ultimate"})


_LABEL_START_RE = re.compile(r"(?:^|[|•\n])[ \t]*(?:[A-Z][a-z]*[ \t]+)?$")
# A field's value is a few words ("Full-time", "occasional, up to 10%"); a sentence after the colon explains
# what the words before it ask ("Clear written communication: we are remote-first and write things down").
_FIELD_VALUE_RE = re.compile(r":[ \t]*(?:[^\s|]+[ \t]+){0,5}[^\s|]*[ \t]*(?:$|\|)", re.MULTILINE)


def _is_field_label(*, candidate: Candidate, text: str) -> bool:
    """Return whether a lower-case candidate labels a "Label: value" field at a line's start or after a "|"
    ("Work schedule: Full-time | Travel required: ..."); a named one ("Python: 3 years") does not, nor one
    followed by a sentence."""
    if is_named(text=candidate.text) or not _FIELD_VALUE_RE.match(text, candidate.end):
        return False
    return _LABEL_START_RE.search(text, max(0, candidate.start - 30), candidate.start) is not None
