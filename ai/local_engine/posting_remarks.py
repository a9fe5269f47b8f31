"""Phrases a posting says about what it accepts or how well, never a requirement of their own.

"(certificates and bootcamps welcome)", "1-3 years of marketing experience (internships count!)": what the
employer will take instead, not something asked. "German at B2 level": how well a language is asked (the
language is the requirement). "Education cannot be substituted ...": a clause's subject cut at its verb.
"CPA, CIA or CISA (or actively pursuing)": a credential under way, accepted in its place. "2 years post-test
experience": since when the years are counted (the licence is the requirement).
"""

import re

# The last word of a remark on what is accepted in place of what is asked.
_ACCEPTED_WORDS = frozenset("welcome welcomed considered accepted acceptable encouraged fine ok okay".split())
# "count" is as often the noun ("cycle counts"): a remark only where a bracket or "!" closes it.
_COUNT_WORDS = frozenset({"count", "counts", "too"})
# A verb a clause goes on with: a phrase ending in one is the subject cut off from its clause.
_MODALS = frozenset("cannot can't can must will would should shall may might could".split())
# Holding it under way: "actively pursuing", "working towards", "currently studying".
_WORKING_TOWARDS_RE = re.compile(
    r"(?:actively|currently)?\s*(?:pursuing|working\s+towards?|studying(?:\s+for)?)(?:\s+(?:it|one))?",
    re.IGNORECASE,
)
# A CEFR level, alone or with "level": "B2 level", "level C1".
_CEFR_RE = re.compile(r"(?:level\s+)?[abc][12](?:\+)?(?:\s+level)?", re.IGNORECASE)
# Since a credential was gained: "post-test" (a driving test), "post-qualification", "post-registration".
_SINCE_CREDENTIAL_RE = re.compile(
    r"post-?(?:test|qualifi(?:cation|ed)|registration|licensure|licen[cs]e|certification)", re.IGNORECASE
)


def posting_remark(*, text: str, after: str) -> bool:
    """Return whether the phrase ``text`` (followed by ``after`` in its posting) is a remark of the
    posting's, not a requirement (see above)."""
    words = text.split()
    if not words:
        return False
    last = words[-1].lower().strip("!.,;:")
    if len(words) > 1 and (last in _ACCEPTED_WORDS or last in _MODALS):
        return True
    if len(words) > 1 and last in _COUNT_WORDS and after.lstrip()[:1] in {"!", ")"}:
        return True
    if _WORKING_TOWARDS_RE.fullmatch(text.strip()):
        return True  # "CPA, CIA or CISA (or actively pursuing)": what is accepted instead, asking nothing
    if _SINCE_CREDENTIAL_RE.fullmatch(text.strip()):
        return True  # "minimum 2 years post-test experience": the years since the licence, not a skill
    return _CEFR_RE.fullmatch(text.strip()) is not None
