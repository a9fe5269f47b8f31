"""What a resume says the person wants to do next, not what they have done: "I want a Band 5 post ... before
moving into CT", "I am keen to learn Kubernetes". A term met in such a clause is no evidence of the skill."""

import re

# The person's wish or plan, opening the clause that follows it ("I plan to", not "I plan and send").
_WISH_RE = re.compile(
    r"\bI\s+(?:want|would\s+like|'d\s+like|’d\s+like|(?:hope|aim|plan|intend|wish)\s+to|"
    r"am\s+(?:keen|eager|hoping|looking|aiming|planning))\b|\b(?:keen|eager|hoping|aspiring|looking)\s+to\b",
    re.IGNORECASE,
)
# Where a clause ends: a wish does not reach past it ("I want to grow; I ran 12 CT lists a week") nor past
# what the person says they have ("looking to apply my 5 years of Python").
_CLAUSE_END_RE = re.compile(r"[;:.!?]\s|\sbut\s|\bmy\b", re.IGNORECASE)


def wished(*, text: str, offset: int) -> bool:
    """Return whether the term at character ``offset`` of a resume line stands in a clause of what the person
    wants to do next ("I am keen to learn Kubernetes"; not "keen to apply my Kubernetes experience")."""
    for wish in _WISH_RE.finditer(text, 0, max(offset, 0)):
        if _CLAUSE_END_RE.search(text, wish.end(), offset) is None:
            return True
    return False
