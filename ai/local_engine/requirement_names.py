"""What a requirement is called and what kind it is: the posting's own words, or the skill's name when the
words describe the person ("clear communicator" -> "Communication")."""

import re

from ai.local_engine.aliases import CERTIFICATION_CUES
from ai.local_engine.candidates import Candidate
from ai.local_engine.certifications import named_as_credential
from ai.local_engine.coded_names import code_or_standard, coded_name
from ai.local_engine.credential_names import credential_by_name
from ai.local_engine.duty_verbs import DUTY_VERBS
from ai.local_engine.field_experience import field_experience_line
from ai.local_engine.knowing_phrases import knowing_spans, whole_object_of_knowing
from ai.local_engine.list_words import LISTED_WORD
from ai.local_engine.name_forms import is_acronym
from ai.local_engine.named_examples import listed_product, named_tool_spans
from ai.local_engine.people_acts import PEOPLE_ACTS
from ai.local_engine.skill_lists import in_skills_list
from ai.local_engine.vocab import Vocabulary, get_vocabulary
from ai.local_engine.whole_names import bracketed_letters

_KNOWLEDGE_AFTER_RE = re.compile(r"[ \t]+(?:knowledge|proficiency|expertise)\b")


def _asked_as_knowledge(*, candidate: Candidate) -> bool:
    """Return whether the posting asks to know or have experience with the candidate ("Familiarity with
    modern front-end build pipelines", "proficient in HTML, CSS and responsive design") or names it before
    "or similar" ("Gong or similar tools"): a skill."""
    sentence = candidate.sentence
    if _KNOWLEDGE_AFTER_RE.match(sentence.text, candidate.end - sentence.start):
        return True  # "Tariff, import or Incoterms knowledge"
    return whole_object_of_knowing(candidate=candidate) or any(
        start <= candidate.start < end
        for start, end in (*knowing_spans(sentence=sentence), *named_tool_spans(sentence=sentence))
    )


# A trade's "ticket" is a credential when a name leads it ("H2S Alive tickets", "IPAF ticket"); "support
# tickets" in lower case are work.
# ... and a body's qualification named by its letters ("NCTJ qualification", "AAT qualifications")
_NAMED_TICKET_RE = re.compile(r"(?:[A-Z0-9][\w+/&-]*\s+)+tickets?|[A-Z][A-Z0-9&]{1,7}\s+qualifications?")


# "Prepare subcontractor and supplier payment certificates": a duty's verb before documents; not a verb that
# holds or earns a credential ("Maintain current BLS certification": the credential still asked).
_DUTY_NOT_HOLDING = DUTY_VERBS - {"attend", "complete", "keep", "maintain"}

# "Responsibilities: * Legionella sampling and water hygiene certificates": certificates listed among the
# duties are documents the job issues, not credentials held.
_DUTY_SECTIONS = frozenset({"sec=responsibility", "sec=duty"})

_CREDENTIAL_LINE_RE = re.compile(
    r"\b(?:registered|certified|certificates?|certification|licen[cs]ed?|tickets?|qualifications?|NVQ)\b",
    re.I,
)
_SLASHED_ACRONYMS_RE = re.compile(r"[A-Z][A-Z0-9]{1,5}(?:/[A-Z][A-Z0-9]{1,5})+")


# What a credential's process is made of, not a credential held: "console certification requirements".
_PROCESS_HEADS = frozenset("requirements process processes procedures standards testing".split())
# ... nor registrations or clearances handled for others ("Manage student registrations").
_HANDLED_PLURALS = frozenset({"registrations", "clearances"})


