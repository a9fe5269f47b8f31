"""The noun before a one-word soft skill that says which kind of it a posting asks; does a resume name it?

"Renewal negotiations", "union or supplier negotiations", "network troubleshooting", "thought leadership": the
ask is that kind of the skill, not the skill in general. A recruiter reads a resume that negotiates but never
mentions renewals as not showing renewal negotiations. Only a noun specifies a kind: words grading or praising
the skill ("strong negotiation", "excellent communication", "proven leadership", "future leadership") and
adjectives or participles ("commercial", "verbal", "written", "client-facing") ask the skill alone, as do the
nouns any work has ("team leadership", "stakeholder communication"). A list of kinds ("union or supplier
negotiations") is met by any of them, and the resume may name the kind in any form ("renewals", "renewed").
A word opening the line or following "to", "and" or a modal is a verb ("Deliver phonics", "ability to maintain
confidentiality"), not a kind. Hard skills and tools are left to their own names: a noun before one is too
often shown in other words (an autoclave for "steam sterilization", PID controllers for "feedback
controllers", a partner's calendar for "attorney calendars") to be asked by its letters.
"""

import re
from collections.abc import Sequence

from ai.local_engine.requirement_model import Requirement
from ai.local_engine.resume_view import Match, ResumeView, own_sentence_holds, unmet
from ai.local_engine.text import STOPWORDS

# Words that grade, praise or place a skill without saying which kind of it is asked.
_GRADES = frozenset(
    "strong excellent good great solid sound proven advanced basic modern hands-on expert deep broad "
    "extensive working practical professional relevant previous prior general overall key core essential "
    "fundamental clear confident fluent high higher senior junior daily regular ongoing efficient "
    "accurate thorough robust superb outstanding exceptional effective proficient competent demonstrable "
    "demonstrated confirmed recent current latest new best top first second third some any all real world "
    "real-world day-to-day end-to-end full full-stack complex simple large small big wide keen genuine "
    "natural excellence quality expertise experience skills skill knowledge ability understanding "
    "proficiency level years year plus bonus must nice preferred required desirable ideal independent "
    "persuasive positive consistent significant brilliant reliable structured organised organized "
    "detailed hands on mature using use make sure know write turn close follow follows ensure major "
    "leading similar other yrs clean legacy various multiple own future potential possible further "
    "eventual true senior-level entry-level mid-level intermediate beginner native business-level".split()
)
# Nouns any work has, which place a skill without narrowing it ("team leadership", "people management").
_ANY_WORK = frozenset(
    {
        *("team", "teams", "people", "staff", "business", "work", "job", "role", "company", "day", "time"),
        *("stakeholder", "stakeholders", "customer", "customers", "client", "clients", "user", "users"),
        *("cross-functional", "project", "projects", "task", "tasks", "office", "industry", "sector"),
        *("field", "area", "areas", "level", "levels", "group", "department", "organisation", "organization"),
        *("tool", "tools", "software", "system", "systems", "process", "processes", "data", "information"),
    }
)
# The endings of adjectives and participles ("commercial", "analytical", "written", "detailed", "creative").
_ADJECTIVE_END = re.compile(
    r"(?:ful|ive|ous|ic|ical|ial|ible|able|ed|en|ly|less|est|ish|ary|ory|al|ent|ant|ing|ar)$"
)
# ... but these -al words are nouns that name a kind: "renewal", "proposal", "approval", "referral".
_NOUN_AL = re.compile(r"(?:wal|sal|val|rral)$")
_WORD = r"[A-Za-z][A-Za-z-]*"
# The words a verb follows: "to", "and", modals and subjects.
_VERB_LEADS = frozenset(
    "to and or & then also will would can could must should may you we they who which that help "
    "helps i u ll and/or y et und".split()
)
# A list of kinds: "cargo or liability", "cargo, liability", "A/B" (not ", and prepare": a clause).
_LIST_JOIN = re.compile(r"^\s*(?:,|or|and|&|/)\s*$", re.I)


