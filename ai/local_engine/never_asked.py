"""Candidates that are no requirement however sure the extractor is: junk, words inside a named
certification, a soft word describing the employer, the workplace or what the job gives, the post's title
line and its place, the clients' industries, a word used in a sense that asks nothing ("strategic
initiatives", "the Danish office", "Network Rail")."""

import re

from ai.local_engine.board_lines import board_classification, in_board_field
from ai.local_engine.candidates import Candidate
from ai.local_engine.certifications import named_as_credential
from ai.local_engine.colleagues import team_worked_with
from ai.local_engine.coordinated_modifiers import shared_modifier
from ai.local_engine.cue_gates import case_blind, holds_any
from ai.local_engine.cut_phrases import cut_short
from ai.local_engine.employer_sentences import about_us, employer_business, in_employer_apposition
from ai.local_engine.junk import is_junk
from ai.local_engine.language_asks import communication_in_languages
from ai.local_engine.listed_products import listed_with_a_tool
from ai.local_engine.name_forms import is_acronym
from ai.local_engine.offered_growth import growth_offered
from ai.local_engine.organisation_names import extends_employer_name, names_a_unit, names_unit_line
from ai.local_engine.other_meanings import other_meaning
from ai.local_engine.posting import Posting
from ai.local_engine.posting_cues import FIELD_HEADING_RE
from ai.local_engine.posting_remarks import posting_remark
from ai.local_engine.signature_lines import in_signature
from ai.local_engine.soft_adjectives import describes_a_thing, trait_of_others
from ai.local_engine.spelled_acronyms import spelled_out
from ai.local_engine.text import Sentence, normalize_phrase
from ai.local_engine.unasked_contexts import unasked_context
from ai.local_engine.vocab import Vocabulary, everyday_words
from ai.local_engine.word_uses import (
    clients_industry,
    owned_device,
    singular_of_a_plural_name,
    used_in_other_sense,
)