def kind_of(*, candidate: Candidate) -> str:
    """Return the kind of requirement a candidate names (hard_skill, tool, soft_skill, ...)."""
    lowered = candidate.text.lower()
    if candidate.category == "soft":
        return "soft_skill"
    if (
        (
            any(cue in lowered for cue in CERTIFICATION_CUES)
            or credential_by_name(text=candidate.text)
            or _NAMED_TICKET_RE.fullmatch(candidate.text)
        )
        and lowered.rsplit(" ", 1)[-1] not in _PROCESS_HEADS | _HANDLED_PLURALS
        and not (" " in lowered and lowered.split(" ", 1)[0] in _DUTY_NOT_HOLDING)  # a duty's documents
        and not (lowered.endswith(" certificates") and not _DUTY_SECTIONS.isdisjoint(candidate.features))
    ):
        return "certification"  # (not "console certification requirements": what a process asks)
    sentence = candidate.sentence
    if code_or_standard(text=candidate.text) and _CREDENTIAL_LINE_RE.search(sentence.text):
        return "certification"  # "Gas Safe registered with CCN1, CKR1 and HTR1": assessments held
    if named_as_credential(
        text=sentence.text, start=candidate.start - sentence.start, end=candidate.end - sentence.start
    ):
        return "certification"  # "credentialed as an RVT"
    if candidate.category == "language":
        return "language"
    if listed_product(candidate=candidate, vocabulary=get_vocabulary()):
        return "tool"  # "Tally Prime and MS Excel": a product listed with a known one
    if candidate.category == "phrase":
        # An acronym the vocabulary does not know names a body of knowledge ("IFRS", "HIPAA"), not a duty;
        # so does what a posting asks to know or have experience with.
        known = (
            is_acronym(text=candidate.text)
            or coded_name(text=candidate.text)  # "KS3", "T4": a name written as a code
            or bracketed_letters(text=candidate.text)  # "IR(ME)R": a regulation's letters
            or _SLASHED_ACRONYMS_RE.fullmatch(candidate.text) is not None  # "TCP/IP", "NEFT/RTGS"
            or _asked_as_knowledge(candidate=candidate)
            # "Key Skills: Business Analysis, BRD, User Stories, ...": a list of skills names skills
            or in_skills_list(candidate=candidate)
            or LISTED_WORD in candidate.features  # "automated tests and documentation": listed beside skills
            # "• Manufacturing experience": the field experience is asked of
            or field_experience_line(
                text=sentence.text, start=candidate.start - sentence.start, end=candidate.end - sentence.start
            )
        )
        return "hard_skill" if known else "responsibility"
    return "tool" if candidate.category == "tool" else "hard_skill"


_NOUN_ENDINGS = (
    "tion", "sion", "ment", "ship", "ness", "ty", "teamwork", "ing", "skill", "skills", "ism", "ance",
    "ence",
)  # fmt: skip
_SKILL_VERBS = ("demonstrate ", "show ", "display ", "exhibit ")


def _names_a_skill(*, text: str) -> bool:
    words = text.lower().split()
    return words[0].endswith(_NOUN_ENDINGS) or words[-1].endswith(_NOUN_ENDINGS)


def _gerund_of_name(*, head: Candidate, vocabulary: Vocabulary) -> bool:
    """Return whether the posting's word is one "-ing" form of the skill's name ("communicating" for
    Communication, "collaborating" for Collaboration): the skill goes by its name."""
    word = head.text.lower()
    name = vocabulary.concepts[head.concept_id].name.lower()
    return " " not in word and word.endswith("ing") and word != name and name.startswith(word[:-3][:6])


def soft_skill_name(*, head: Candidate, vocabulary: Vocabulary) -> str:
    """Return the name a soft skill goes by: the posting's words when they name the skill ("verbal
    communication", "teamwork"); when they describe the person or an act ("clear communicator", "be curious",
    "work in a team", "cross-functional"), the skill's own name ("Communication", "curiosity", "Teamwork")."""
    if head.concept_id is None:
        return head.text
    for skill, (pattern, _) in PEOPLE_ACTS.items():
        if pattern.fullmatch(head.text):
            # "work with product managers and data scientists", "leading engineers", "Working closely with
            # category managers" (an "-ing" act, not the skill's name)
            return skill
    if _names_a_skill(text=head.text) and not _gerund_of_name(head=head, vocabulary=vocabulary):
        return head.text
    name = vocabulary.concepts[head.concept_id].name
    for verb in _SKILL_VERBS:
        if name.lower().startswith(verb):
            name = name[len(verb) :]
    return name if _names_a_skill(text=name) else head.text


def join_names(*, names: list[str]) -> str:
    names = list(dict.fromkeys(names))
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]