def asked_kinds(*, requirement: Requirement, sentences: Sequence[str] = ()) -> tuple[str, ...]:
    """Return the nouns the posting writes right before a one-word skill to ask that kind of it ("renewal" of
    "renewal negotiations"; "cargo", "liability" of "cargo or liability underwriting"), or none.

    Every place the requirement's sentence and the posting's other ``sentences`` write the skill must be so
    qualified: "negotiation skills, including renewal negotiations" asks negotiation too."""
    asked = (requirement.asked_as or requirement.name).strip()
    if requirement.kind != "soft_skill" or not re.fullmatch(_WORD, asked):
        return ()
    base = asked[:-1] if re.search(r"[^s]s$", asked) else asked  # "negotiation" of "negotiations" too
    written = re.compile(rf"(?<![\w-]){re.escape(base)}s?(?![\w-])", re.I)
    if not written.search(requirement.sentence):
        return ()
    found: list[str] = []
    for sentence in dict.fromkeys((requirement.sentence, *sentences)):
        for place in written.finditer(sentence):
            kinds = _kinds_before(text=sentence[: place.start()], head=place.group())
            if not kinds:
                return ()
            found += kinds
    return tuple(dict.fromkeys(found))


def _kinds_before(*, text: str, head: str) -> list[str]:
    """Return the kind nouns (a list joined by "or", "and", commas) ending ``text``, right before the skill
    ``head``; none when the word before is no kind noun."""
    if not (head.islower() or re.fullmatch(r"[A-Z]{2,}s?", head)):
        return []  # "using Python", "Microsoft Excel": a name is no kind of anything
    last = re.search(rf"({_WORD})[ -]$", text)
    if last is None or not _a_kind(word=last.group(1), head=head):
        return []
    kinds = [last.group(1).lower()]
    rest = text[: last.start()]
    while (join := re.search(rf"({_WORD})(\s*(?:,|and|or|&|/)\s*)$", rest)) and _LIST_JOIN.match(
        join.group(2)
    ):
        if not _a_kind(word=join.group(1), head=head):
            break
        kinds.append(join.group(1).lower())
        rest = rest[: join.start()]
    # A word opening the line, or after "to", "and", a subject or a modal, is most often a verb ("Deliver
    # phonics", "ability to maintain confidentiality", "develop and schedule SSIS packages", "must know
    # TypeScript"); after another verb it is a noun again ("Lead renewal negotiations").
    before = re.search(rf"({_WORD})[^A-Za-z]*$", rest)
    return kinds if before is not None and before.group(1).lower() not in _VERB_LEADS else []


def _a_kind(*, word: str, head: str) -> bool:
    """Return whether a word before a skill names a kind of it: a noun, not a grade, praise or adjective."""
    lower = word.lower()
    if len(lower) < 3 or lower in STOPWORDS or lower in _GRADES or lower in _ANY_WORK:
        return False
    if (word[0].isupper() and head[0].isupper()) or any(letter.isupper() for letter in word[1:]):
        return False  # "Microsoft Excel", "Google Analytics", "MedStation inventory": a name
    if any(part in _GRADES for part in lower.split("-")):
        return False  # "hands-on", "real-world"
    last = lower.rsplit("-", 1)[-1]  # "client-facing", "computer-aided", "bi-weekly"
    return not _ADJECTIVE_END.search(last) or bool(_NOUN_AL.search(last))


def _stem(word: str) -> str:
    """Return the part of a kind noun its forms share ("renew" of "renewal": "renewals", "renewed")."""
    return word[: max(4, len(word) - 3)] if len(word) > 4 else word


def kind_shown(*, kinds: tuple[str, ...], view: ResumeView) -> bool:
    """Return whether any of the resume's own sentences names one of the kinds, in any of its forms."""
    forms = [re.escape(_stem(kind)) for kind in kinds]
    pattern = re.compile(r"(?:" + "|".join(forms) + r")", re.I)
    return own_sentence_holds(view=view, pattern=pattern)


def with_kind(*, match: Match, view: ResumeView, sentences: Sequence[str]) -> Match:
    """Return the match, or no credit when the posting (its ``sentences``) asks a kind of the skill the resume
    never names."""
    if not match.met:
        return match
    kinds = asked_kinds(requirement=match.requirement, sentences=sentences)
    if not kinds or kind_shown(kinds=kinds, view=view):
        return match
    return unmet(requirement=match.requirement)