# What precedes a word for a person ("mentor", "coach") given to the new hire rather than asked of them.
_GIVEN_PERSON_RE = re.compile(r"\b(?:with|by|from)\s+(?:a|an|your|our)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# "We value kindness, curiosity and shipping": the employer's values, no requirement of any kind.
_VALUES_RE = re.compile(
    r"^[\W\d]*(?:we|our\s+(?:team|people|culture))\s+(?:really\s+|deeply\s+|truly\s+)?"
    r"(?:value|believe\s+in|care\s+(?:deeply\s+)?about|love|celebrate|prize|champion|cherish|embrace)\b",
    re.IGNORECASE,
)
# "we give ownership and freedom", "giving you full ownership", "You have the ownership", "we offer
# autonomy": what the job gives, not a skill asked (SkillSpan train: none of these is annotated).
_GIVEN_BEFORE_RE = re.compile(
    r"\b(?:give|gives|giving|given|offer|offers|offering|provide|provides|get|gets|enjoy|enjoys|have\s+the|"
    r"has\s+the)\s+(?:you\s+)?(?:and\s+your\s+team\s+)?(?:full\s+|real\s+|a\s+lot\s+of\s+|lots\s+of\s+|"
    r"plenty\s+of\s+|the\s+)?$",
    re.IGNORECASE,
)
_GIVABLE = frozenset(
    {"ownership", "autonomy", "freedom", "flexibility", "independence", "trust", "mentorship"}
)
# "QBRs with clinic leadership", "present to senior leadership", "dashboards for sales and service
# leadership": the leaders, people met, not the skill.
_LEADERS_BEFORE_RE = re.compile(
    r"\b(?:with|to|for|from|by|across)\s+(?:the\s+|our\s+|its\s+|their\s+)?(?:(?:[\w-]+\s+){1,2}(?:and|&)\s+)?"
    r"(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


# What follows a soft word that describes the workplace rather than the candidate: "a collaborative
# environment", "a cross-functional team", "creative freedom" (real postings: SkillSpan train, where none of
# these is annotated as a skill asked for). "a collaborative team player" is the candidate.
_WORKPLACE_AFTER_RE = re.compile(
    r"(?:[\s,]+(?:and\s+)?[a-z][\w-]*){0,2}?\s+(?:environments?|culture|atmosphere|workplace|setting|freedom|"
    r"company|organi[sz]ation|teams?(?!\s*-?\s*players?))\b",
    re.IGNORECASE,
)


# Shorthand a chat-style posting writes: "w/" for "with", a figure of years ("3+ yrs").
_SHORTHAND_RE = re.compile(r"(?<!\w)w/(?!\w)|\b\d+\+?\s*(?:yrs?|years?)\b", re.IGNORECASE)
# A word for an unnamed person or thing ("someone", "anything"): a phrase holding one is cut from a clause.
_SOMEONE_RE = re.compile(r"\b(?:some|any|every|no)(?:one|body|thing)\b", re.IGNORECASE)
# Adverbs of degree or time, in lower case ("FAR analysis" is a name): a phrase that opens or ends with one is
# cut from a clause ("low latency much like a bank's", "soon thereafter"); and so is one opening with a
# pointing word ("this area"), what it points to being named elsewhere.
_ADVERBS = frozenset("much far even already thereafter soon".split())
_POINTING = frozenset("this these that those".split())


def _cut_at_a_small_word(*, candidate: Candidate) -> bool:
    words = candidate.text.split()
    return (
        candidate.concept_id is None
        and len(words) > 1
        and (words[0] in _ADVERBS or words[-1] in _ADVERBS or words[0].lower() in _POINTING)
    )


# A sum the job handles, named as a figure: "$1.2M ARR" of "(quota ~$1.2M ARR)" (not "3M encoder": a maker).
_MONEY_FIGURE_RE = re.compile(
    r"~?[$€£]\d[\d.,]*\s*(?:[kKmMbB]|mm|MM|bn)\b|"
    r"~?\d[\d.,]*\s*(?:[kKmMbB]|mm|MM|bn)\s+(?:ARR|MRR|ACV|TCV|GMV|AUM|revenue|budget|quota|pipeline|sales)\b"
)
_TITLE_LINE_WORDS = 16
_FIELD_HEADING_MAX = 40  # characters: "License/Certification:" and its like are short
_JOIN_US_RE = re.compile(r"\W*join\s+(?:us|our)\b", re.IGNORECASE)
# What the employer hands over, said before it in the same clause: "we provide gauges, vacuum pumps and ...",
# "company supplies power tools".
_WE_PROVIDE_RE = re.compile(
    r"\b(?:we(?:['’]ll| will)?\s+(?:provide|supply|furnish)|(?:the\s+)?(?:company|employer)\s+"
    r"(?:provides|supplies|furnishes))\b[^;.:]*$",
    re.IGNORECASE,
)
# One of which every match of _WE_PROVIDE_RE holds (most sentences have none).
_PROVIDE_VERBS = ("provide", "suppl", "furnish")
# A posting's section names: "PERSON SPECIFICATION", "Job profile", "ESSENTIAL DUTIES", "Main duties".
_SECTION_NAME_RE = re.compile(
    r"\W*(?:(?:person|job|role)\s+(?:specification|spec|profile|summary|purpose)|"
    # "ESSENTIAL DUTIES", "Essential criteria", "Key responsibilities", "Duties and responsibilities"
    r"(?:essential|desirable|key|main|principal)\s+(?:duties|criteria|functions|responsibilities)"
    r"(?:\s+(?:and|&)\s+responsibilities)?|duties\s+(?:and|&)\s+responsibilities)\W*",
    re.IGNORECASE,
)


def never_asked(
    *,
    candidate: Candidate,
    posting: Posting,
    certificates: list[tuple[int, int, Sentence]],
    vocabulary: Vocabulary,
) -> bool:
    """Return whether a candidate is no requirement however sure the extractor is: junk, inside a named
    certification, or a soft word that describes the employer, the workplace or what the job provides."""
    # Each reading is one more "or": the junk rules, which turn away most candidates turned away at all (some
    # half of all), go first and spare those the thirty readings of their context.
    return _junk_or_certified(
        candidate=candidate, posting=posting, certificates=certificates, vocabulary=vocabulary
    ) or _said_of_something_else(candidate=candidate, posting=posting, vocabulary=vocabulary)


def _said_of_something_else(*, candidate: Candidate, posting: Posting, vocabulary: Vocabulary) -> bool:
    before = candidate.start - candidate.sentence.start
    if holds_any(
        words=_PROVIDE_VERBS, lower=case_blind(candidate.sentence.text[:before])
    ) and _WE_PROVIDE_RE.search(candidate.sentence.text, 0, before):
        return True  # "Your own hand tools; we provide gauges and vacuum pumps": given, not asked
    if board_classification(sentence=candidate.sentence, posting=posting) or in_board_field(
        start=candidate.start, end=candidate.end, text=posting.text, sentence=candidate.sentence
    ):
        return True  # "Construction Management (Construction)" beside "Full time", "Role: DBA": filing
    if _SECTION_NAME_RE.fullmatch(candidate.sentence.text):
        return True  # "PERSON SPECIFICATION": the heading of what is asked, not an ask
    if in_signature(text=posting.text, start=candidate.start):
        return True  # "Jane Smith / Talent Acquisition Partner": the recruiter who signs the posting
    if in_employer_apposition(
        sentence=candidate.sentence.text, start=candidate.start - candidate.sentence.start
    ):
        return True  # "Delta Crest Ltd, a member of NCDMB's Joint Qualification System, is recruiting"
    if (candidate.category == "soft" and about_us(sentence=candidate.sentence.text)) or employer_business(
        sentence=candidate.sentence.text
    ):
        return True  # "We value collaboration", "our platform serves banks": the employer, not an ask
    if growth_offered(candidate=candidate):
        return True  # "We encourage professional growth and career development": given to the hire
    if len(candidate.sentence.text) < _FIELD_HEADING_MAX and FIELD_HEADING_RE.match(
        candidate.sentence.text.strip()
    ):
        return True  # "License/Certification:": a job board's field, the credentials are on the lines below
    if other_meaning(candidate=candidate, text=posting.text):
        return True  # "(NYSE: RIG)", "Thu–Sun nights", "North or South Carolina", "Engineer of Record"
    if candidate.category == "phrase" and (
        _SHORTHAND_RE.search(candidate.text) or _MONEY_FIGURE_RE.match(candidate.text)
    ):
        return True  # "dev w/ 3+ yrs" of "a react dev w/ 3+ yrs exp", "$1.2M ARR" of a quota: no skill
    if candidate.category == "phrase" and _SOMEONE_RE.search(candidate.text):
        return True  # "1.5 seconds somebody shares": words of a clause about someone, no thing named
    if _cut_at_a_small_word(candidate=candidate) or shared_modifier(candidate=candidate, text=posting.text):
        return True  # "low latency much", "this area", "clinical" of "clinical and leadership experience"
    if names_a_unit(candidate=candidate) or names_unit_line(sentence_text=candidate.sentence.text):
        return True  # "Society research cluster": a unit of the employer
    if extends_employer_name(candidate=candidate, text=posting.text, name_words=posting.name_words):
        return True  # "Creative" of "Parallax Creative", where "Parallax is a B2B agency" names the employer
    if candidate.category == "phrase" and cut_short(
        text=posting.text, phrase=candidate.text, end=candidate.end
    ):
        return True  # "test embedded" of "test embedded C firmware": the noun is read apart
    if team_worked_with(candidate=candidate, text=posting.text):
        return True  # "Partner with design, engineering and data science": the teams worked with
    if communication_in_languages(candidate=candidate, text=posting.text, vocabulary=vocabulary):
        return True  # "Good communication in English, Hindi and Marathi": the languages are asked
    first = posting.sentences[0]
    if (
        candidate.category == "phrase"
        and candidate.sentence.start == first.start
        and first.text.count(" ") < _TITLE_LINE_WORDS
        and not is_acronym(text=candidate.text)
    ):
        return True  # "QA Tester - 12-month contract - Guildford": the title line names the job, asks no duty
    if (
        candidate.category == "phrase"
        and not is_acronym(text=candidate.text)
        and _after_a_titles_dash(candidate=candidate, role_nouns=vocabulary.role_nouns)
    ):
        return True  # "Audiologist – Barrie and Orillia clinics" below a blurb: where the job is, no duty
    if candidate.category == "phrase" and posting_remark(
        text=candidate.text, after=posting.text[candidate.end : candidate.end + 3]
    ):
        return True  # "bootcamps welcome", "internships count", "B2 level": said of what is asked, no ask
    if candidate.category == "phrase" and _JOIN_US_RE.match(candidate.sentence.text):
        return True  # "Join our clinic team and help children with autism build ...": the pitch, not a duty
    if _VALUES_RE.match(candidate.sentence.text) and about_us(sentence=candidate.sentence.text):
        return True  # "We value kindness, curiosity and shipping": values, not a tool named
    if candidate.category == "soft" and _GIVEN_PERSON_RE.search(
        posting.text, max(0, candidate.start - 40), candidate.start
    ):
        return True  # "induction with a dedicated mentor": a person the job provides, not a skill asked
    if (
        candidate.key in {"leadership", "ownership"}
        and _LEADERS_BEFORE_RE.search(posting.text, max(0, candidate.start - 45), candidate.start)
        and not re.match(
            r"\s+(?:skills?|experience|abilit\w*|qualit\w*|role|position|of)\b", posting.text[candidate.end :]
        )
    ):
        return True  # "QBRs with clinic leadership", "report variances to ownership": people met, no skill
    if candidate.key in _GIVABLE and _GIVEN_BEFORE_RE.search(
        posting.text, max(0, candidate.start - 40), candidate.start
    ):
        return True  # "giving you full ownership": what the job gives
    if candidate.category == "soft" and _WORKPLACE_AFTER_RE.match(posting.text, candidate.end):
        return True  # "in a collaborative environment": the workplace described, not a skill asked
    if candidate.category == "soft" and describes_a_thing(
        word=candidate.text, text=posting.text, end=candidate.end
    ):
        return True  # "our customer-facing analytics": a product described, not a skill asked
    if trait_of_others(candidate=candidate, text=posting.text):
        return True  # "live independently", "well presented", "keep your truck stocked and organized"
    if set(candidate.key.split()) <= _STATUS_WORDS:
        return True  # "finalist or fully qualified" of "CPA (K) – finalist or ...": how far, not what
    if used_in_other_sense(candidate=candidate, text=posting.text):
        return True
    if candidate.category != "soft" and owned_device(
        text=posting.text, start=candidate.start, end=candidate.end, sentence_start=candidate.sentence.start
    ):
        return True  # "An iPhone or Android smartphone": a device to own, not a skill
    if candidate.category != "language" and clients_industry(text=posting.text, start=candidate.start):
        return True  # "tests for clients in healthcare, finance and SaaS": who is served, not a skill
    if candidate.concept_id is not None and singular_of_a_plural_name(text=candidate.text):
        return True  # "Network Rail standards": a railway, not Ruby on Rails
    return False


def _junk_or_certified(
    *,
    candidate: Candidate,
    posting: Posting,
    certificates: list[tuple[int, int, Sentence]],
    vocabulary: Vocabulary,
) -> bool:
    inside_certificate = any(
        candidate.start < end and start < candidate.end for start, end, _ in certificates
    )
    if unasked_context(candidate=candidate, text=posting.text):
        return True
    if listed_with_a_tool(candidate=candidate, text=posting.text, vocabulary=vocabulary):
        return (
            inside_certificate  # "Proficient in Cvent, MS Excel and PowerPoint": a product, however unknown
        )
    if named_as_credential(text=posting.text, start=candidate.start, end=candidate.end):
        return inside_certificate  # "Licensed as a PE in Texas": the letters name the credential held
    # "Produce the records of employment (ROE)": letters the posting spells out name a term of the trade
    spelled = (
        candidate.category == "phrase"
        and candidate.text.isupper()
        and candidate.text.lower() in everyday_words()  # (other capitals are acronyms to ``is_junk``)
        and spelled_out(candidate=candidate, text=posting.text) is not None
    )
    return (is_junk(candidate=candidate, posting=posting) and not spelled) or inside_certificate


# How far a credential is held, never a credential itself.
_STATUS_WORDS = frozenset(
    "fully part partly newly recently qualified finalist affiliate member student chartered".split()
)
_TITLE_DASH_RE = re.compile(r"\s[–—|-]\s")


def _after_a_titles_dash(*, candidate: Candidate, role_nouns: frozenset[str]) -> bool:
    """Return whether a phrase stands after the dash of a short title line, wherever the line is
    ("Audiologist – Barrie and Orillia clinics" under the employer's blurb): the job's place or unit."""
    sentence = candidate.sentence
    if sentence.text.count(" ") >= _TITLE_LINE_WORDS:
        return False
    dash = _TITLE_DASH_RE.search(sentence.text, 0, candidate.start - sentence.start)
    if dash is None:
        return False
    before = normalize_phrase(text=sentence.text[: dash.start()]).split()
    return bool(before) and before[-1] in role_nouns
