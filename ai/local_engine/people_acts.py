"""Work with, leading, serving or informing of other people, read as the soft skill it shows, in postings and
resumes alike.

"Work with product managers and data scientists", "partnered closely with designers" show collaboration;
"experience leading engineers", "mentored two junior developers", "managed a team of 6" show leadership;
"kept parents informed", "presented results to executives", "coached patients on home care" show
communication. A
posting asks for the skill this way (``requirement_keep``), and a resume shows it the same way
(``resume_facts``): the same patterns on both sides, so what is asked in these words is met in them.
"""

import re

from ai.local_engine.candidates import Candidate
from ai.local_engine.cue_gates import Gate, folded, may_match
from ai.local_engine.people_act_gates import PEOPLE_ACT_GATES
from ai.local_engine.regex_guards import starts_guarded
from ai.local_engine.text import Sentence, normalize_phrase
from ai.local_engine.vocab import Vocabulary

_PEOPLE = (
    r"(?:(?:a|an|the|our|your|other|fellow|internal|external|cross-functional|large|small|global|junior|"
    r"senior|\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple)\s+)*"
    r"(?:(?!(?:and|or|to|with|in|of|for)\s)[a-z-]+\s+){0,2}?"
    r"(?:engineers|designers|managers|scientists|stakeholders|teams?|customers|clients|partners|colleagues|"
    r"analysts|researchers|developers|leaders|clinicians|physicians|nurses|organi[sz]ations|people|staff|"
    r"reports|pms|technicians|apprentices|trainees|interns|eits|volunteers|operators|agents|tutors|assistants)\b"
)
# Whom one works with beside the people led: "worked with the data protection officer", "with customs brokers"
# (not for leading: "managed suppliers" is no leadership).
_COLLABORATORS = _PEOPLE.replace(
    "|assistants)",
    "|assistants|(?:officer|specialist|consultant|vendor|supplier|contractor|broker|attorney|lawyer|accountant|doctor|"
    "dentist|veterinarian|technician|teacher|carrier|engineer|designer|manager|scientist|analyst|researcher|"
    "developer|leader|surveyor|architect|inspector|subcontractor|crew|foreman)s?|foremen|techs|"
    "agenc(?:y|ies)|counsel)",
)
# The people a job serves: "courteous service to students, faculty and staff", "friendly service to guests".
_SERVED = (
    r"(?:(?:the|our|all|internal|external)\s+)*(?:[a-z-]+\s+)?"
    r"(?:customers|clients|guests|patients|students|residents|tenants|members|visitors|public|shoppers|"
    r"passengers|diners|callers)\b"
)
# The people one keeps informed or speaks to: "kept parents informed", "presented results to executives".
_AUDIENCE = (
    r"(?:(?:the|our|all|their|internal|external|senior|key|\d+)\s+)*(?:[a-z-]+\s+)?"
    r"(?:parents|families|executives|leadership|board|clients|customers|stakeholders|students|patients|"
    r"investors|management|partners|teams?|colleagues|managers|directors|vps?|vice presidents?|homeowners|"
    r"owners|guests|caregivers|physicians|doctors|surgeons|providers|c-suite|cfos?|ceos?|coos?|ctos?|cmos?|"
    r"drivers|crews|residents|tenants|donors|funders)\b"
)
# Soft skills asked as the work itself, named by the skill: "work with product managers and data
# scientists", "partner closely with designers" (collaboration); "experience leading engineers", "lead large
# organisations", "mentor other engineers" (leadership). name -> (pattern, a surface of the skill's concept).
# Gated by people_act_gates.PEOPLE_ACT_GATES: a new verb or people noun needs its words there too.
PEOPLE_ACTS: dict[str, tuple[re.Pattern[str], str]] = {
    "Collaboration": (
        starts_guarded(
            re.compile(
                # "Liaise with our customs broker", "coordinate with carriers"
                rf"\b(?:work(?:s|ed|ing)?|partner(?:s|ed|ing)?|collaborat(?:e|es|ed|ing)|liais(?:e|es|ed|ing)|"
                rf"coordinat(?:e|es|ed|ing)|"
                # "co-plan with the special education teacher", "co-authored with two researchers"
                rf"co-?(?:plan|teach|taught|author|lead|led|develop|design|write|wrote|host)\w*"
                rf"(?:\s+[\w-]+){{0,3}}?|"
                # "Plan discharges with physicians, pharmacy and PT", "agree contracts with backend engineers"
                rf"(?:plan(?:s|ned|ning)?|agree[sd]?|agreeing)(?:\s+[\w-]+){{1,3}}?)\s+"
                # "Work day to day with data scientists", "partner daily with designers"
                rf"(?:(?:closely|directly|daily|day[\s-]to[\s-]day|every\s+day|weekly)\s+)?with\s+"
                # "Coordinate with ACHD, city engineering, surveyors and developers": people in the list
                rf"(?:[\w&-]+(?:\s+[\w&-]+)?,\s+){{0,3}}(?:and\s+)?{_COLLABORATORS}",
                re.I,
            )
        ),
        "collaboration",
    ),
    "Leadership": (
        starts_guarded(
            re.compile(
                # not "owner-managed business clients": a kind of business, not people led
                rf"(?<!-)\b(?:lead|leads|leading|led|manage[sd]?|managing|mentor(?:s|ed|ing)?|"
                rf"coach(?:es|ed|ing)?)\s+{_PEOPLE}",
                re.I,
            )
        ),
        "leadership",
    ),
    # "Kept parents informed", "presented findings to executives", "weekly newsletter to families".
    "Communication": (
        starts_guarded(
            re.compile(
                rf"\b(?:(?:kept|keep(?:s|ing)?)\s+{_AUDIENCE}\s+(?:informed|updated|up to date)|"
                rf"(?:present(?:s|ed|ing)?|communicat(?:e|es|ed|ing)|brief(?:s|ed|ing)?|liais(?:e|es|ed|ing)|"
                rf"explain(?:s|ed|ing)?)"
                rf"\s+(?:[a-z-]+\s+){{0,3}}?(?:to|with)\s+{_AUDIENCE}|"
                rf"newsletters?\s+(?:to|for)\s+{_AUDIENCE}|"
                # "Coach patients on home care", "walked homeowners through repair options", "go over
                # discharge instructions with clients": explaining to the people served
                rf"(?:educat(?:e|es|ed|ing)|counsel(?:s|l?ed|l?ing)?|coach(?:es|ed|ing)?|advis(?:e|es|ed|ing)|"
                rf"teach(?:es|ing)?|taught)\s+"
                rf"{_AUDIENCE}(?:\s+[\w-]+){{0,3}}?\s+(?:on|about|how)\b|walk(?:s|ed|ing)?\s+{_AUDIENCE}\s+through\b|"
                rf"(?:go(?:es)?|went|going)\s+over\s+(?:[\w-]+\s+){{0,5}}?with\s+{_AUDIENCE}|"
                # "call or email families every two weeks", "updated stakeholders weekly"
                rf"(?:call(?:s|ed|ing)?|e-?mail(?:s|ed|ing)?|phon(?:e|es|ed|ing)|updat(?:e|es|ed|ing))\s+"
                rf"{_AUDIENCE}|"
                # "briefed plant leadership monthly"
                rf"brief(?:s|ed|ing)?\s+{_AUDIENCE}|"
                # "talk with parents at pick-up", "spoke to families daily"
                rf"(?:talk(?:s|ed|ing)?|speak(?:s|ing)?|spoke|chat(?:s|ted|ting)?)\s+(?:[\w-]+\s+){{0,2}}?"
                rf"(?:to|with)\s+{_AUDIENCE}|"
                # "send progress reports to referring physicians", "share session notes with parents"
                rf"(?:sen[dt]|sends|sending|shar(?:e|es|ed|ing))\s+(?:[\w-]+\s+){{0,3}}?"
                rf"(?:reports?|updates?|summaries|notes|letters|progress)\s+"
                rf"(?:to|with)\s+(?:[\w-]+\s+){{0,2}}?{_AUDIENCE})",
                re.I,
            )
        ),
        "communication",
    ),
    # "Provide courteous service to students", "delivered friendly service to guests" (customer service).
    "Customer service": (
        starts_guarded(
            re.compile(
                rf"\b(?:provid(?:e|es|ed|ing)|deliver(?:s|ed|ing)?|giv(?:e|es|ing)|gave|offer(?:s|ed|ing)?)\s+"
                rf"(?:[a-z-]+\s+){{0,2}}?service\s+to\s+{_SERVED}",
                re.I,
            )
        ),
        "customer service",
    ),
}


