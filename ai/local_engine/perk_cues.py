"""Where a word of pay or perks in a posting is the work itself, not what the job gives: money the job
handles ("budgets of $150K+/month"), insurance it sells or bills, and benefits it administers."""

import re

from ai.local_engine.regex_guards import StartApart

# Money the job handles, not pay: "manage paid search budgets of $150K+/month", "a $2M P&L", "a book of
# $40M in assets".
_MONEY_OF_WORK_RE = re.compile(
    r"\b(?:budgets?|revenue|p&l|portfolio|sales|spend|accounts?|deals?|contracts?|funds?|assets|pipeline|"
    r"quota|loans?|claims|transactions?|invoices?|book|projects?|inventory|campaigns?)\b[^.;$€£]{0,25}$",
    re.IGNORECASE,
)

# ... or named after the amount: "for the Industrial segment ($600M revenue)", "a $3M annual budget".
_MONEY_THEN_WORK_RE = re.compile(
    r"[\d.,]*\s*(?:[kmb]n?|million|billion|thousand)?\+?\s*(?:in\s+)?(?:annual\s+|yearly\s+|monthly\s+)?"
    r"(?:revenue|budgets?|sales|spend|p&l|portfolio|assets|aum|turnover|gmv|arr|capex|opex)\b",
    re.IGNORECASE,
)

_MILLIONS_RE = re.compile(r"[$€£]\s?\d[\d.,]*\s*(?:m|mm|mn|b|bn|million|billion)\b", re.IGNORECASE)

# Words of a duty or a requirement around "insurance" (not "you"/"your": "health cover for you and your
# family" is a perk).
_INSURANCE_WORK_RE = re.compile(
    r"\b(?:requirements?|experience|knowledge|understanding|ability|proficien\w*|verif\w*|process\w*|"
    r"bill(?:s|ed|ing)?|claims?|sell\w*|explain\w*|quot(?:e|es|ed|ing)|underwrit\w*|schedul\w*|"
    # the field a credential is in, or the trade ("Certificate IV in Insurance", "the general insurance
    # market", "insurance broking")
    r"certif\w*|diploma|degree|qualifi\w*|licen[cs]\w*|industry|sector|market|brok\w*|general|motor|"
    r"commercial|"
    # a body of the trade, or a grade in one ("Fellow of the Chartered Insurance Institute")
    r"institute|institution|council|association|licentiate|fellow)\b",
    re.IGNORECASE,
)

# "in" before a capitalised "Insurance": the field a degree or a credential is in ("MBA / PGDM in Insurance or
# Risk Management"), not cover the job gives.
_FIELD_BEFORE_RE = re.compile(r"\bin[ \t]+$")

# A duty done to the benefits of others: "Administer health, dental and life benefits", "Prepare PERSI
# retirement reports", "Process pension contributions" (not "Enjoy ...", "Participate in our 401(k)").
_BENEFITS_DUTY_RE = re.compile(
    r"^\W*(?:administer|administrate|prepare|process|manage|coordinate|handle|reconcile|answer|explain|"
    r"calculate|audit|maintain|track|file|submit|remit|review|advise|resolve|verify|update|oversee|"
    r"enrol|enroll|report|run|support|assist|communicate)(?:s|es)?\b",
    re.IGNORECASE,
)


# A bracket after what is asked, remarking on the pay for it: "Bilingual English/Spanish (pay incentive of
# $1.00/hour after testing)", "CDL-A (premium of $2/hr)": the line asks the skill.
_PAY_REMARK_RE = re.compile(
    r"(?!\W*(?:benefits|perks|pay|salary|compensation|rewards|bonus)\b)(?=[^()]*?\w)[^()]*\(\s*"
    r"(?:with\s+|plus\s+|a\s+|an\s+)?(?:pay\s+|shift\s+|language\s+|bilingual\s+)?"
    r"(?:incentive|differential|premium|stipend|allowance|bonus|supplement)\b[^()]*$",
    re.IGNORECASE,
)


def _is_the_works(*, sentence: str, match: re.Match[str]) -> bool:
    cue = match.group()
    if _PAY_REMARK_RE.match(sentence, 0, match.start()) is not None:
        return True
    if cue[:1] in "$€£":
        if _MILLIONS_RE.match(sentence, match.start()) is not None:
            return True  # "high-volume restaurants (>$3M)": a sum in millions is no one's pay
        return (
            _MONEY_OF_WORK_RE.search(sentence, 0, match.start()) is not None
            or _MONEY_THEN_WORK_RE.match(sentence, match.end()) is not None
        )
    if cue.lower() == "insurance" and _INSURANCE_WORK_RE.search(sentence) is not None:
        return True  # "verify dental insurance benefits", "understanding of dental insurance and CDT codes"
    if cue == "Insurance" and _FIELD_BEFORE_RE.search(sentence, 0, match.start()) is not None:
        return True  # "MBA / PGDM in Insurance or Risk Management preferred": the field a degree is in
    return _BENEFITS_DUTY_RE.match(sentence) is not None


def perk_match(
    *, sentence: str, pattern: re.Pattern[str] | StartApart, match: re.Match[str]
) -> re.Match[str] | None:
    """Return the first match of the perks ``pattern`` in ``sentence`` from ``match`` on that names what the
    job gives, skipping the ones that name what the work handles; None when every one does."""
    while match is not None and _is_the_works(sentence=sentence, match=match):
        match = pattern.search(sentence, match.end())
    return match


def names_benefits_duty(*, sentence: str) -> bool:
    """Return whether the sentence opens on a duty done to the benefits or pay of others ("Administer health,
    dental and life benefits"), not on what the job gives."""
    return _BENEFITS_DUTY_RE.match(sentence) is not None
