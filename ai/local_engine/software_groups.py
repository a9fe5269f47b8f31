"""Categories of software a posting names by kind ("an ERP system such as NetSuite", "CRM software", "a POS
system"), read from the O*NET technology groups the vocabulary ships.

Every O*NET commodity group whose title ends in "software" is a category. A posting names it by its title
with "software", "system", "platform" or "tool" at the end, or by the acronym the title carries ("Enterprise
resource planning ERP software" -> "ERP", "ERP system"); its members are the products O*NET files under it
(not the kinds of software it describes there in plain words, ``described_only``), so a resume showing
NetSuite meets "an ERP system" and each example the posting lists is an alternative.
"""

from ai.local_engine.text import normalize_phrase
from ai.local_engine.vocab import Vocabulary, everyday_words

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


def described_only(*, concept: int, vocabulary: Vocabulary) -> bool:
    """Return whether an O*NET example is a kind of software described in plain words, not a product.

    O*NET files "Maintenance software" and "Sales software" under ERP and POS; with "software" cut they
    read "Maintenance" and "Sales", which a resume's "maintenance supervisor" or "sales targets" would show.
    A product is written as a name: a word no everyday one ("NetSuite", "Epicor"), capitals inside or a
    letters-only acronym ("SAP"), or a surface the vocabulary matches only as written ("Slack").
    """
    words = vocabulary.concepts[concept].name.split()
    everyday = everyday_words()
    if not all(word.lower() in everyday and word[1:].islower() for word in words):
        return False
    if not all(word.islower() for word in words[1:]):
        return False
    surfaces = vocabulary.concept_surfaces.get(concept, ())
    return all(vocabulary.surfaces[s][1] == 0 for s in surfaces if s in vocabulary.surfaces)


def software_categories(
    *, vocabulary: Vocabulary, taken: frozenset[str]
) -> dict[str, tuple[list[str], frozenset[int]]]:
    """Return category -> (phrase keys, member concept ids) for the O*NET software groups, leaving out a group
    any of whose phrasings ``taken`` (the hand-written categories) already names."""
    categories: dict[str, tuple[list[str], frozenset[int]]] = {}
    for group, members in vocabulary.groups.items():
        phrasings = group_phrasings(group=group)
        products = frozenset(c for c in members if not described_only(concept=c, vocabulary=vocabulary))
        if phrasings and products and not taken & set(phrasings):
            categories[group] = (phrasings, products)
    return categories