def people_acts_in(
    *, text: str, vocabulary: Vocabulary, gates: dict[str, Gate | None] | None = None
) -> list[tuple[int, re.Match[str]]]:
    """Return (concept id, match) of each place a text shows a soft skill through work with or leading of
    people, skill by skill in reading order. ``gates``: the acts' gates narrowed to the document ``text`` is
    a sentence of (``cue_gates.narrow_gates``), if given."""
    found = []
    lower = folded(text)
    for name, (pattern, surface) in PEOPLE_ACTS.items():
        gate = PEOPLE_ACT_GATES[name] if gates is None else gates[name]
        if gate is None:
            continue  # the document fails the gate: no sentence of it can match
        concept = vocabulary.surfaces.get(surface)
        if concept is not None and may_match(gate=gate, text=text, lower=lower):
            found += [(concept[0], match) for match in pattern.finditer(text)]
    return found


# "You will be working with highly experienced colleagues", "working with smart people": the team the job
# offers, described to attract, not a skill asked.
_PRAISED_RE = re.compile(
    r"\b(?:talented|experienced|smart|brilliant|passionate|dedicated|world-class|amazing|extraordinary|"
    r"inspiring|great|awesome|fantastic|friendly|supportive)\b",
    re.IGNORECASE,
)


# "build account plans together with your customers", "works with customers to resolve deficiencies": work
# with the people the job serves alone is serving them, not a collaboration asked (but "collaborate with
# clients", and "work with clients and vessel crew" names colleagues too).
_SERVED_ALONE_RE = re.compile(r"\s(?:customers|clients)$", re.I)
_NAMED_RE = re.compile(r"co-?operat|collaborat", re.I)


def _serves_only(*, match: re.Match[str]) -> bool:
    """Return whether a collaboration match names only the people the job serves."""
    return (
        _SERVED_ALONE_RE.search(match.group()) is not None
        and _NAMED_RE.match(match.group()) is None
        and re.match(r"\s*(?:,|and\b|or\b|&)", match.string[match.end() :]) is None
    )


def posting_people_acts(*, sentence: Sentence, vocabulary: Vocabulary) -> list[Candidate]:
    """Return a posting sentence's acts of working with or leading people ("mentor other engineers") as soft
    candidates; not the praised colleagues a job offers ("working with smart people"), nor work with the
    customers it serves alone."""
    collaboration = vocabulary.surfaces.get(PEOPLE_ACTS["Collaboration"][1], (None,))[0]
    return [
        Candidate(
            text=match.group(),
            key=normalize_phrase(text=match.group()),
            start=sentence.start + match.start(),
            end=sentence.start + match.end(),
            sentence=sentence,
            concept_id=concept,
            category="soft",
            features=[],
        )
        for concept, match in people_acts_in(text=sentence.text, vocabulary=vocabulary)
        if not _PRAISED_RE.search(match.group())
        and not (concept == collaboration and _serves_only(match=match))
    ]
