"""Categories of software a posting names by kind ("an ERP system such as NetSuite", "CRM software", "a POS
system"), read from the O*NET technology groups the vocabulary ships.

Every O*NET commodity group whose title ends in "software" is a category. A posting names it by its title
with "software", "system", "platform" or "tool" at the end, or by the acronym the title carries ("Enterprise
resource planning ERP software" -> "ERP", "ERP system"); its members are the products O*NET files under it,
so a resume showing NetSuite meets "an ERP system" and each example the posting lists is an alternative.
"""

from ai.local_engine.text import normalize_phrase
from ai.local_engine.vocab import Vocabulary

_ENDINGS = ("software", "system", "platform", "tool", "application", "solution", "package")
# Shorter acronyms are ordinary words or other things too ("IP" is also intellectual property).
ACRONYM_MIN_LETTERS = 3


def _acronym(*, stem: list[str]) -> str | None:
    """Return the acronym closing a group title's stem ("point of sale pos" -> "pos"), if it has one."""
    if len(stem) < 3 or len(stem[-1]) < ACRONYM_MIN_LETTERS:
        return None
    initials = "".join(word[0] for word in stem[:-1])
    return stem[-1] if initials.endswith(stem[-1]) else None


def group_phrasings(*, group: str) -> list[str]:
    """Return the phrase keys that name an O*NET software group, none for a group that is not one kind
    ("optical character reader ocr or scanning software" names two)."""
    words = group.split()
    if len(words) < 2 or words[-1] != "software" or "or" in words:
        return []
    stem = words[:-1]
    acronym = _acronym(stem=stem)
    bases = [" ".join(stem[:-1]), acronym] if acronym else [" ".join(stem)]
    phrasings = [acronym] if acronym else []
    phrasings += [f"{base} {ending}" for base in bases for ending in _ENDINGS]
    return list(dict.fromkeys(normalize_phrase(text=p) for p in phrasings))


def software_categories(
    *, vocabulary: Vocabulary, taken: frozenset[str]
) -> dict[str, tuple[list[str], frozenset[int]]]:
    """Return category -> (phrase keys, member concept ids) for the O*NET software groups, leaving out a group
    any of whose phrasings ``taken`` (the hand-written categories) already names."""
    categories: dict[str, tuple[list[str], frozenset[int]]] = {}
    for group, members in vocabulary.groups.items():
        phrasings = group_phrasings(group=group)
        if phrasings and members and not taken & set(phrasings):
            categories[group] = (phrasings, frozenset(members))
    return categories
