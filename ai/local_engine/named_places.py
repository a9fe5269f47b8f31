"""Words of a resume that name an organisation ("The Linux Foundation", "Project Management Institute"): a
term met there is no evidence of the skill; the issuer grants a certificate, it is not one."""

import re

_NAMED_RE = re.compile(
    # an organisation named in words by its kind, last ("The Linux Foundation"; not a credential's level:
    # "ISTQB Foundation", "ITIL 4 Foundation")
    r"\b(?:The\s+)?(?:[A-Z][a-z][\w&-]*\s+){1,4}(?:Foundation|Institute|Association|Society|Council)\b"
)


def inside_a_name(*, text: str, offset: int) -> bool:
    """Return whether the term at character ``offset`` of a resume line stands in another thing's name."""
    return any(match.start() <= offset < match.end() for match in _NAMED_RE.finditer(text))
